// "Hồ sơ nội dung" in Cockpit, for the office, supervisors and auditors:
//  - #/ho-so-noi-dung: find an item by its number, notice, lead agency, words of its text and state
//    (GET /api/items, at most 100 a page); every result opens the item's page;
//  - #/ho-so-noi-dung/<business key>: the item's card (notice, text, lead, coordinators, each deadline
//    as its last day, its state in words), its documents (a PDF opens in the page), and its timeline in
//    plain words: who did what, when, with which decision and reason. The timeline is the audit API's
//    (GET /api/audit/items/{key}), one row per line of it; the engine's own lines (timers, scopes,
//    service steps) and codes are shown only with "Hiện chi tiết kỹ thuật";
//  - for the office, its actions on the item start from the page with the item already chosen
//    (GET/POST /api/items/{key}/office-actions/{action}): the fields are those of the action's own
//    start form, the server checks them by the same rules, and the page ends with what changed;
//  - raw variables are for administrators: on a process instance, the Variables tab leads anyone
//    else to the item's page, and the instance opens on the tab "Hồ sơ nội dung".
// Every label comes from the API (states, deadlines, form fields); nothing is counted or decided
// here. Plain ES module listed in config.js (customScripts): no build step, no CDN.
// Values are user input: every text goes into the page as a text node, never as HTML.

import {TIME_ZONE, h, show, HttpError, getJson, csrfToken, typedDate} from '../../followup/followup-web.js';

const ROUTE = '/ho-so-noi-dung';
const API = '/api/items';
const AUDIT_API = '/api/audit/items/';
const SEARCH_MEMORY = 'followup-item-search';
const ADMIN_GROUP = 'camunda-admin';
const ENGINE = '/camunda/api/engine/engine/default';

// ---------------------------------------------------------------------------------------------
// Addresses

/** The page of an item: its key's parts kept readable, each encoded. */
export function itemHref(businessKey) {
  return '#' + ROUTE + '/' + String(businessKey).split('/').map(encodeURIComponent).join('/');
}

function itemApi(businessKey) {
  return API + '/' + encodeURIComponent(businessKey);
}

/** The business key in the page's address, or null on the search page. */
function keyInAddress() {
  const hash = window.location.hash.replace(/\?.*$/, '');
  const prefix = '#' + ROUTE + '/';
  if (!hash.startsWith(prefix)) {
    return null;
  }
  try {
    return decodeURIComponent(hash.substring(prefix.length));
  } catch (e) {
    return hash.substring(prefix.length);
  }
}

// ---------------------------------------------------------------------------------------------
// Formatting, Vietnam time

const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  hourCycle: 'h23'
});

/** 2026-12-07T16:41:50+07:00 → 07/12/2026 16:41. */
function formatDateTime(text) {
  if (!text) {
    return '';
  }
  const date = new Date(String(text).replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  if (isNaN(date.getTime())) {
    return String(text);
  }
  const p = {};
  DATE_TIME.formatToParts(date).forEach(part => {
    p[part.type] = part.value;
  });
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** dd/mm/yyyy as typed → 2026-01-05, or null for a date that does not exist (32/13/2026). */
function isoDate(text) {
  const iso = typedDate(text);
  return typeof iso === 'string' ? iso : null;
}

function excerpt(text, length) {
  const flat = (text || '').replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : flat.substring(0, length - 1).replace(/\s+\S*$/, '') + '…';
}

function message(text, kind, name) {
  return h('div', {className: 'alert alert-' + (kind || 'info') + ' followup-item-message',
    'data-followup': name || null, role: kind === 'danger' ? 'alert' : null}, text);
}

function errorText(error, what) {
  if (error && (error.status === 401 || error.status === 403)) {
    return 'Anh/Chị không có quyền xem ' + what + '.';
  }
  if (error && error.serverMessage) {
    return error.serverMessage;
  }
  return 'Không đọc được ' + what + '. Vui lòng thử lại sau.';
}

// ---------------------------------------------------------------------------------------------
// Who may use the pages

let mayUsePromise = null;

/** Whether the API lets the logged-in user use "Hồ sơ nội dung"; asked again after a refusal. */
function mayUse() {
  if (!mayUsePromise) {
    mayUsePromise = getJson(API + '/access').then(() => true, () => false);
    mayUsePromise.then(allowed => {
      if (!allowed) {
        mayUsePromise = null;
      }
    });
  }
  return mayUsePromise;
}

let groupsPromise = null;

function isAdministrator() {
  if (!groupsPromise) {
    groupsPromise = getJson('/api/me').then(me => me.groups || [], () => null);
    groupsPromise.then(groups => {
      if (groups === null) {
        groupsPromise = null;
      }
    });
  }
  return groupsPromise.then(groups => groups === null ? null : groups.includes(ADMIN_GROUP));
}

// ---------------------------------------------------------------------------------------------
// The search page

function remembered() {
  try {
    return JSON.parse(window.sessionStorage.getItem(SEARCH_MEMORY)) || {};
  } catch (e) {
    return {};
  }
}

function renderSearch(node) {
  const state = Object.assign({number: '', notice: '', agency: '', words: '', state: '', page: 0}, remembered());
  const input = (name, label, placeholder) => h('input', {type: 'search', className: 'form-control', name,
    value: state[name], placeholder, 'aria-label': label, maxlength: 200});
  const number = input('number', 'Số thứ tự nội dung', 'ví dụ 2.1.5');
  const notice = input('notice', 'Thông báo', 'số, ký hiệu hoặc trích yếu');
  const words = input('words', 'Từ trong nội dung', 'có dấu hoặc không dấu');
  const agency = h('select', {className: 'form-control', name: 'agency', 'aria-label': 'Cơ quan chủ trì'});
  const status = h('select', {className: 'form-control', name: 'state', 'aria-label': 'Trạng thái'});
  const results = h('div', {className: 'followup-item-results', 'data-followup': 'results'});
  const field = (label, control) => h('label', {className: 'followup-item-field'}, h('span', null, label), control);

  const form = h('form', {className: 'followup-item-search', 'data-followup': 'search', onSubmit: event => {
    event.preventDefault();
    state.number = number.value.trim();
    state.notice = notice.value.trim();
    state.words = words.value.trim();
    state.agency = agency.value;
    state.state = status.value;
    state.page = 0;
    load();
  }},
  field('Số thứ tự', number), field('Thông báo', notice), field('Cơ quan chủ trì', agency),
  field('Từ trong nội dung', words), field('Trạng thái', status),
  h('div', {className: 'followup-item-field followup-item-submit'},
    h('button', {type: 'submit', className: 'btn btn-primary', 'data-followup': 'search-button'}, 'Tìm')));

  function fillChoices(answer) {
    if (agency.options.length === 0) {
      show(agency, h('option', {value: ''}, 'Tất cả cơ quan'),
        answer.agencies.map(one => h('option', {value: one.id}, one.name)));
      agency.value = state.agency;
    }
    if (status.options.length === 0) {
      show(status, h('option', {value: ''}, 'Mọi trạng thái'),
        Object.entries(answer.states).map(([code, label]) => h('option', {value: code}, label)));
      status.value = state.state;
    }
  }

  async function load() {
    node.setAttribute('data-loaded', 'false');
    window.sessionStorage.setItem(SEARCH_MEMORY, JSON.stringify(state));
    show(results, message('Đang tìm…'));
    const params = {page: String(state.page)};
    ['number', 'notice', 'agency', 'words', 'state'].forEach(name => {
      if (state[name]) {
        params[name] = state[name];
      }
    });
    try {
      const answer = await getJson(API, params);
      fillChoices(answer);
      showResults(answer);
    } catch (error) {
      show(results, message(errorText(error, 'danh sách nội dung'), 'danger'));
    }
    node.setAttribute('data-loaded', 'true');
  }

  function showResults(answer) {
    if (!answer.items.length) {
      show(results, message(state.page > 0 ? 'Không còn nội dung nào.' : 'Không tìm thấy nội dung nào.'));
      return;
    }
    const first = state.page * answer.pageSize + 1;
    show(results,
      h('p', {className: 'followup-item-count'}, 'Nội dung ' + first + '–' + (first + answer.items.length - 1)
        + (answer.more ? ' (còn nữa)' : '') + '.'),
      h('table', {className: 'table table-condensed followup-item-table followup-stack', 'data-followup': 'found'},
        h('thead', null, h('tr', null, ['Số', 'Thông báo', 'Nội dung', 'Cơ quan chủ trì', 'Trạng thái']
          .map(heading => h('th', null, heading)))),
        h('tbody', null, answer.items.map(item => h('tr', {'data-business-key': item.businessKey,
          'data-state': item.state},
        h('td', {'data-label': 'Số'}, h('a', {href: itemHref(item.businessKey), 'data-followup': 'item-link'},
          item.itemNumber)),
        h('td', {'data-label': 'Thông báo'}, item.noticeLabel),
        h('td', {'data-label': 'Nội dung', title: item.itemText}, h('a', {href: itemHref(item.businessKey)},
          excerpt(item.itemText, 160))),
        h('td', {'data-label': 'Cơ quan chủ trì'}, item.leadAgencyName || ''),
        h('td', {'data-label': 'Trạng thái', className: 'followup-state-' + item.state}, item.stateLabel))))),
      answer.page > 0 || answer.more ? h('div', {className: 'followup-item-pager'},
        h('button', {type: 'button', className: 'btn btn-default btn-sm', disabled: state.page === 0,
          onClick: () => { state.page -= 1; load(); }}, 'Trang trước'),
        h('button', {type: 'button', className: 'btn btn-default btn-sm', disabled: !answer.more,
          onClick: () => { state.page += 1; load(); }}, 'Trang sau')) : null);
  }

  show(node, h('div', {className: 'followup-item-page', 'data-followup': 'item-search'},
    h('h2', null, 'Hồ sơ nội dung'),
    h('p', {className: 'text-muted'}, 'Tìm nội dung theo dõi theo số thứ tự, thông báo, cơ quan chủ trì, từ trong '
      + 'nội dung và trạng thái; chọn một nội dung để xem hồ sơ của nó.'),
    form, results));
  load();
}

// ---------------------------------------------------------------------------------------------
// The item page

function definitionList(rows) {
  return h('dl', {className: 'followup-item-card', 'data-followup': 'card'},
    rows.filter(Boolean).map(([term, value, name]) => [h('dt', null, term),
      h('dd', {'data-followup': name || null}, value)]));
}

function card(item) {
  const deadlines = item.deadlines.map(deadline => h('div', {'data-deadline': deadline.type},
    deadline.label + ': ' + deadline.text,
    deadline.originalText ? h('span', {className: 'text-muted'}, ' (ban đầu: ' + deadline.originalText + ')') : null));
  return definitionList([
    ['Thông báo', item.noticeLabel || item.noticeId, 'notice'],
    ['Nội dung số', item.itemNumber, 'item-number'],
    ['Nội dung', h('span', {className: 'followup-value'}, item.itemText || ''), 'item-text'],
    item.itemKindLabel ? ['Loại', item.itemKindLabel] : null,
    ['Cơ quan chủ trì', item.leadAgencyName || '', 'lead'],
    item.responsibleAgencyName && item.responsibleAgencyName !== item.leadAgencyName
      ? ['Đơn vị thực hiện', item.responsibleAgencyName] : null,
    ['Cơ quan phối hợp', item.coordinatingAgencyNames || '', 'coordinators'],
    ['Thời hạn', deadlines.length ? deadlines : 'Không có', 'deadlines'],
    ['Tình trạng', h('strong', {className: item.stopped ? 'followup-stopped' : null}, item.stateLabel),
      item.timelinessLabel ? ' — ' + item.timelinessLabel : null, 'state']
  ]);
}

function documentsPart(item) {
  if (!item.documents.length) {
    return message('Chưa có văn bản nào.', 'info', 'no-documents');
  }
  const viewer = h('div', {className: 'followup-pdf-viewer', 'data-followup': 'pdf-viewer'});
  const rows = item.documents.map(document => {
    const pdf = document.type === 'PDF';
    const view = pdf ? h('button', {type: 'button', className: 'btn btn-default btn-xs', 'data-followup': 'view-pdf',
      onClick: () => {
        const url = document.url + '?inline=true';
        show(viewer, h('div', {className: 'followup-pdf-heading'}, document.fileName,
          h('button', {type: 'button', className: 'btn btn-link btn-xs', onClick: () => show(viewer)}, 'Đóng')),
        h('iframe', {src: url, title: document.fileName, className: 'followup-pdf-frame', 'data-followup': 'pdf-frame'}));
        viewer.scrollIntoView({block: 'nearest'});
      }}, 'Xem') : null;
    return h('li', {'data-document-id': document.id},
      h('span', {className: 'followup-document-name'}, document.fileName), ' ',
      h('span', {className: 'text-muted'}, '(' + (document.typeLabel || document.type)
        + (document.taskName ? ', ' + document.taskName : '') + ', ' + formatDateTime(document.uploadedAt) + ')'), ' ',
      view, ' ',
      h('a', {href: document.url, download: document.fileName, className: 'btn btn-default btn-xs'}, 'Tải về'));
  });
  return [h('ul', {className: 'followup-documents', 'data-followup': 'documents'}, rows), viewer];
}

/** One line of the audit API as a row: when, who (by name), what, and what it says. */
function timelineRow(entry, index, people) {
  const who = entry.user ? (people[entry.user] || entry.user) : '';
  const what = entry.kind === 'HOẠT ĐỘNG' || !entry.step ? entry.step || '' : entry.step;
  const said = [];
  if (entry.detail) {
    said.push(h('div', {className: 'followup-said'}, entry.detail));
  }
  if (entry.document && entry.document.url) {
    said.push(h('a', {href: entry.document.url, download: entry.document.fileName}, entry.document.fileName));
  }
  if (entry.deadlineText) {
    said.push(h('div', {className: 'followup-deadline'}, 'Thời hạn: ' + entry.deadlineText));
  }
  if (entry.late === true) {
    said.push(h('span', {className: 'label label-danger followup-late-badge'}, 'Quá hạn'));
  }
  if (entry.duration && entry.durationSeconds > 0) {
    said.push(h('div', {className: 'text-muted'}, 'Thời gian xử lý: ' + entry.duration));
  }
  said.push(h('div', {className: 'followup-technical text-muted'},
    [entry.process, entry.stepId ? 'Mã bước: ' + entry.stepId : null].filter(Boolean).join(' · ')));
  return h('tr', {'data-index': index, 'data-kind': entry.kind,
    className: (entry.technical ? 'followup-technical-row' : '') + (entry.late === true ? ' followup-late' : '')},
  h('td', {'data-label': 'Thời điểm', className: 'followup-when'}, formatDateTime(entry.at)),
  h('td', {'data-label': 'Người thực hiện'}, who, entry.agency ? h('div', {className: 'text-muted'}, entry.agency)
    : null),
  h('td', {'data-label': 'Việc'}, what),
  h('td', {'data-label': 'Nội dung', className: 'followup-what'}, said));
}

function timelinePart(audit, key) {
  const people = audit.people || {};
  const entries = audit.entries;
  const plain = entries.filter(entry => !entry.technical).length;
  const box = h('div', {className: 'followup-timeline', 'data-followup': 'timeline'});
  const toggle = h('input', {type: 'checkbox', 'data-followup': 'technical-toggle', onChange: () =>
    box.classList.toggle('followup-show-technical', toggle.checked)});
  show(box,
    h('div', {className: 'followup-timeline-tools'},
      h('label', {className: 'followup-toggle'}, toggle, ' Hiện chi tiết kỹ thuật'),
      h('span', {className: 'text-muted'}, ' ' + plain + ' dòng' + (entries.length > plain
        ? ' (và ' + (entries.length - plain) + ' dòng kỹ thuật)' : '') + '. Giờ Việt Nam.'),
      ' ',
      h('a', {href: AUDIT_API + encodeURIComponent(key) + '?format=csv', download: '', className: 'btn btn-default btn-xs',
        'data-followup': 'csv'}, 'Tải nhật ký (CSV)')),
    entries.length ? h('table', {className: 'table table-condensed followup-item-table followup-stack',
      'data-followup': 'timeline-table'},
    h('thead', null, h('tr', null, ['Thời điểm', 'Người thực hiện', 'Việc', 'Nội dung']
      .map(heading => h('th', null, heading)))),
    h('tbody', null, entries.map((entry, index) => timelineRow(entry, index, people))))
      : message('Nhật ký chưa có dòng nào.'));
  return box;
}

// ---------------------------------------------------------------------------------------------
// The office's actions

function fieldControl(field) {
  const name = field.key;
  const common = {name, id: 'followup-field-' + name, 'data-field': name, 'aria-required': field.required || null};
  switch (field.type) {
    case 'textarea':
      return h('textarea', {...common, className: 'form-control', rows: 3, maxlength: field.maxLength || null});
    case 'select':
      return h('select', {...common, className: 'form-control'}, h('option', {value: ''}, '— Chọn —'),
        field.values.map(value => h('option', {value: value.value}, value.label)));
    case 'taglist':
    case 'checklist':
      return h('select', {...common, className: 'form-control', multiple: true, size: 5},
        field.values.map(value => h('option', {value: value.value}, value.label)));
    case 'date':
      return h('input', {...common, type: 'text', className: 'form-control followup-date', inputmode: 'numeric',
        placeholder: 'dd/mm/yyyy', autocomplete: 'off'});
    default:
      return h('input', {...common, type: 'text', className: 'form-control', maxlength: field.maxLength || null});
  }
}

/** The value a control holds, as the server takes it; an error text for a value it cannot be. */
function fieldValue(field, control) {
  if (control.multiple) {
    return {value: Array.from(control.selectedOptions).map(option => option.value)};
  }
  const text = control.value.trim();
  if (!text) {
    return field.required ? {error: field.label + ' là bắt buộc.'} : {value: null};
  }
  if (field.type === 'date') {
    const iso = isoDate(text);
    return iso ? {value: iso} : {error: field.label + ': ngày không có thật hoặc sai dạng (dd/mm/yyyy).'};
  }
  if (field.pattern && !new RegExp(field.pattern).test(text)) {
    return {error: field.label + ' không đúng dạng.'};
  }
  return {value: text};
}

function actionsPart(item, reload) {
  if (!item.officeActions || !item.officeActions.length) {
    return null;
  }
  const panel = h('div', {className: 'followup-action-panel', 'data-followup': 'action-panel'});
  const outcome = h('div', {className: 'followup-action-outcome', 'data-followup': 'action-outcome'});
  const buttons = item.officeActions.map(offer => h('button', {type: 'button', className: 'btn btn-default',
    'data-action': offer.action, onClick: () => open(offer)}, offer.label));

  async function open(offer) {
    show(outcome);
    show(panel, message('Đang tải biểu mẫu…'));
    let form;
    try {
      form = await getJson(itemApi(item.businessKey) + '/office-actions/' + encodeURIComponent(offer.action));
    } catch (error) {
      show(panel, message(errorText(error, 'biểu mẫu'), 'danger'));
      return;
    }
    const alert = h('div', {className: 'followup-action-alert', 'data-followup': 'action-alert'});
    const controls = new Map();
    const rows = form.fields.map(field => {
      const control = fieldControl(field);
      controls.set(field.key, {field, control,
        error: h('div', {className: 'followup-field-error text-danger', 'data-error-for': field.key, role: 'alert'})});
      return h('div', {className: 'form-group', 'data-field-group': field.key},
        h('label', {for: control.id}, field.label, field.required ? h('span', {className: 'text-danger'}, ' *') : null),
        control, controls.get(field.key).error);
    });
    const submit = h('button', {type: 'submit', className: 'btn btn-primary', 'data-followup': 'action-submit'},
      'Thực hiện');
    const formNode = h('form', {className: 'followup-action-form', 'data-action-form': offer.action, noValidate: true,
      onSubmit: async event => {
        event.preventDefault();
        // One message at a time: the previous ones go before anything new is said.
        show(alert);
        controls.forEach(({error}) => show(error));
        const body = {};
        let first = null;
        controls.forEach(({field, control, error}, key) => {
          const read = fieldValue(field, control);
          if (read.error) {
            show(error, read.error);
            first = first || control;
          } else if (read.value !== null && !(Array.isArray(read.value) && read.value.length === 0)) {
            body[key] = read.value;
          }
        });
        if (first) {
          show(alert, message('Vui lòng sửa các trường được đánh dấu. Chưa có gì được thay đổi.', 'danger'));
          first.focus();
          return;
        }
        submit.disabled = true;
        try {
          const answer = await post(item.businessKey, offer.action, body);
          show(panel);
          show(outcome, h('div', {className: 'alert alert-success', 'data-followup': 'action-summary', role: 'status'},
            h('strong', null, 'Đã thực hiện: ' + answer.label + '.'), h('div', null, answer.summary || ''),
            answer.businessKey !== item.businessKey
              ? h('a', {href: itemHref(answer.businessKey)}, 'Mở hồ sơ nội dung vừa bổ sung') : null));
          reload();
        } catch (error) {
          submit.disabled = false;
          const refused = error.body && error.body.errors && error.body.errors[0];
          const target = refused && controls.get(refused.field);
          if (target) {
            show(target.error, refused.message);
            target.control.focus();
          }
          show(alert, message(error.serverMessage || errorText(error, 'kết quả'), 'danger'));
        }
      }},
    h('h4', null, form.label), h('p', {className: 'text-muted'}, 'Nội dung số ' + item.itemNumber + ' — '
      + excerpt(item.itemText, 120)),
    alert, rows,
    h('div', {className: 'followup-action-buttons'}, submit, ' ',
      h('button', {type: 'button', className: 'btn btn-default', onClick: () => show(panel)}, 'Hủy')));
    show(panel, formNode);
    formNode.scrollIntoView({block: 'nearest'});
  }

  return h('section', {className: 'followup-item-section', 'data-followup': 'office-actions'},
    h('h3', null, 'Thao tác của Văn phòng'),
    h('div', {className: 'followup-action-buttons'}, buttons), outcome, panel);
}

async function post(businessKey, action, body) {
  const response = await fetch(itemApi(businessKey) + '/office-actions/' + encodeURIComponent(action), {
    method: 'POST', credentials: 'same-origin', body: JSON.stringify(body),
    headers: {'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken(),
      'X-Requested-With': 'XMLHttpRequest'}});
  let answer = null;
  try {
    answer = await response.json();
  } catch (e) {
    // no JSON body
  }
  if (!response.ok) {
    const error = new HttpError(response.status, answer && answer.message);
    error.body = answer;
    throw error;
  }
  return answer;
}

function renderItem(node) {
  const key = keyInAddress();
  const body = h('div', {className: 'followup-item-body'});
  // The outcome of an action stays over the reloads it causes.
  let actions = null;
  show(node, h('div', {className: 'followup-item-page', 'data-followup': 'item-page'},
    h('p', null, h('a', {href: '#' + ROUTE, 'data-followup': 'back-to-search'}, '← Tìm nội dung khác')),
    body));

  async function load() {
    node.setAttribute('data-loaded', 'false');
    if (!actions) {
      show(body, message('Đang tải hồ sơ…'));
    }
    try {
      const [item, audit] = await Promise.all([getJson(itemApi(key)),
        getJson(AUDIT_API + encodeURIComponent(key)).catch(error => ({error}))]);
      const first = !actions;
      if (first) {
        actions = actionsPart(item, load);
      }
      const outcome = actions && actions.querySelector('[data-followup="action-outcome"]');
      show(body,
        h('h2', {'data-followup': 'item-heading'}, 'Hồ sơ nội dung số ' + item.itemNumber),
        h('section', {className: 'followup-item-section'}, card(item)),
        actions,
        h('section', {className: 'followup-item-section'}, h('h3', null, 'Văn bản'), documentsPart(item)),
        h('section', {className: 'followup-item-section'}, h('h3', null, 'Diễn biến xử lý'),
          audit.error ? message(errorText(audit.error, 'diễn biến xử lý'), 'danger') : timelinePart(audit, key)));
      if (!first && outcome) {
        outcome.scrollIntoView({block: 'nearest'});
      }
    } catch (error) {
      show(body, message(errorText(error, 'hồ sơ nội dung này'), 'danger'));
    }
    node.setAttribute('data-loaded', 'true');
  }
  load();
}

// ---------------------------------------------------------------------------------------------
// Raw variables are for administrators

const ITEM_PROCESS = 'Process_FollowUpItem';

/** The item page of a process instance: its own, or that of the item whose deadline it watches. */
async function itemOfInstance(instanceId) {
  const instance = await getJson(ENGINE + '/history/process-instance/' + encodeURIComponent(instanceId));
  if (instance.processDefinitionKey === ITEM_PROCESS && instance.businessKey) {
    return instance.businessKey;
  }
  if (instance.superProcessInstanceId) {
    return itemOfInstance(instance.superProcessInstanceId);
  }
  return null;
}

const VARIABLES_TAB = 'variables-tab';

/** A non-administrator asking for a process instance's variables is shown its item's page. */
async function guardVariables() {
  const match = /^#\/process-instance\/([^/?]+)\/runtime(\?.*)?$/.exec(window.location.hash);
  if (!match) {
    return;
  }
  const tab = new URLSearchParams(match[2] ? match[2].substring(1) : '').get('tab');
  document.body.classList.toggle('followup-not-admin', (await isAdministrator()) === false);
  if (tab !== VARIABLES_TAB || (await isAdministrator()) !== false) {
    return;
  }
  const key = await itemOfInstance(decodeURIComponent(match[1])).catch(() => null);
  window.location.replace(key ? itemHref(key) : '#' + ROUTE);
}

window.addEventListener('hashchange', guardVariables);
guardVariables();

/** The Variables tab's own heading (Cockpit's translation of PLUGIN_VARIABLE_INSTANCES_LABEL). */
const VARIABLES_LABELS = ['Biến dữ liệu', 'Variables'];

/** Hides the Variables tab's heading from non-administrators, wherever Cockpit draws it. */
function hideVariablesTab() {
  if (!document.body.classList.contains('followup-not-admin')) {
    return;
  }
  document.querySelectorAll('.nav-tabs > li > a').forEach(link => {
    if (VARIABLES_LABELS.includes(link.textContent.trim())) {
      link.parentElement.classList.add('followup-admin-only');
    }
  });
}

new MutationObserver(hideVariablesTab).observe(document.documentElement, {childList: true, subtree: true});

/** The process instance view's tab "Hồ sơ nội dung", its first: where the item stands and its page. */
function renderInstanceTab(node, {processInstanceId}) {
  show(node, message('Đang tải…'));
  itemOfInstance(processInstanceId)
    .then(key => key ? getJson(itemApi(key)).then(item => show(node, h('div', {className: 'followup-item-tab'},
      h('p', null, h('a', {href: itemHref(key), className: 'btn btn-primary', 'data-followup': 'open-item-page'},
        'Mở hồ sơ nội dung')),
      card(item)))) : show(node, message('Phiên quy trình này không thuộc nội dung theo dõi nào.')))
    .catch(error => show(node, message(errorText(error, 'hồ sơ nội dung'), 'danger')));
}

// ---------------------------------------------------------------------------------------------
// Styles

const STYLE_ID = 'followup-item-page-style';
if (!document.getElementById(STYLE_ID)) {
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `
.followup-item-page { padding: 8px 16px 32px; max-width: 1360px; }
.followup-item-search { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: flex-end; margin-bottom: 12px; }
.followup-item-field { display: flex; flex-direction: column; font-weight: normal; margin: 0; min-width: 160px; flex: 1 1 180px; }
.followup-item-field > span { font-size: 12px; color: #555; }
.followup-item-submit { flex: 0 0 auto; min-width: 0; }
.followup-item-table { font-size: 13px; table-layout: fixed; width: 100%; }
.followup-item-table td { vertical-align: top; overflow-wrap: anywhere; }
table[data-followup="found"] th:nth-child(1) { width: 7em; }
table[data-followup="found"] th:nth-child(2) { width: 10em; }
table[data-followup="found"] th:nth-child(4) { width: 16em; }
table[data-followup="found"] th:nth-child(5) { width: 13em; }
table[data-followup="timeline-table"] th:nth-child(1) { width: 9.5em; }
table[data-followup="timeline-table"] th:nth-child(2) { width: 16em; }
table[data-followup="timeline-table"] th:nth-child(3) { width: 18em; }
.followup-item-card { display: grid; grid-template-columns: 11em 1fr; gap: 4px 12px; margin: 0; }
.followup-item-card dt { color: #555; font-weight: normal; }
.followup-item-card dd { margin: 0; }
.followup-value, .followup-said { white-space: pre-wrap; overflow-wrap: anywhere; }
.followup-stopped { color: #8a4b00; }
.followup-item-section { margin: 16px 0; }
.followup-item-section h3 { font-size: 18px; margin: 12px 0 8px; }
.followup-technical-row, .followup-technical { display: none; }
body.followup-not-admin .followup-admin-only { display: none !important; }
.followup-show-technical .followup-technical-row { display: table-row; }
.followup-show-technical .followup-technical { display: block; }
.followup-technical-row td { color: #666; }
.followup-item-table tr.followup-late td { background: #ffebee; }
.followup-timeline-tools { margin-bottom: 6px; }
.followup-toggle { font-weight: normal; margin-right: 8px; }
.followup-documents { padding-left: 18px; }
.followup-documents li { margin-bottom: 4px; }
.followup-pdf-frame { width: 100%; height: 70vh; border: 1px solid #ccc; }
.followup-action-buttons { display: flex; flex-wrap: wrap; gap: 6px; margin: 6px 0; }
.followup-action-form { border: 1px solid #ddd; border-radius: 4px; padding: 10px 12px; max-width: 720px; }
.followup-field-error:empty { display: none; }
.followup-item-pager button { margin-right: 6px; }
@media (max-width: 700px) {
  .followup-item-page { padding: 6px 8px 24px; }
  .followup-stack, .followup-stack tbody, .followup-stack tr, .followup-stack td { display: block; width: 100%; }
  .followup-stack thead { display: none; }
  .followup-stack tr { border-top: 1px solid #ddd; padding: 6px 0; }
  .followup-stack td { border: none !important; padding: 2px 4px !important; }
  .followup-stack td::before { content: attr(data-label); display: block; font-size: 11px; color: #777; }
  .followup-stack td:empty { display: none; }
  .followup-stack tr.followup-technical-row { display: none; }
  .followup-show-technical .followup-stack tr.followup-technical-row { display: block; }
  .followup-item-card { grid-template-columns: 1fr; }
  .followup-item-card dt { margin-top: 6px; }
}`;
  document.head.appendChild(style);
}

// ---------------------------------------------------------------------------------------------
// Plugins

export default [
  {
    id: 'followup-item-search-page',
    pluginPoint: 'cockpit.route',
    properties: {path: ROUTE},
    render: renderSearch
  },
  {
    id: 'followup-item-page',
    pluginPoint: 'cockpit.route',
    properties: {path: ROUTE + '/:key*'},
    render: renderItem
  },
  {
    id: 'followup-item-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 90,
    properties: {pagePath: '#' + ROUTE, label: 'Hồ sơ nội dung',
      checkActive: path => path.indexOf('#' + ROUTE) > -1},
    render(node) {
      mayUse().then(allowed => show(node, allowed
        ? h('a', {href: '#' + ROUTE, 'data-followup': 'item-menu'}, 'Hồ sơ nội dung') : null));
    }
  },
  {
    id: 'followup-item-tab',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 30,
    properties: {label: 'Hồ sơ nội dung'},
    render: renderInstanceTab
  }
];
