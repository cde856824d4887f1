// Admin settings of the follow-up product: Vietnamese first, Vietnamese dates, the product's name.
// Every other shipped default is kept.
export default {
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
