// Cockpit settings of the follow-up product: Vietnamese first (labels beyond the dashboard and the
// process and instance views stay English), Vietnamese dates, and variable values never rendered as
// HTML, since they hold what agency staff typed. Every other shipped default is kept.
export default {
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm'
  },
  previewHtml: false,
  // Hides the change actions from users without the right to change process instances; shows the
  // path, timeline, operation log and variable history of running and finished instances.
  customScripts: ['scripts/followup-read-only.js', 'scripts/followup-audit.js']
};
