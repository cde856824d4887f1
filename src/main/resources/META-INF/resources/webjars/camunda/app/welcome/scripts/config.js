// Welcome page of the follow-up product: Vietnamese first (the shipped file sets nothing else).
export default {
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  }
};
