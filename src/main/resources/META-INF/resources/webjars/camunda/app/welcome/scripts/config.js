// Welcome page of the follow-up product: Vietnamese first (the shipped file sets nothing else).
export default {
  // The product's name in the footer and the app switch, "Giờ Việt Nam", no link to another site.
  customScripts: ['scripts/followup-product.js'],
  // No links section: Camunda's default links to its documentation on another site.
  links: [],
  // The product's name in the header and the page title (as in Tasklist).
  app: {
    name: 'Theo dõi thực hiện kết luận',
    vendor: 'Thành ủy'
  },
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  }
};
