// Admin settings of the follow-up product: Vietnamese first, Vietnamese dates, the product's name.
// Every other shipped default is kept.
export default {
  // The product's name in the footer and the app switch, "Giờ Việt Nam", no link to another site.
  customScripts: ['scripts/followup-product.js'],
  app: {
    name: 'Theo dõi thực hiện kết luận',
    vendor: 'Thành ủy'
  },
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm'
  }
};
