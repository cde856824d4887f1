// Audit views of the follow-up product in Cockpit. Cockpit Community Edition shows only running
// work (its history views are Enterprise-only), so auditors and supervisors get them here:
//  - on a process instance: a tab "Lịch sử xử lý" with the item's audit timeline and the
//    instance's path on the diagram (done in green, late in red, open in blue);
//  - on a process definition: a tab "Phiên đã kết thúc" listing its finished instances, searchable
//    by business key; opening one shows the same timeline and draws its path on the diagram above.
// The timeline is the server's: GET /api/audit/items/{business key} (the project's audit API, read
// with the Cockpit login, so the API's own rights apply: auditors and supervisors), shown as it
// comes, with the API's column headings; its CSV download is the same API with ?format=csv. Nothing
// here names a variable, labels a value or decides what is late: the API does, once, for both.
// The engine's history API is read only to find an instance's business key and to list the
// finished instances.
// Plain ES module listed in config.js (customScripts), the 7.2x plugin API: no build step, no npm
// package, no CDN, because the government offices that run the product are offline.
// Values are user input: every text goes into the page as a text node, never as HTML.

import {TIME_ZONE, h, show, HttpError, getJson} from '../../followup/followup-web.js';

const AUDIT_API = '/api/audit/items/';
const ITEM_PAGE = '#/ho-so-noi-dung/';

/** The item's page "Hồ sơ nội dung" (followup-item-page.js): where anyone but an administrator reads an item. */
function itemPageLink(businessKey, text) {
  return h('a', {href: ITEM_PAGE + String(businessKey).split('/').map(encodeURIComponent).join('/'),
    'data-followup': 'item-page-link'}, text);
}
const LIST_PAGE_SIZE = 20;

const MARK = {
  path: 'followup-path',
  done: 'followup-path-done',
  late: 'followup-path-late',
  open: 'followup-path-open',
  container: 'followup-path-container'
};
const OVERLAY_TYPE = 'followup-audit';

/**
 * The states of a finished instance, as the engine's history names them. An item the office stopped
 * ends "completed" for the engine: what the item's follow-up came to is on its page ("Hồ sơ nội dung").
 */
const INSTANCE_STATES = {
  ACTIVE: 'Đang xử lý',
  SUSPENDED: 'Tạm dừng',
  COMPLETED: 'Đã kết thúc',
  EXTERNALLY_TERMINATED: 'Bị hủy',
  INTERNALLY_TERMINATED: 'Kết thúc theo quy trình'
};

// ---------------------------------------------------------------------------------------------
// Reading

/**
 * The engine API of the current engine. Cockpit 7.24 hands diagram plugins an {@code engineApi}
 * built without the app name, so the engine name is taken from the page address there.
 */
function engineApi(api) {
  if (/^[\w.-]+$/.test(api.engine || '')) {
    return api.engineApi;
  }
  const match = window.location.pathname.match(/\/app\/cockpit\/([^/]+)/);
  return api.baseApi + '/engine/' + encodeURIComponent(match ? match[1] : 'default');
}

/** The audit API's address for an item; its key's "/" travels as %2F. */
function auditUrl(businessKey) {
  return AUDIT_API + encodeURIComponent(businessKey);
}

const auditCache = new Map();

/**
 * The audit of the item an instance belongs to, with that instance; the diagram and the tab of one
 * page share a single load.
 */
function audit(base, instanceId, knownInstance) {
  const key = base + '|' + instanceId;
  const now = Date.now();
  auditCache.forEach((entry, cachedKey) => {
    if (now - entry.at > 5000) {
      auditCache.delete(cachedKey);
    }
  });
  const cached = auditCache.get(key);
  if (cached) {
    return cached.promise;
  }
  const promise = loadAudit(base, instanceId, knownInstance);
  auditCache.set(key, {at: now, promise});
  promise.catch(() => auditCache.delete(key));
  return promise;
}

async function loadAudit(base, instanceId, knownInstance) {
  const instance = knownInstance || await getJson(base + '/history/process-instance/' + encodeURIComponent(instanceId));
  if (!instance.businessKey) {
    throw new HttpError(404, 'Phiên quy trình này không có mã nghiệp vụ nên không có nhật ký theo dõi.');
  }
  const item = await getJson(auditUrl(instance.businessKey));
  // The item's own (latest) instance, to link to its page: running, or among the finished ones.
  const itemInstance = item.processInstanceId === instance.id ? instance
    : await getJson(base + '/history/process-instance/' + encodeURIComponent(item.processInstanceId)).catch(() => null);
  return {instance, item, itemInstance};
}

// ---------------------------------------------------------------------------------------------
// Formatting, Vietnam time

function parseDate(text) {
  if (!text) {
    return null;
  }
  const date = new Date(String(text).replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  return isNaN(date.getTime()) ? null : date;
}

const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23'
});

function formatDateTime(date) {
  if (!date) {
    return '';
  }
  const p = {};
  DATE_TIME.formatToParts(date).forEach(part => {
    p[part.type] = part.value;
  });
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}:${p.second}`;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** A field of an audit entry as read: times in Vietnam time, yes/no in words, the rest as it is. */
function cellText(value) {
  if (value == null) {
    return '';
  }
  if (typeof value === 'boolean') {
    return value ? 'Có' : 'Không';
  }
  if (typeof value === 'string' && ISO_TIME.test(value)) {
    return formatDateTime(parseDate(value));
  }
  return String(value);
}

// ---------------------------------------------------------------------------------------------
// Building the page: elements and text nodes only

function table(name, headers, rows) {
  return h('table', {className: 'table table-striped followup-audit-table', 'data-followup': name},
    h('thead', null, h('tr', null, headers.map(header => h('th', null, header)))),
    h('tbody', null, rows));
}

function message(text, kind) {
  return h('div', {className: 'alert alert-' + (kind || 'info') + ' followup-audit-message'}, text);
}

function errorText(error) {
  if (error && (error.status === 401 || error.status === 403)) {
    return 'Bạn không có quyền xem nhật ký theo dõi này.';
  }
  if (error && error.serverMessage) {
    return error.serverMessage;
  }
  if (error && error.status === 404) {
    return 'Không tìm thấy phiên quy trình.';
  }
  return 'Không đọc được nhật ký theo dõi. Vui lòng thử lại sau.';
}

/** The page of the item's own instance: its runtime view, or its place among the finished ones. */
function instanceLink(instance) {
  if (!instance) {
    return null;
  }
  const href = instance.endTime
    ? '#/process-definition/' + encodeURIComponent(instance.processDefinitionId)
      + '/runtime?tab=followup-finished-instances&followupInstance=' + encodeURIComponent(instance.id)
    : '#/process-instance/' + encodeURIComponent(instance.id) + '/runtime';
  return h('a', {href, 'data-followup': 'item-instance'}, instance.endTime
    ? 'Xem trong các phiên đã kết thúc' : 'Xem phiên quy trình đang xử lý');
}

/** One entry of the API as a row: one cell per column of the API, in its order. */
function entryRow(entry, columns) {
  const documentFile = entry.document;
  return h('tr', {
    className: entry.late === true ? 'followup-late' : null,
    'data-kind': entry.kind,
    'data-process-instance-id': entry.processInstanceId,
    'data-document-id': documentFile ? documentFile.id : null
  }, columns.map(column => h('td', {'data-field': column.field, className: 'followup-' + column.field},
    cellText(entry[column.field]),
    column.field === 'detail' && documentFile
      ? h('a', {href: documentFile.url, download: documentFile.fileName, 'data-followup': 'document-link',
        className: 'followup-document-link', title: 'Tải văn bản về máy'}, documentFile.fileName)
      : null)));
}

function renderAudit(model) {
  const item = model.item;
  const summary = h('dl', {className: 'dl-horizontal followup-audit-summary'},
    h('dt', null, 'Mã nghiệp vụ'), h('dd', {'data-followup': 'business-key'}, item.businessKey, ' ',
      itemPageLink(item.businessKey, 'Mở hồ sơ nội dung')),
    h('dt', null, 'Nội dung số'), h('dd', null, item.itemNumber || '—'),
    h('dt', null, 'Nội dung'), h('dd', {className: 'followup-value'}, item.itemText || '—'),
    h('dt', null, 'Cơ quan chủ trì'), h('dd', null, item.leadAgencyName || '—'),
    h('dt', null, 'Bắt đầu theo dõi'), h('dd', null, cellText(item.started)),
    h('dt', null, 'Kết thúc'), h('dd', null, item.ended ? cellText(item.ended) : 'chưa kết thúc'),
    h('dt', null, 'Phiên quy trình'), h('dd', null, instanceLink(model.itemInstance) || '—'));

  const actions = h('p', {className: 'followup-audit-actions'},
    h('a', {href: auditUrl(item.businessKey) + '?format=csv', download: '', className: 'btn btn-default btn-sm',
      'data-followup': 'csv'}, 'Tải nhật ký (CSV)'));

  const legend = h('p', {className: 'followup-legend'},
    'Trên sơ đồ: ',
    h('span', {className: 'followup-legend-done'}, 'đã thực hiện'), ' ',
    h('span', {className: 'followup-legend-late'}, 'quá hạn'), ' ',
    h('span', {className: 'followup-legend-open'}, 'đang thực hiện'),
    '. Thời gian theo giờ Việt Nam.');

  return h('div', {className: 'followup-audit'},
    summary,
    actions,
    legend,
    h('h4', null, 'Nhật ký theo dõi'),
    item.entries.length
      ? table('audit', item.columns.map(column => column.heading),
        item.entries.map(entry => entryRow(entry, item.columns)))
      : message('Nhật ký chưa có dòng nào.'));
}

// ---------------------------------------------------------------------------------------------
// The path on a bpmn-js diagram

/** The steps of one instance that the audit shows run: how often, late, still open. */
function pathOf(model) {
  const elements = new Map();
  model.item.entries
    .filter(entry => entry.processInstanceId === model.instance.id && entry.stepId && entry.start)
    .forEach(entry => {
      const element = elements.get(entry.stepId) || {count: 0, late: false, open: false};
      element.count += 1;
      element.late = element.late || entry.late === true;
      element.open = element.open || !entry.end;
      elements.set(entry.stepId, element);
    });
  return elements;
}

const markedByViewer = new WeakMap();

function clearPath(viewer) {
  const marked = markedByViewer.get(viewer);
  if (!marked) {
    return;
  }
  const canvas = viewer.get('canvas');
  marked.forEach(({id, classes}) => classes.forEach(name => canvas.removeMarker(id, name)));
  viewer.get('overlays').remove({type: OVERLAY_TYPE});
  markedByViewer.delete(viewer);
}

function markPath(viewer, model) {
  clearPath(viewer);
  const canvas = viewer.get('canvas');
  const registry = viewer.get('elementRegistry');
  const overlays = viewer.get('overlays');
  const marked = [];
  pathOf(model).forEach((state, id) => {
    const element = registry.get(id);
    if (!element) {
      return;
    }
    const di = element.di || (element.businessObject && element.businessObject.di) || {};
    const classes = [MARK.path, state.late ? MARK.late : state.open ? MARK.open : MARK.done];
    if (di.isExpanded) {
      classes.push(MARK.container);
    }
    classes.forEach(name => canvas.addMarker(id, name));
    marked.push({id, classes});
    const badges = [];
    if (state.late) {
      badges.push(h('span', {className: 'followup-badge followup-badge-late', title: 'Quá hạn'}, 'Quá hạn'));
    }
    if (state.count > 1 && !di.isExpanded) {
      badges.push(h('span', {className: 'followup-badge followup-badge-count', title: 'Số lần thực hiện'},
        state.count + ' lần'));
    }
    if (badges.length) {
      overlays.add(id, OVERLAY_TYPE, {position: {top: -12, left: 4}, html: h('div', {className: 'followup-badges'},
        badges)});
    }
  });
  markedByViewer.set(viewer, marked);
}

// ---------------------------------------------------------------------------------------------
// Styles

const STYLE_ID = 'followup-audit-style';
if (!document.getElementById(STYLE_ID)) {
  const colours = {done: ['#2e7d32', '#e8f5e9'], late: ['#c62828', '#ffebee'], open: ['#1565c0', '#e3f2fd']};
  const rules = Object.entries(colours).map(([state, [stroke, fill]]) => `
.djs-element.followup-path-${state} .djs-visual > :first-child { stroke: ${stroke} !important; stroke-width: 3px !important; }
.djs-shape.followup-path-${state}:not(.followup-path-container) .djs-visual > :first-child { fill: ${fill} !important; }
.followup-legend-${state} { border: 2px solid ${stroke}; background: ${fill}; padding: 0 6px; border-radius: 3px; }`);
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = rules.join('') + `
.followup-badges { white-space: nowrap; }
.followup-badge { display: inline-block; margin-right: 2px; padding: 0 5px; border-radius: 8px; font-size: 11px;
  line-height: 16px; color: #fff; }
.followup-badge-late { background: #c62828; }
.followup-badge-count { background: #555; }
.followup-audit, .followup-finished { padding: 8px 0 24px; }
.followup-audit h4 { margin-top: 20px; }
.followup-audit-table { font-size: 12px; }
.followup-audit-table td { vertical-align: top; }
.followup-audit-table tr.followup-late td { background: #ffebee; }
.followup-audit-table td.followup-stepId { color: #777; font-size: 11px; min-width: 10em; word-break: break-all; }
.followup-audit-table td.followup-at, .followup-audit-table td.followup-start, .followup-audit-table td.followup-end,
.followup-audit-table td.followup-deadline { white-space: nowrap; }
.followup-audit-table td.followup-kind, .followup-audit-table td.followup-duration { min-width: 6em; }
.followup-audit-table td.followup-process, .followup-audit-table td.followup-user { min-width: 8em; }
.followup-audit-table td.followup-step, .followup-audit-table td.followup-agency { min-width: 12em; }
.followup-audit-table td.followup-detail { white-space: pre-wrap; word-break: break-word; min-width: 24em; }
.followup-document-link { display: block; margin-top: 2px; }
.followup-value { white-space: pre-wrap; word-break: break-word; max-width: 640px; }
.followup-audit-summary dd { margin-bottom: 2px; }
.followup-finished form { margin-bottom: 10px; }
.followup-finished .followup-search { width: 360px; display: inline-block; margin-right: 6px; }
.followup-finished tr.followup-selected td { background: #e3f2fd; }
.followup-finished .followup-pager button { margin-right: 6px; }
.followup-detail { border-top: 2px solid #ddd; margin-top: 12px; padding-top: 8px; }`;
  document.head.appendChild(style);
}

// ---------------------------------------------------------------------------------------------
// Plugins

/** The diagram of the process definition page, shared with its finished-instances tab. */
const definitionDiagram = {viewer: null, pending: null};

function showOnDefinitionDiagram(model) {
  definitionDiagram.pending = model;
  if (definitionDiagram.viewer) {
    try {
      if (model) {
        markPath(definitionDiagram.viewer, model);
      } else {
        clearPath(definitionDiagram.viewer);
      }
    } catch (e) {
      // the diagram is being torn down with the page
    }
  }
}

function renderInstanceTab(node, {api, processInstanceId}) {
  show(node, message('Đang tải nhật ký theo dõi…'));
  audit(engineApi(api), processInstanceId)
    .then(model => show(node, renderAudit(model)))
    .catch(error => show(node, message(errorText(error), 'danger')));
}

function renderFinishedTab(node, {api, processDefinitionId}) {
  const base = engineApi(api);
  const state = {term: '', page: 0, selected: null};
  const input = h('input', {type: 'search', className: 'form-control followup-search', name: 'followup-business-key',
    placeholder: 'Mã nghiệp vụ, ví dụ xuan-tang-2021-11/2.1.3', 'aria-label': 'Tìm theo mã nghiệp vụ'});
  const results = h('div', {className: 'followup-results'});
  const detail = h('div', {className: 'followup-detail-area'});
  const form = h('form', {className: 'form-inline', onSubmit: event => {
    event.preventDefault();
    state.term = input.value.trim();
    state.page = 0;
    load();
  }}, input, h('button', {type: 'submit', className: 'btn btn-default'}, 'Tìm'));

  function params() {
    const query = {processDefinitionId, finished: true};
    if (state.term) {
      query.processInstanceBusinessKeyLike = '%' + state.term + '%';
    }
    return query;
  }

  async function load() {
    show(results, message('Đang tìm…'));
    try {
      const [count, instances] = await Promise.all([
        getJson(base + '/history/process-instance/count', params()),
        getJson(base + '/history/process-instance', {...params(), sortBy: 'endTime', sortOrder: 'desc',
          firstResult: state.page * LIST_PAGE_SIZE, maxResults: LIST_PAGE_SIZE})
      ]);
      showList(count.count, instances);
    } catch (error) {
      show(results, message(errorText(error), 'danger'));
    }
  }

  function showList(total, instances) {
    if (!instances.length) {
      show(results, message(state.term
        ? 'Không có phiên đã kết thúc nào có mã nghiệp vụ chứa “' + state.term + '”.'
        : 'Chưa có phiên nào của phiên bản quy trình này kết thúc.'));
      return;
    }
    const rows = instances.map(instance => h('tr', {
      className: state.selected === instance.id ? 'followup-selected' : null,
      'data-instance-id': instance.id
    },
    h('td', null, h('button', {type: 'button', className: 'btn btn-link followup-open',
      title: 'Xem đường đi và nhật ký theo dõi', onClick: () => open(instance)}, instance.businessKey || instance.id)),
    h('td', null, formatDateTime(parseDate(instance.startTime))),
    h('td', null, formatDateTime(parseDate(instance.endTime))),
    h('td', null, INSTANCE_STATES[instance.state] || instance.state || ''),
    h('td', null, instance.businessKey ? itemPageLink(instance.businessKey, 'Hồ sơ nội dung') : null)));
    const pages = Math.ceil(total / LIST_PAGE_SIZE);
    show(results,
      h('p', null, 'Tìm thấy ' + total + ' phiên đã kết thúc' + (pages > 1
        ? ', trang ' + (state.page + 1) + '/' + pages : '') + '.'),
      table('finished', ['Mã nghiệp vụ', 'Bắt đầu', 'Kết thúc', 'Tình trạng phiên', 'Hồ sơ'], rows),
      pages > 1 ? h('div', {className: 'followup-pager'},
        h('button', {type: 'button', className: 'btn btn-default btn-sm', disabled: state.page === 0,
          onClick: () => { state.page -= 1; load(); }}, 'Trang trước'),
        h('button', {type: 'button', className: 'btn btn-default btn-sm', disabled: state.page >= pages - 1,
          onClick: () => { state.page += 1; load(); }}, 'Trang sau')) : null);
  }

  async function open(instance) {
    state.selected = instance.id;
    results.querySelectorAll('tr[data-instance-id]').forEach(row =>
      row.classList.toggle('followup-selected', row.getAttribute('data-instance-id') === instance.id));
    show(detail, message('Đang tải nhật ký theo dõi…'));
    try {
      const model = await audit(base, instance.id, instance);
      if (state.selected !== instance.id) {
        return;
      }
      showOnDefinitionDiagram(model);
      show(detail, h('div', {className: 'followup-detail'},
        h('button', {type: 'button', className: 'btn btn-default btn-sm pull-right', onClick: close},
          'Đóng chi tiết'),
        h('h4', null, 'Phiên ' + (instance.businessKey || instance.id)),
        renderAudit(model)));
      detail.scrollIntoView({block: 'start'});
    } catch (error) {
      show(detail, message(errorText(error), 'danger'));
    }
  }

  function close() {
    state.selected = null;
    showOnDefinitionDiagram(null);
    show(detail);
    results.querySelectorAll('tr.followup-selected').forEach(row => row.classList.remove('followup-selected'));
  }

  show(node, h('div', {className: 'followup-finished'},
    h('p', null, 'Các phiên đã kết thúc của phiên bản quy trình này, mới nhất trước. Chọn một phiên để xem '
      + 'đường đi trên sơ đồ và nhật ký theo dõi của nội dung.'),
    form, results, detail));
  load();
  // Opened from another view (the follow-up dashboard, an item's timeline) for one finished
  // instance: show it at once.
  const requested = new URLSearchParams(window.location.hash.split('?')[1] || '').get('followupInstance');
  if (requested) {
    getJson(base + '/history/process-instance/' + encodeURIComponent(requested))
      .then(instance => open(instance))
      .catch(error => show(detail, message(errorText(error), 'danger')));
  }
}

export default [
  {
    id: 'followup-instance-audit',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 1,
    properties: {label: 'Lịch sử xử lý'},
    render: renderInstanceTab
  },
  {
    id: 'followup-instance-path',
    pluginPoint: 'cockpit.processInstance.diagram.plugin',
    priority: 1,
    render(viewer, {api, processInstanceId}) {
      audit(engineApi(api), processInstanceId)
        .then(model => markPath(viewer, model))
        .catch(() => { /* the tab says why */ });
    }
  },
  {
    id: 'followup-finished-instances',
    pluginPoint: 'cockpit.processDefinition.runtime.tab',
    priority: 1,
    properties: {label: 'Phiên đã kết thúc'},
    render: renderFinishedTab,
    unmount() {
      showOnDefinitionDiagram(null);
    }
  },
  {
    id: 'followup-finished-path',
    pluginPoint: 'cockpit.processDefinition.diagram.plugin',
    priority: 1,
    render(viewer) {
      definitionDiagram.viewer = viewer;
      if (definitionDiagram.pending) {
        markPath(viewer, definitionDiagram.pending);
      }
    },
    unmount() {
      definitionDiagram.viewer = null;
    }
  }
];
