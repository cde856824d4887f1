// Follow-up dashboard "Tình hình thực hiện" in Cockpit: the status report of GET /api/reports/status
// (the project's API, read with the Cockpit login, so the user's own rights apply) as tiles, the
// agencies ranked by overdue share with a bar chart, the overdue items by age band and the extended
// items, for a date ("tính đến ngày": a past date gives the frozen figures as of its end) and a notice.
// Every figure comes from the API; nothing is counted here. Users the API refuses get no menu entry.
// Plain ES module listed in config.js (customScripts): no build step, no CDN; the chart is plain SVG.
// Values are user input: every text goes into the page as a text node, never as HTML.

import {TIME_ZONE, h, show, HttpError, getJson} from '../../followup/followup-web.js';

const API = '/api/reports';
const ROUTE = '/tinh-hinh-thuc-hien';
const ITEM_PROCESS = 'Process_FollowUpItem';
const SVG = 'http://www.w3.org/2000/svg';

// Headings are the report's own (its JSON's `figures` and `columns`, the same words as the CSV and
// XLSX files): none is written here. The keys below only choose which figures a part shows.
/** The figures of an agency's row, by their key in the report's totals. */
const AGENCY_FIGURES = ['total', 'due', 'doneOnTime', 'doneLate', 'openInTerm', 'openExtended', 'openOverdue',
  'overdueShare'];

// ---------------------------------------------------------------------------------------------
// Reading

/** Whether the API lets the logged-in user read the reports; asked at each render (the user may change). */
function mayRead() {
  return getJson(API + '/access').then(() => true, () => false);
}

function reportUrl(state, format) {
  const params = new URLSearchParams();
  if (state.asOf) {
    params.set('asOf', state.asOf);
  }
  if (state.notice) {
    params.set('notice', state.notice);
  }
  if (format) {
    if (state.agency) {
      params.set('agency', state.agency);
    }
    params.set('format', format);
  }
  const query = params.toString();
  return API + '/status' + (query ? '?' + query : '');
}

function engineBase(api) {
  if (api && /^[\w.-]+$/.test(api.engine || '')) {
    return api.engineApi;
  }
  const match = window.location.pathname.match(/\/app\/cockpit\/([^/]+)/);
  return '/camunda/api/engine/engine/' + encodeURIComponent(match ? match[1] : 'default');
}

/** Opens an item: its running instance, or the finished-instance view of its definition. */
async function openItem(api, businessKey, link) {
  link.classList.add('followup-opening');
  try {
    const query = new URLSearchParams({processInstanceBusinessKey: businessKey, processDefinitionKey: ITEM_PROCESS,
      sortBy: 'startTime', sortOrder: 'desc', maxResults: '1'});
    const found = await getJson(engineBase(api) + '/history/process-instance?' + query);
    if (!found || !found.length) {
      throw new HttpError(404);
    }
    const instance = found[0];
    window.location.hash = instance.endTime
      ? '#/process-definition/' + encodeURIComponent(instance.processDefinitionId)
        + '/runtime?tab=followup-finished-instances&followupInstance=' + encodeURIComponent(instance.id)
      : '#/process-instance/' + encodeURIComponent(instance.id) + '/runtime';
  } catch (error) {
    link.classList.remove('followup-opening');
    link.title = error.status === 404 ? 'Không tìm thấy phiên quy trình của nội dung này.'
      : 'Không mở được nội dung này.';
    link.classList.add('followup-link-failed');
  }
}

// ---------------------------------------------------------------------------------------------
// Formatting

/** 2022-06-30 → 30/06/2022. */
function formatDate(iso) {
  if (!iso) {
    return '';
  }
  const [year, month, day] = String(iso).substring(0, 10).split('-');
  return day + '/' + month + '/' + year;
}

/** A share as the API rounds it, to one decimal: 100.0 → "100,0 %" (JSON itself keeps no trailing zero). */
function formatShare(value) {
  return value === null || value === undefined ? '—' : Number(value).toFixed(1).replace('.', ',') + ' %';
}

function formatFigure(figure, value) {
  return figure.share ? formatShare(value) : String(value);
}

function todayInVietnam() {
  return new Intl.DateTimeFormat('en-CA', {timeZone: TIME_ZONE, year: 'numeric', month: '2-digit',
    day: '2-digit'}).format(new Date());
}

function excerpt(text, length) {
  const flat = (text || '').replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : flat.substring(0, length - 1).replace(/\s+\S*$/, '') + '…';
}

function message(text, kind) {
  return h('div', {className: 'alert alert-' + (kind || 'info') + ' followup-dashboard-message'}, text);
}

function errorText(error) {
  if (error && (error.status === 401 || error.status === 403)) {
    return 'Anh/Chị không có quyền xem báo cáo tình hình thực hiện.';
  }
  return (error && error.message && !/^HTTP /.test(error.message) ? error.message
    : 'Không đọc được báo cáo. Vui lòng thử lại sau.');
}

// ---------------------------------------------------------------------------------------------
// Parts of the page

function tiles(report) {
  return h('div', {className: 'followup-tiles', 'data-followup': 'tiles'},
    report.figures.map(figure => h('div', {
      className: 'followup-tile followup-tile-' + figure.key, 'data-figure': figure.key},
    h('div', {className: 'followup-tile-value'}, formatFigure(figure, report.summary[figure.key])),
    h('div', {className: 'followup-tile-label'}, figure.label))));
}

function itemLink(api, item) {
  const link = h('a', {href: '#', className: 'followup-item-link', 'data-business-key': item.businessKey,
    title: 'Mở phiên quy trình của nội dung ' + item.itemNumber, onClick: event => {
      event.preventDefault();
      openItem(api, item.businessKey, link);
    }}, item.itemNumber);
  return link;
}

/** Horizontal bars of each agency's overdue share, drawn as plain SVG. */
function chart(agencies) {
  const rowHeight = 22;
  const labelWidth = 260;
  const barWidth = 360;
  const height = Math.max(1, agencies.length) * rowHeight + 24;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'followup-chart');
  svg.setAttribute('data-followup', 'chart');
  svg.setAttribute('width', String(labelWidth + barWidth + 70));
  svg.setAttribute('height', String(height));
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Tỷ lệ quá hạn theo cơ quan');
  const node = (tag, attributes, text) => {
    const element = document.createElementNS(SVG, tag);
    Object.entries(attributes).forEach(([name, value]) => element.setAttribute(name, String(value)));
    if (text !== undefined) {
      element.textContent = text;
    }
    svg.appendChild(element);
    return element;
  };
  [0, 50, 100].forEach(percent => {
    const x = labelWidth + barWidth * percent / 100;
    node('line', {x1: x, x2: x, y1: 0, y2: height - 18, stroke: '#ddd'});
    node('text', {x, y: height - 4, 'text-anchor': 'middle', 'font-size': 11, fill: '#666'}, percent + ' %');
  });
  agencies.forEach((row, index) => {
    const y = index * rowHeight;
    const share = Number(row.totals.overdueShare || 0);
    node('text', {x: labelWidth - 6, y: y + 15, 'text-anchor': 'end', 'font-size': 12},
      excerpt(row.agencyName || row.agency, 40));
    const bar = node('rect', {x: labelWidth, y: y + 4, width: Math.max(share > 0 ? 2 : 0, barWidth * share / 100),
      height: rowHeight - 8, fill: share > 0 ? '#c62828' : '#9e9e9e', 'data-agency': row.agency});
    const title = document.createElementNS(SVG, 'title');
    title.textContent = (row.agencyName || row.agency) + ': ' + formatShare(row.totals.overdueShare);
    bar.appendChild(title);
    node('text', {x: labelWidth + barWidth * share / 100 + 6, y: y + 15, 'font-size': 11, fill: '#333'},
      formatShare(row.totals.overdueShare));
  });
  return svg;
}

function agencyTable(report, state, onSelect) {
  const agencies = report.agencies;
  const figures = AGENCY_FIGURES.map(key => report.figures.find(figure => figure.key === key));
  const headers = [report.columns.rank, report.columns.leadAgency].concat(figures.map(figure => figure.label));
  return h('table', {className: 'table table-condensed table-hover followup-dashboard-table',
    'data-followup': 'agencies'},
  h('thead', null, h('tr', null, headers.map(header => h('th', null, header)))),
  h('tbody', null, agencies.map(row => h('tr', {
    'data-agency': row.agency,
    className: 'followup-agency-row' + (state.agency === row.agency ? ' followup-selected' : ''),
    title: 'Chọn để chỉ xem các nội dung do cơ quan này chủ trì',
    onClick: () => onSelect(state.agency === row.agency ? null : row.agency)},
  h('td', null, row.rank),
  h('td', null, row.agencyName || row.agency),
  figures.map(figure => h('td', {'data-figure': figure.key,
    className: figure.key === 'openOverdue' && row.totals[figure.key] > 0 ? 'followup-late' : null},
  formatFigure(figure, row.totals[figure.key])))))));
}

function overdueBands(api, report, agency) {
  const bands = report.overdueBands;
  const columns = report.columns;
  const parts = bands.map(band => {
    const items = band.items.filter(item => !agency || item.leadAgency === agency);
    return h('div', {className: 'followup-band', 'data-band': band.fromDays},
      h('h5', null, 'Quá hạn ' + band.label.charAt(0).toLowerCase() + band.label.substring(1) + ' (' + items.length + ')'),
      items.length ? h('table', {className: 'table table-condensed followup-dashboard-table', 'data-followup': 'overdue'},
        h('thead', null, h('tr', null, [columns.itemNumber, columns.notice, columns.itemText,
          columns.leadAgency, columns.dueDate, columns.daysOverdue, columns.reason].map(header => h('th', null, header)))),
        h('tbody', null, items.map(item => h('tr', {'data-business-key': item.businessKey},
          h('td', null, itemLink(api, item)),
          h('td', null, item.noticeLabel || item.noticeId),
          h('td', {title: item.itemText}, excerpt(item.itemText, 90)),
          h('td', null, item.leadAgencyName || item.leadAgency),
          h('td', null, formatDate(item.dueDate)),
          h('td', {className: 'followup-late'}, item.daysOverdue),
          h('td', null, item.reason || '')))))
        : null);
  });
  return h('div', {'data-followup': 'overdue-bands'}, parts);
}

function extensionsTable(api, report, agency) {
  const columns = report.columns;
  const items = report.extensions.filter(item => !agency || item.leadAgency === agency);
  if (!items.length) {
    return message('Không có nội dung nào được gia hạn.');
  }
  return h('table', {className: 'table table-condensed followup-dashboard-table', 'data-followup': 'extensions'},
    h('thead', null, h('tr', null, [columns.itemNumber, columns.notice, columns.leadAgency,
      columns.originalDueDate, columns.newDueDate, columns.extensionReason, columns.approvedBy, columns.timeliness].map(header => h('th', null, header)))),
    h('tbody', null, items.map(item => h('tr', {'data-business-key': item.businessKey},
      h('td', null, itemLink(api, item)),
      h('td', null, item.noticeLabel || item.noticeId),
      h('td', null, item.leadAgencyName || item.leadAgency),
      h('td', null, formatDate(item.originalDueDate)),
      h('td', null, formatDate(item.dueDate)),
      h('td', null, item.extensionReason || ''),
      h('td', null, item.extensionApprovedBy || ''),
      h('td', null, item.timelinessLabel || '')))));
}

// ---------------------------------------------------------------------------------------------
// The page

function renderPage(node, {api}) {
  const today = todayInVietnam();
  const state = {asOf: today, notice: '', agency: null, notices: [], report: null};
  const dateInput = h('input', {type: 'date', className: 'form-control', name: 'followup-as-of', value: today,
    max: today, 'aria-label': 'Tính đến ngày'});
  const noticeSelect = h('select', {className: 'form-control', name: 'followup-notice',
    'aria-label': 'Thông báo kết luận'});
  const xlsx = h('a', {className: 'btn btn-default', 'data-followup': 'xlsx', download: ''}, 'Tải XLSX');
  const csv = h('a', {className: 'btn btn-default', 'data-followup': 'csv', download: ''}, 'Tải CSV');
  const heading = h('p', {className: 'followup-dashboard-heading'});
  const body = h('div', {className: 'followup-dashboard-body'});

  dateInput.addEventListener('change', () => {
    const value = dateInput.value;
    if (!value || value > today) {
      dateInput.value = state.asOf;
      return;
    }
    state.asOf = value;
    load();
  });
  noticeSelect.addEventListener('change', () => {
    state.notice = noticeSelect.value;
    state.agency = null;
    load();
  });

  function fillNotices() {
    show(noticeSelect, h('option', {value: ''}, 'Tất cả thông báo'),
      state.notices.map(notice => h('option', {value: notice.noticeId, selected: notice.noticeId === state.notice},
        notice.noticeLabel || notice.noticeId)));
    noticeSelect.value = state.notice;
  }

  function updateDownloads() {
    xlsx.href = reportUrl(state, 'xlsx');
    csv.href = reportUrl(state, 'csv');
  }

  async function load() {
    updateDownloads();
    show(body, message('Đang tải báo cáo…'));
    node.setAttribute('data-loaded', 'false');
    try {
      const report = await getJson(reportUrl(state));
      state.report = report;
      if (!state.notice) {
        state.notices = report.notices.map(({noticeId, noticeLabel}) => ({noticeId, noticeLabel}));
        fillNotices();
      }
      render();
    } catch (error) {
      show(body, message(errorText(error), 'danger'));
    }
    node.setAttribute('data-loaded', 'true');
  }

  function select(agency) {
    state.agency = agency;
    updateDownloads();
    render();
  }

  function render() {
    const report = state.report;
    const agencyRow = report.agencies.find(row => row.agency === state.agency);
    show(heading, 'Số liệu đến hết ngày ' + formatDate(report.asOf)
      + (report.asOf < today ? ' (số liệu chốt tại ngày đó, không đổi theo diễn biến sau)' : ' (hôm nay)')
      + ', lập lúc ' + new Date(report.generatedAt).toLocaleString('vi-VN', {timeZone: TIME_ZONE}) + '.');
    show(body,
      tiles(report),
      h('h4', null, 'Theo cơ quan chủ trì, xếp theo tỷ lệ quá hạn'),
      report.agencies.length ? [chart(report.agencies), agencyTable(report, state, select)]
        : message('Chưa có nội dung nào.'),
      h('h4', null, 'Nội dung quá hạn theo thời gian quá hạn', agencyRow
        ? h('span', {className: 'followup-filter'}, ' — ' + (agencyRow.agencyName || agencyRow.agency) + ' ',
          h('button', {type: 'button', className: 'btn btn-link btn-xs', onClick: () => select(null)}, 'Bỏ lọc'))
        : null),
      overdueBands(api, report, state.agency),
      h('h4', null, 'Nội dung đã gia hạn'),
      extensionsTable(api, report, state.agency));
  }

  show(node, h('div', {className: 'followup-dashboard', 'data-followup': 'dashboard'},
    h('h2', null, 'Tình hình thực hiện các thông báo kết luận'),
    h('form', {className: 'form-inline followup-dashboard-controls', onSubmit: event => event.preventDefault()},
      h('label', null, 'Tính đến ngày ', dateInput), ' ',
      h('label', null, 'Thông báo ', noticeSelect), ' ',
      xlsx, ' ', csv),
    heading,
    body));
  fillNotices();
  load();
}

/** The dashboard's part on Cockpit's start page: today's tiles and a link to the page. */
function renderSummary(node) {
  mayRead().then(allowed => {
    if (!allowed) {
      show(node);
      return;
    }
    show(node, message('Đang tải…'));
    getJson(reportUrl({})).then(report => show(node, h('div', {className: 'followup-dashboard'},
      h('p', null, 'Số liệu đến hết hôm nay, tất cả thông báo. ',
        h('a', {href: '#' + ROUTE, 'data-followup': 'open-dashboard'}, 'Xem chi tiết theo cơ quan, nội dung quá hạn, gia hạn')),
      tiles(report))))
      .catch(error => show(node, message(errorText(error), 'danger')));
  });
}

// ---------------------------------------------------------------------------------------------
// Styles

const STYLE_ID = 'followup-dashboard-style';
if (!document.getElementById(STYLE_ID)) {
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `
.followup-dashboard { padding: 8px 16px 32px; }
.followup-dashboard-controls label { font-weight: normal; margin-right: 12px; }
.followup-dashboard-controls select { max-width: 420px; }
.followup-tiles { display: flex; flex-wrap: wrap; gap: 8px; margin: 12px 0; }
.followup-tile { border: 1px solid #ddd; border-radius: 4px; padding: 8px 12px; min-width: 140px; background: #fafafa; }
.followup-tile-value { font-size: 24px; font-weight: bold; }
.followup-tile-label { font-size: 12px; color: #555; }
.followup-tile-openOverdue, .followup-tile-overdueShare { border-color: #c62828; background: #ffebee; }
.followup-tile-doneOnTime { border-color: #2e7d32; background: #e8f5e9; }
.followup-dashboard-table { font-size: 12px; }
.followup-dashboard-table td.followup-late { color: #c62828; font-weight: bold; }
.followup-agency-row { cursor: pointer; }
.followup-agency-row.followup-selected td { background: #e3f2fd; }
.followup-chart { display: block; margin: 8px 0 12px; }
.followup-band h5 { font-weight: bold; margin-top: 14px; }
.followup-link-failed { color: #c62828; }
.followup-opening { cursor: progress; }`;
  document.head.appendChild(style);
}

// ---------------------------------------------------------------------------------------------
// Plugins

export default [
  {
    id: 'followup-dashboard-page',
    pluginPoint: 'cockpit.route',
    properties: {path: ROUTE},
    render: renderPage
  },
  {
    id: 'followup-dashboard-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 100,
    properties: {pagePath: '#' + ROUTE, label: 'Tình hình thực hiện',
      checkActive: path => path.indexOf('#' + ROUTE) > -1},
    render(node) {
      mayRead().then(allowed => show(node, allowed
        ? h('a', {href: '#' + ROUTE, 'data-followup': 'dashboard-menu'}, 'Tình hình thực hiện') : null));
    }
  },
  {
    id: 'followup-dashboard-summary',
    pluginPoint: 'cockpit.dashboard',
    priority: 200,
    properties: {label: 'Tình hình thực hiện'},
    render: renderSummary
  }
];
