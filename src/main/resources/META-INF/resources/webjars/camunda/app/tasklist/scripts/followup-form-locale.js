// Camunda Forms in Tasklist as an office writes: dates as dd/MM/yyyy and form-js's own words in
// Vietnamese, whatever the language of the user's browser.
//
// Dates: form-js 1.8's date picker (flatpickr) takes its display and typing order from the
// browser's language (Intl.DateTimeFormat's default locale: "1/5/2026" in an English browser, month
// first) and offers no option for it in the form schema. Every flatpickr instance starts from
// flatpickr's global defaults, and its "onParseConfig" hook runs once form-js's options are read, before
// the field shows its value; there the display format of a form-js date field becomes d/m/Y
// (05/01/2026), for fields one types into as for read-only and disabled ones, and its placeholder
// dd/mm/yyyy. Only the display changes: form-js reads the picked or typed date as a Date and
// still submits the ISO date (2026-01-05) that the server's form checks read.
// The calendar speaks Vietnamese too (months, weekdays, week starting on Monday).
//
// Words: form-js writes a few English words of its own into every form (an empty select's
// "Select", a searchable list's "Search", "No results"). They are replaced in place, in the same
// text node or attribute form-js (Preact) keeps updating, so its later updates still show.
const DATE_FORMAT = 'd/m/Y';
const DATE_PLACEHOLDER = 'dd/mm/yyyy';
const FORM = '.fjs-container';

const VIETNAMESE = {
  weekdays: {
    shorthand: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
    longhand: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy']
  },
  months: {
    shorthand: ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
    longhand: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6', 'Tháng 7', 'Tháng 8',
      'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12']
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' đến ',
  weekAbbreviation: 'Tuần',
  scrollTitle: 'Cuộn để tăng giảm',
  toggleTitle: 'Bấm để chuyển',
  yearAriaLabel: 'Năm',
  monthAriaLabel: 'Tháng',
  hourAriaLabel: 'Giờ',
  minuteAriaLabel: 'Phút',
  time_24hr: true
};

/** form-js's English words, by the element that shows them. */
const TEXTS = {
  'fjs-select-display': {'Select': '— Chọn —'},
  'fjs-dropdownlist-empty': {'No results': 'Không có kết quả phù hợp', 'All values selected': 'Đã chọn tất cả'}
};
const PLACEHOLDERS = {'Search': 'Tìm kiếm', 'Select': '— Chọn —'};

function inForm(element) {
  return Boolean(element && element.closest && element.closest(FORM));
}

function dayFirst(selectedDates, text, instance) {
  if (inForm(instance.element)) {
    instance.config.dateFormat = DATE_FORMAT;
    instance.config.ariaDateFormat = DATE_FORMAT;
    instance.element.placeholder = DATE_PLACEHOLDER;
  }
}

function configure(flatpickr) {
  if (flatpickr && typeof flatpickr.setDefaults === 'function' && !flatpickr.followupDayFirst) {
    flatpickr.followupDayFirst = true;
    flatpickr.setDefaults({locale: VIETNAMESE, onParseConfig: [dayFirst]});
  }
}

// flatpickr puts itself on window when Tasklist's libraries load it, which may be after this script.
if (window.flatpickr) {
  configure(window.flatpickr);
} else {
  let loaded;
  Object.defineProperty(window, 'flatpickr', {
    configurable: true,
    enumerable: true,
    get: () => loaded,
    set: value => {
      loaded = value;
      configure(value);
    }
  });
}

function translateText(node) {
  const parent = node.parentElement;
  if (!parent || !inForm(parent)) {
    return;
  }
  for (const [className, words] of Object.entries(TEXTS)) {
    if (parent.classList.contains(className) && Object.prototype.hasOwnProperty.call(words, node.data)) {
      node.data = words[node.data];
    }
  }
}

function translatePlaceholder(input) {
  const placeholder = input.getAttribute('placeholder');
  if (Object.prototype.hasOwnProperty.call(PLACEHOLDERS, placeholder) && inForm(input)) {
    input.setAttribute('placeholder', PLACEHOLDERS[placeholder]);
  }
}

function translate(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateText(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const selector = Object.keys(TEXTS).map(className => '.' + className).join(',');
  const shown = root.matches(selector) ? [root] : [];
  shown.concat(Array.from(root.querySelectorAll(selector)))
    .forEach(element => element.childNodes.forEach(child => child.nodeType === Node.TEXT_NODE && translateText(child)));
  const inputs = root.matches('input[placeholder]') ? [root] : [];
  inputs.concat(Array.from(root.querySelectorAll('input[placeholder]'))).forEach(translatePlaceholder);
}

new MutationObserver(records => records.forEach(record => {
  if (record.type === 'childList') {
    record.addedNodes.forEach(translate);
  } else if (record.type === 'characterData') {
    translateText(record.target);
  } else {
    translatePlaceholder(record.target);
  }
})).observe(document.body, {childList: true, subtree: true, characterData: true, attributes: true,
  attributeFilter: ['placeholder']});

export default [];
