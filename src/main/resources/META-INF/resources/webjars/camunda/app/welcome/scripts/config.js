// Welcome page of the follow-up product: Vietnamese first (the shipped file sets nothing else).
export default {
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
