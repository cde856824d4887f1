// Cockpit settings of the follow-up product: Vietnamese first, Vietnamese dates, and variable values
// never rendered as HTML, since they hold what agency staff typed. Every other shipped default is kept.
export default {
  // The product's name in the header and the page title (as in Tasklist).
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
  },
  previewHtml: false,
  // Hides the change actions from users without the right to change process instances, and opens
  // Cockpit on "Tình hình thực hiện" for them without the engine's menus; shows the
  // path, timeline, operation log and variable history of running and finished instances.
  // The follow-up dashboard "Tình hình thực hiện" (menu entry, start page part and its own page).
  // "Hồ sơ nội dung": the item search, one page per item, the office's actions from it.
  // The product's name in the footer and the app switch, "Giờ Việt Nam", no link to another site.
  customScripts: ['scripts/followup-read-only.js', 'scripts/followup-audit.js', 'scripts/followup-dashboard.js',
    'scripts/followup-item-page.js', 'scripts/followup-cockpit-text.js', 'scripts/followup-product.js']
};
