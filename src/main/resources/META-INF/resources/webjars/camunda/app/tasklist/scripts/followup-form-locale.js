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
// The calendar speaks Vietnamese too (months, weekdays, week starting on Monday). A typed day that
// does not exist ("32/13/2026", "31/02/2027") is refused beside the field instead of rolled over.
//
// Words: form-js writes English of its own into forms: its validation messages ("Field is
// required.", lengths, numbers, patterns), the repeating list's "Add new", "Collapse" and "Remove list
// item", the selects' "Select", "Search", "No results" (the whole list is the table below). They are
// replaced in place, in the same text node or attribute form-js (Preact) keeps updating, so its later
// updates still show; a message names its field ("Số văn bản là bắt buộc.").
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

/**
 * form-js 1.8's own English, every message and word it can put into a form (read from its source:
 * core/Validator.js, Datetime.js, the repeating list's RepeatRenderManager.js, the selects, taglist,
 * number, table, iframe and image views), with the Vietnamese shown instead. One table: the
 * browser test imports ENGLISH and fails on any of these left in a rendered form, and
 * WebappLocalesTest checks that each English text is still in the form-js Tasklist ships.
 *
 * A message names its field ("Số văn bản là bắt buộc."), worded as the server's FormInput words
 * its refusals; {label} is the field's label without its trailing example in brackets.
 */
const MESSAGES = [
  [/^Field is required\.$/, '{label} là bắt buộc.'],
  [/^Field must match pattern (.*)\.$/, '{label} không đúng dạng yêu cầu.'],
  [/^Field must have minimum value of (.*)\.$/, '{label} phải từ $1 trở lên.'],
  [/^Field must have maximum value of (.*)\.$/, '{label} không được lớn hơn $1.'],
  [/^Field must have minimum length of (.*)\.$/, '{label} phải có ít nhất $1 ký tự.'],
  [/^Field must have maximum length of (.*)\.$/, '{label} dài tối đa $1 ký tự.'],
  [/^Field must be a valid {1,2}international phone number\. \(e\.g\. \+4930664040900\)$/,
    '{label} phải là số điện thoại dạng quốc tế (ví dụ: +84912345678).'],
  [/^Field must be a valid email\.$/, '{label} phải là địa chỉ thư điện tử hợp lệ.'],
  [/^Value is not a number\.$/, '{label} phải là một số.'],
  [/^Value is expected to be an integer\.$/, '{label} phải là số nguyên.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, '{label} có tối đa $1 chữ số sau dấu phẩy.'],
  [/^Please select a valid value, the two nearest valid values are (.*) and (.*)\.$/,
    '{label} không hợp lệ; hai giá trị hợp lệ gần nhất là $1 và $2.'],
  [/^Date and time must both be entered\.$/, '{label}: cần nhập cả ngày và giờ.']
];

/** Words of form-js's controls: text shown in these elements, or these attributes anywhere in a form. */
const WORDS = [
  [/^Add new$/, 'Thêm mới'],
  [/^Collapse$/, 'Thu gọn'],
  [/^Expand all \((\d+)\)$/, 'Mở rộng tất cả ($1)'],
  [/^Remove list item (\d+)$/, 'Xóa mục thứ $1'],
  [/^Remove tag$/, 'Bỏ chọn'],
  [/^Select$/, '— Chọn —'],
  [/^Search$/, 'Tìm kiếm'],
  [/^No results$/, 'Không có kết quả phù hợp'],
  [/^All values selected$/, 'Đã chọn tất cả'],
  [/^Increment$/, 'Tăng'],
  [/^Decrement$/, 'Giảm'],
  [/^Previous page$/, 'Trang trước'],
  [/^Next page$/, 'Trang sau'],
  [/^Click to sort by (.*) ascending$/, 'Bấm để sắp xếp theo $1 tăng dần'],
  [/^Click to sort by (.*) descending$/, 'Bấm để sắp xếp theo $1 giảm dần'],
  [/^Click to remove sorting$/, 'Bấm để bỏ sắp xếp'],
  [/^No content to show\.$/, 'Không có nội dung để hiển thị.'],
  [/^External content couldn't be loaded\.$/, 'Không tải được nội dung bên ngoài.'],
  [/^This is an image placeholder$/, 'Chỗ đặt hình ảnh'],
  [/^No options source defined in the form definition$/, 'Biểu mẫu chưa khai báo nguồn lựa chọn.'],
  [/^Powered by bpmn\.io$/, '']
];

/** The English texts of both tables as form-js writes them (with its placeholders), for the tests. */
export const ENGLISH = MESSAGES.concat(WORDS).map(([english]) => english.source);

/** The elements whose text form-js's words are, and the attributes that hold its words. */
const WORD_ELEMENTS = ['fjs-repeat-render-add', 'fjs-repeat-render-collapse', 'fjs-select-display',
  'fjs-dropdownlist-empty', 'fjs-iframe-placeholder-text'];
const WORD_ATTRIBUTES = ['placeholder', 'aria-label', 'title', 'alt'];

function replaced(table, text, label) {
  for (const [english, vietnamese] of table) {
    const match = english.exec(text);
    if (match) {
      return vietnamese.replace(/\$(\d)/g, (all, n) => match[Number(n)]).replace('{label}', label);
    }
  }
  return null;
}

/** A field's label as a message names it: without the required mark and a trailing "(ví dụ: …)". */
export function labelOf(element) {
  const field = element && element.closest('.fjs-form-field');
  const label = field && field.querySelector('label');
  if (!label) {
    return 'Trường này';
  }
  const copy = label.cloneNode(true);
  copy.querySelectorAll('.fjs-asterix').forEach(mark => mark.remove());
  const text = copy.textContent.replace(/\s+/g, ' ').replace(/\s*\*\s*$/, '').replace(/\s*\([^()]*\)\s*$/, '').trim();
  return text || 'Trường này';
}

function inForm(element) {
  return Boolean(element && element.closest && element.closest(FORM));
}

/** The mark of a typed date that is no date; followup-form-validity.js keeps such a form from being completed. */
export const IMPOSSIBLE_DATE = 'followup-date-error';

const IMPOSSIBLE_MARK = 'followupImpossible';

/** Shows (or removes) the refusal beside a date field, from the mark its input carries. */
function showImpossibleDate(input) {
  const field = input.closest('.fjs-form-field');
  if (!field) {
    return;
  }
  const typed = input.dataset[IMPOSSIBLE_MARK];
  const shown = field.querySelector('.' + IMPOSSIBLE_DATE);
  if (shown && shown.dataset.typed === typed) {
    return;
  }
  if (shown) {
    shown.remove();
  }
  if (typed === undefined) {
    input.removeAttribute('aria-invalid');
    return;
  }
  const message = document.createElement('li');
  message.textContent = labelOf(input) + ': «' + typed + '» không phải là ngày có thật (nhập ngày/tháng/năm dạng '
    + DATE_PLACEHOLDER + ', ví dụ 05/01/2026).';
  const list = document.createElement('ul');
  list.appendChild(message);
  const error = document.createElement('div');
  error.className = 'fjs-form-field-error ' + IMPOSSIBLE_DATE;
  error.setAttribute('role', 'alert');
  error.dataset.typed = typed;
  error.appendChild(list);
  field.appendChild(error);
  input.setAttribute('aria-invalid', 'true');
}

function markImpossible(input, typed) {
  if (typed === null) {
    delete input.dataset[IMPOSSIBLE_MARK];
  } else {
    input.dataset[IMPOSSIBLE_MARK] = typed;
  }
  showImpossibleDate(input);
}

/**
 * flatpickr reads a typed date loosely ("32/13/2026" becomes 01/02/2027). A form-js date field reads
 * only a real day/month/year; anything else is refused beside the field (the form re-rendering keeps
 * the refusal: it is drawn again from the input's mark), the typed text left in place for correction,
 * and no date is set.
 */
function strictDayFirst(instance) {
  return text => {
    const typed = String(text).trim();
    const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(typed);
    let date;
    if (match) {
      const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const candidate = new Date(year, month - 1, day);
      if (year >= 1900 && candidate.getFullYear() === year && candidate.getMonth() === month - 1
        && candidate.getDate() === day) {
        date = candidate;
      }
    }
    const input = instance.element;
    if (input.value.trim() === typed) {
      markImpossible(input, date ? null : typed);
      if (!date) {
        // flatpickr empties the input once it has refused the text; the user sees what was refused.
        setTimeout(() => {
          if (input.dataset[IMPOSSIBLE_MARK] === typed) {
            input.value = typed;
          }
        });
      }
    }
    return date;
  };
}

function dayFirst(selectedDates, text, instance) {
  if (inForm(instance.element)) {
    instance.config.dateFormat = DATE_FORMAT;
    instance.config.ariaDateFormat = DATE_FORMAT;
    instance.config.parseDate = strictDayFirst(instance);
    instance.element.placeholder = DATE_PLACEHOLDER;
  }
}

// A date field emptied by the user has nothing impossible in it any more (flatpickr's own "input"
// events, sent when it empties a refused field, are not the user's).
document.addEventListener('input', event => {
  const input = event.target;
  if (event.isTrusted && input && input.classList && input.classList.contains('flatpickr-input') && !input.value.trim()) {
    markImpossible(input, null);
  }
}, true);

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
  const text = node.data.trim();
  if (!text) {
    return;
  }
  let vietnamese = null;
  if (parent.closest('.fjs-form-field-error')) {
    vietnamese = replaced(MESSAGES, text, labelOf(parent));
  } else if (WORD_ELEMENTS.some(className => parent.closest('.' + className))) {
    vietnamese = replaced(WORDS, text, '');
  }
  if (vietnamese !== null && vietnamese !== node.data) {
    node.data = vietnamese;
  }
}

function translateAttributes(element) {
  if (!inForm(element)) {
    return;
  }
  WORD_ATTRIBUTES.forEach(name => {
    const value = element.getAttribute(name);
    const vietnamese = value ? replaced(WORDS, value.trim(), '') : null;
    if (vietnamese !== null && vietnamese !== value) {
      element.setAttribute(name, vietnamese);
    }
  });
}

const ATTRIBUTE_SELECTOR = WORD_ATTRIBUTES.map(name => '[' + name + ']').join(',');

function translate(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateText(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    translateText(node);
  }
  const elements = root.matches(ATTRIBUTE_SELECTOR) ? [root] : [];
  elements.concat(Array.from(root.querySelectorAll(ATTRIBUTE_SELECTOR))).forEach(translateAttributes);
}

new MutationObserver(records => {
  document.querySelectorAll('input[data-followup-impossible]').forEach(showImpossibleDate);
  records.forEach(translateRecord);
}).observe(document.body, {childList: true, subtree: true, characterData: true, attributes: true,
  attributeFilter: WORD_ATTRIBUTES});

function translateRecord(record) {
  if (record.type === 'childList') {
    record.addedNodes.forEach(translate);
  } else if (record.type === 'characterData') {
    translateText(record.target);
  } else {
    translateAttributes(record.target);
  }
}

export default [];
