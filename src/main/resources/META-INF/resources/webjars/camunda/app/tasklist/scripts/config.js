// Tasklist settings of the follow-up product: Vietnamese first, Vietnamese dates, and the shipped
// defaults (the keyboard shortcuts) kept unchanged.
export default {
  // Camunda Forms show dates as dd/MM/yyyy and their own words in Vietnamese (see the script).
  // Lets forms with a repeating list be submitted (see the script for the Tasklist defect it works around).
  // Earliest due first; no action offered that the user can never use (see the script).
  // How the user receives mails of new work (a choice in the header, see the script).
  // The tab "Văn bản đính kèm" (attached documents).
  // The task cards (item deadline, days left, returned, urgent) and the confirmation after completing.
  // Every filter's count, and "Việc của đơn vị" at start when "Việc của tôi" is empty.
  // "Đã gửi": what the user's agency has sent and where it stands (a button in the header).
  // On a phone, the opened task alone at the top of the screen.
  // The product's name in the footer and the app switch, "Giờ Việt Nam", no link to another site.
  // "Lưu" keeps the draft on the server too, and a form opens with it on any machine (see the script).
  customScripts: ['scripts/followup-form-locale.js', 'scripts/followup-form-validity.js', 'scripts/followup-form-draft.js',
    'scripts/followup-tasklist.js', 'scripts/followup-mail-preference.js', 'scripts/followup-documents.js',
    'scripts/followup-task-card.js', 'scripts/followup-filters.js', 'scripts/followup-submitted.js',
    'scripts/followup-phone.js', 'scripts/followup-product.js'],
  app: {
    name: 'Theo dõi thực hiện kết luận',
    vendor: 'Thành ủy'
  },
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  // Day/month/year and 24-hour time; the browser shows Vietnam time on a Vietnamese workstation.
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
