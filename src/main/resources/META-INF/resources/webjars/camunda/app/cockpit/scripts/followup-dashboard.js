// Follow-up dashboard "Tình hình thực hiện" in Cockpit, the leaders' home: the status report of
// GET /api/reports/status (the project's API, read with the Cockpit login, so the user's own rights
// apply) as tiles, each of which lists its items when chosen; the figures week by week
// (GET /api/reports/trend) as a line chart and a table; the agencies ranked by overdue share with a
// bar chart, the overdue items by age band and the extended items, for a date ("tính đến ngày",
// typed dd/mm/yyyy: a past date gives the frozen figures as of its end) and a notice (its own view:
// its figures, its trend and every item with its state). Each item links to its page
// "Hồ sơ nội dung" (#/ho-so-noi-dung/<business key>). Every figure comes from the API; nothing is
// counted here. Users the API refuses get no menu entry.
// Plain ES module listed in config.js (customScripts): no build step, no CDN; the chart is plain SVG.
// Values are user input: every text goes into the page as a text node, never as HTML.

import {TIME_ZONE, h, show, getJson, typedDate} from '../../followup/followup-web.js';

const API = '/api/reports';
const ROUTE = '/tinh-hinh-thuc-hien';
/** The item page "Hồ sơ nội dung" (its own script), by the item's business key. */
const ITEM_ROUTE = '#/ho-so-noi-dung/';
const SVG = 'http://www.w3.org/2000/svg';
/** Weeks of the trend. */
const TREND_WEEKS = 12;
/** The figures the trend draws as lines, with their colours; its table shows TREND_TABLE. */
const TREND_LINES = [['total', '#757575'], ['openOverdue', '#c62828'], ['dueSoon', '#ef6c00'],
  ['doneOnTime', '#2e7d32']];
const TREND_TABLE = ['total', 'due', 'doneOnTime', 'doneLate', 'openOverdue', 'dueSoon', 'overdueShare'];
/** Figures shown in red when above zero, and in amber. */
const ALERT_FIGURES = ['openOverdue', 'overdueShare'];
const WARNING_FIGURES = ['dueSoon'];
/** No record of the product is older (as the API says). */
const EARLIEST = '2000-01-01';

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

/** An instant as Vietnam's clock and calendar show it: "19:10:03 07/12/2026", whatever the browser's. */
function formatDateTime(instant) {
  const parts = {};
  new Intl.DateTimeFormat('en-GB', {timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23'}).formatToParts(new Date(instant))
    .forEach(part => {
      parts[part.type] = part.value;
    });
  return parts.hour + ':' + parts.minute + ':' + parts.second + ' ' + parts.day + '/' + parts.month + '/' + parts.year;
}

/**
 * A date typed as dd/mm/yyyy (one-digit day and month allowed) → {iso: '2026-12-07'}, or
 * {error: '…'} in Vietnamese for a malformed, impossible, too early or future date.
 */
function parseDate(text, today) {
  const iso = typedDate(text);
  if (iso === null) {
    return {error: 'Ngày phải có dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ ' + formatDate(today) + '.'};
  }
  if (iso.impossible) {
    return {error: 'Ngày ' + iso.impossible + ' không có thật.'};
  }
  if (iso < EARLIEST) {
    return {error: 'Chỉ xem được số liệu từ ngày ' + formatDate(EARLIEST) + ' trở đi.'};
  }
  if (iso > today) {
    return {error: 'Ngày ' + formatDate(iso) + ' chưa đến: chỉ xem được số liệu đến hết hôm nay ('
      + formatDate(today) + ') hoặc một ngày đã qua.'};
  }
  return {iso};
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

/** How a figure's tile is coloured: red or amber only when it counts something. */
function tileTone(key, value) {
  const positive = value !== null && value !== undefined && Number(value) > 0;
  if (positive && ALERT_FIGURES.includes(key)) {
    return ' followup-tile-alert';
  }
  if (positive && WARNING_FIGURES.includes(key)) {
    return ' followup-tile-warning';
  }
  return key === 'doneOnTime' && positive ? ' followup-tile-good' : '';
}

/** The report's figures as tiles; with onChoose, each is a button that lists its items. */
function tiles(report, chosen, onChoose) {
  return h('div', {className: 'followup-tiles', 'data-followup': 'tiles'},
    report.figures.map(figure => h(onChoose ? 'button' : 'div', {
      type: onChoose ? 'button' : null,
      className: 'followup-tile followup-tile-' + figure.key + tileTone(figure.key, report.summary[figure.key])
        + (chosen === figure.key ? ' followup-selected' : ''),
      'data-figure': figure.key,
      'aria-pressed': onChoose ? String(chosen === figure.key) : null,
      title: onChoose ? 'Xem danh sách các nội dung của số liệu này' : null,
      onClick: onChoose ? () => onChoose(chosen === figure.key ? null : figure.key) : null},
    h('div', {className: 'followup-tile-value'}, formatFigure(figure, report.summary[figure.key])),
    h('div', {className: 'followup-tile-label'}, figure.label))));
}

/** The item's number, linking to its page "Hồ sơ nội dung". */
function itemLink(item) {
  return h('a', {href: ITEM_ROUTE + encodeURIComponent(item.businessKey), className: 'followup-item-link',
    'data-business-key': item.businessKey, title: 'Mở hồ sơ nội dung ' + item.itemNumber}, item.itemNumber);
}

/** A wide table scrolls sideways inside the page on a narrow screen. */
function scroll(table) {
  return h('div', {className: 'followup-scroll'}, table);
}

/** The figures week by week: a line per figure of TREND_LINES, a point per week, drawn as plain SVG. */
function trendChart(trend) {
  const points = trend.points;
  const width = 720;
  const height = 240;
  const left = 44;
  const right = 16;
  const top = 12;
  const bottom = 40;
  const max = Math.max(1, ...points.flatMap(point => TREND_LINES.map(([key]) => Number(point.summary[key] || 0))));
  const x = index => left + (points.length < 2 ? (width - left - right) / 2
    : index * (width - left - right) / (points.length - 1));
  const y = value => top + (height - top - bottom) * (1 - Number(value || 0) / max);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'followup-chart followup-trend-chart');
  svg.setAttribute('data-followup', 'trend-chart');
  svg.setAttribute('data-points', String(points.length));
  svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Diễn biến số liệu theo tuần');
  const node = (tag, attributes, text, parent) => {
    const element = document.createElementNS(SVG, tag);
    Object.entries(attributes).forEach(([name, value]) => element.setAttribute(name, String(value)));
    if (text !== undefined) {
      element.textContent = text;
    }
    (parent || svg).appendChild(element);
    return element;
  };
  const step = Math.pow(10, Math.floor(Math.log10(max)));
  const tick = max / step > 5 ? step * 2 : max / step > 2 ? step : Math.max(1, step / 2);
  for (let value = 0; value <= max; value += tick) {
    node('line', {x1: left, x2: width - right, y1: y(value), y2: y(value), stroke: '#e0e0e0'});
    node('text', {x: left - 6, y: y(value) + 4, 'text-anchor': 'end', 'font-size': 11, fill: '#666'}, String(value));
  }
  const labelEvery = Math.max(1, Math.ceil(points.length / 6));
  points.forEach((point, index) => {
    if ((points.length - 1 - index) % labelEvery === 0) {
      node('text', {x: x(index), y: height - bottom + 16, 'text-anchor': 'middle', 'font-size': 11, fill: '#666'},
        formatDate(point.asOf).substring(0, 5));
    }
  });
  TREND_LINES.forEach(([key, colour]) => {
    const figure = trend.figures.find(candidate => candidate.key === key);
    const group = node('g', {'data-series': key});
    node('polyline', {fill: 'none', stroke: colour, 'stroke-width': 2,
      points: points.map((point, index) => x(index) + ',' + y(point.summary[key])).join(' ')}, undefined, group);
    points.forEach((point, index) => {
      const dot = node('circle', {cx: x(index), cy: y(point.summary[key]), r: 3, fill: colour,
        'data-as-of': point.asOf, 'data-value': point.summary[key]}, undefined, group);
      node('title', {}, figure.label + ' đến hết ngày ' + formatDate(point.asOf) + ': ' + point.summary[key],
        dot);
    });
  });
  return svg;
}

function trendLegend(trend) {
  return h('p', {className: 'followup-legend'}, TREND_LINES.map(([key, colour]) => h('span',
    {className: 'followup-legend-entry'}, h('span', {className: 'followup-swatch', style: 'background:' + colour}),
    trend.figures.find(figure => figure.key === key).label)));
}

function trendTable(trend) {
  const figures = TREND_TABLE.map(key => trend.figures.find(figure => figure.key === key));
  return scroll(h('table', {className: 'table table-condensed followup-dashboard-table', 'data-followup': 'trend'},
    h('thead', null, h('tr', null, h('th', null, 'Tính đến hết ngày'), figures.map(figure => h('th', null,
      figure.label)))),
    h('tbody', null, trend.points.slice().reverse().map(point => h('tr', {'data-as-of': point.asOf},
      h('td', null, formatDate(point.asOf)),
      figures.map(figure => h('td', {'data-figure': figure.key}, formatFigure(figure, point.summary[figure.key]))))))));
}

/** Every item of the report, or those a figure counts, of the chosen agency if one is. */
function itemsTable(report, figureKey, agency) {
  const columns = report.columns;
  const counted = figureKey ? new Set(report.figureItems[figureKey]) : null;
  const items = report.notices.flatMap(notice => notice.items)
    .filter(item => (!counted || counted.has(item.businessKey)) && (!agency || item.leadAgency === agency));
  if (!items.length) {
    return message('Không có nội dung nào.');
  }
  return scroll(h('table', {className: 'table table-condensed followup-dashboard-table', 'data-followup': 'items'},
    h('thead', null, h('tr', null, [columns.itemNumber, columns.notice, columns.itemText, columns.leadAgency,
      columns.lifecycle, columns.timeliness, columns.dueDate, columns.daysOverdue].map(header => h('th', null, header)))),
    h('tbody', null, items.map(item => h('tr', {'data-business-key': item.businessKey, 'data-timeliness': item.timeliness},
      h('td', null, itemLink(item)),
      h('td', null, item.noticeLabel || item.noticeId),
      h('td', {title: item.itemText}, excerpt(item.itemText, 90)),
      h('td', null, item.leadAgencyName || item.leadAgency),
      h('td', null, item.lifecycleLabel || ''),
      h('td', {className: item.timeliness === 'OPEN_OVERDUE' ? 'followup-late' : null}, item.timelinessLabel || ''),
      h('td', {className: item.dueSoon ? 'followup-soon' : null}, formatDate(item.dueDate)),
      h('td', {className: item.daysOverdue ? 'followup-late' : null}, item.daysOverdue || ''))))));
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
  svg.setAttribute('viewBox', '0 0 ' + (labelWidth + barWidth + 70) + ' ' + height);
  svg.style.maxWidth = (labelWidth + barWidth + 70) + 'px';
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
  return scroll(h('table', {className: 'table table-condensed table-hover followup-dashboard-table',
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
  formatFigure(figure, row.totals[figure.key]))))))));
}

function overdueBands(report, agency) {
  const bands = report.overdueBands;
  const columns = report.columns;
  const parts = bands.map(band => {
    const items = band.items.filter(item => !agency || item.leadAgency === agency);
    return h('div', {className: 'followup-band', 'data-band': band.fromDays},
      h('h5', null, 'Quá hạn ' + band.label.charAt(0).toLowerCase() + band.label.substring(1) + ' (' + items.length + ')'),
      items.length ? scroll(h('table', {className: 'table table-condensed followup-dashboard-table', 'data-followup': 'overdue'},
        h('thead', null, h('tr', null, [columns.itemNumber, columns.notice, columns.itemText,
          columns.leadAgency, columns.dueDate, columns.daysOverdue, columns.reason].map(header => h('th', null, header)))),
        h('tbody', null, items.map(item => h('tr', {'data-business-key': item.businessKey},
          h('td', null, itemLink(item)),
          h('td', null, item.noticeLabel || item.noticeId),
          h('td', {title: item.itemText}, excerpt(item.itemText, 90)),
          h('td', null, item.leadAgencyName || item.leadAgency),
          h('td', null, formatDate(item.dueDate)),
          h('td', {className: 'followup-late'}, item.daysOverdue),
          h('td', null, item.reason || ''))))))
        : null);
  });
  return h('div', {'data-followup': 'overdue-bands'}, parts);
}

function extensionsTable(report, agency) {
  const columns = report.columns;
  const items = report.extensions.filter(item => !agency || item.leadAgency === agency);
  if (!items.length) {
    return message('Không có nội dung nào được gia hạn.');
  }
  return scroll(h('table', {className: 'table table-condensed followup-dashboard-table', 'data-followup': 'extensions'},
    h('thead', null, h('tr', null, [columns.itemNumber, columns.notice, columns.leadAgency,
      columns.originalDueDate, columns.newDueDate, columns.extensionReason, columns.approvedBy, columns.timeliness].map(header => h('th', null, header)))),
    h('tbody', null, items.map(item => h('tr', {'data-business-key': item.businessKey},
      h('td', null, itemLink(item)),
      h('td', null, item.noticeLabel || item.noticeId),
      h('td', null, item.leadAgencyName || item.leadAgency),
      h('td', null, formatDate(item.originalDueDate)),
      h('td', null, formatDate(item.dueDate)),
      h('td', null, item.extensionReason || ''),
      h('td', null, item.extensionApprovedBy || ''),
      h('td', null, item.timelinessLabel || ''))))));
}

// ---------------------------------------------------------------------------------------------
// The page

function trendUrl(state) {
  const params = new URLSearchParams({weeks: String(TREND_WEEKS)});
  if (state.asOf) {
    params.set('asOf', state.asOf);
  }
  if (state.notice) {
    params.set('notice', state.notice);
  }
  return API + '/trend?' + params;
}

function renderPage(node) {
  const today = todayInVietnam();
  const state = {asOf: today, notice: '', agency: null, figure: null, notices: [], report: null, trend: null};
  // A text field read as dd/mm/yyyy, not the browser's date input, which shows its own locale's order.
  const dateInput = h('input', {type: 'text', inputmode: 'numeric', className: 'form-control', name: 'followup-as-of',
    value: formatDate(today), placeholder: 'dd/mm/yyyy', maxlength: 10, size: 10, autocomplete: 'off',
    'aria-label': 'Tính đến ngày (ngày/tháng/năm)'});
  const dateError = h('span', {className: 'followup-date-error', role: 'alert', 'data-followup': 'date-error'});
  const noticeSelect = h('select', {className: 'form-control', name: 'followup-notice',
    'aria-label': 'Thông báo kết luận'});
  const xlsx = h('a', {className: 'btn btn-default', 'data-followup': 'xlsx', download: ''}, 'Tải XLSX');
  const csv = h('a', {className: 'btn btn-default', 'data-followup': 'csv', download: ''}, 'Tải CSV');
  const heading = h('p', {className: 'followup-dashboard-heading'});
  const body = h('div', {className: 'followup-dashboard-body'});

  function readDate() {
    const parsed = parseDate(dateInput.value, today);
    if (parsed.error) {
      show(dateError, parsed.error);
      dateInput.setAttribute('aria-invalid', 'true');
      dateInput.closest('.form-group').classList.add('has-error');
      return;
    }
    show(dateError);
    dateInput.removeAttribute('aria-invalid');
    dateInput.closest('.form-group').classList.remove('has-error');
    dateInput.value = formatDate(parsed.iso);
    if (parsed.iso !== state.asOf) {
      state.asOf = parsed.iso;
      load();
    }
  }

  dateInput.addEventListener('change', readDate);
  noticeSelect.addEventListener('change', () => {
    state.notice = noticeSelect.value;
    state.agency = null;
    state.figure = null;
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
      const [report, trend] = await Promise.all([getJson(reportUrl(state)),
        getJson(trendUrl(state)).catch(error => ({error}))]);
      state.report = report;
      state.trend = trend;
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

  function choose(figure) {
    state.figure = figure;
    render();
    if (figure) {
      const list = body.querySelector("[data-followup='item-list']");
      if (list && list.scrollIntoView) {
        list.scrollIntoView({block: 'start'});
      }
    }
  }

  function itemList(report) {
    const figure = report.figures.find(candidate => candidate.key === state.figure);
    const agencyRow = report.agencies.find(row => row.agency === state.agency);
    const notice = state.notices.find(candidate => candidate.noticeId === state.notice);
    const title = figure ? 'Danh sách nội dung: ' + figure.label
      : 'Các nội dung của ' + (notice ? notice.noticeLabel || notice.noticeId : 'thông báo');
    const filtered = figure || agencyRow;
    return h('div', {'data-followup': 'item-list', 'data-figure': state.figure || ''},
      h('h4', null, title, agencyRow ? ' — ' + (agencyRow.agencyName || agencyRow.agency) : null,
        filtered ? h('button', {type: 'button', className: 'btn btn-link btn-xs', 'data-followup': 'clear-figure',
          onClick: () => {
            state.agency = null;
            updateDownloads();
            choose(null);
          }}, 'Bỏ lọc') : null),
      itemsTable(report, state.figure, state.agency));
  }

  function trendPart() {
    const trend = state.trend;
    const title = h('h4', null, 'Diễn biến theo tuần (' + TREND_WEEKS + ' tuần đến hết ngày ' + formatDate(state.asOf) + ')');
    if (!trend || trend.error) {
      return [title, message(errorText(trend && trend.error), 'warning')];
    }
    return h('div', {'data-followup': 'trend-part'}, title, trendLegend(trend), trendChart(trend), trendTable(trend));
  }

  function render() {
    const report = state.report;
    const agencyRow = report.agencies.find(row => row.agency === state.agency);
    show(heading, 'Số liệu đến hết ngày ' + formatDate(report.asOf)
      + (report.asOf < today ? ' (số liệu chốt tại ngày đó, không đổi theo diễn biến sau)' : ' (hôm nay)')
      + ', lập lúc ' + formatDateTime(report.generatedAt) + '. Sắp đến hạn: hạn cuối trong ' + report.dueSoonDays
      + ' ngày tới. Chọn một số liệu để xem danh sách nội dung.');
    show(body,
      tiles(report, state.figure, choose),
      state.figure || state.notice || state.agency ? itemList(report) : null,
      trendPart(),
      h('h4', null, 'Theo cơ quan chủ trì, xếp theo tỷ lệ quá hạn'),
      report.agencies.length ? [chart(report.agencies), agencyTable(report, state, select)]
        : message('Chưa có nội dung nào.'),
      h('h4', null, 'Nội dung quá hạn theo thời gian quá hạn', agencyRow
        ? h('span', {className: 'followup-filter'}, ' — ' + (agencyRow.agencyName || agencyRow.agency) + ' ',
          h('button', {type: 'button', className: 'btn btn-link btn-xs', onClick: () => select(null)}, 'Bỏ lọc'))
        : null),
      overdueBands(report, state.agency),
      h('h4', null, 'Nội dung đã gia hạn'),
      extensionsTable(report, state.agency));
  }

  show(node, h('div', {className: 'followup-dashboard', 'data-followup': 'dashboard'},
    h('h2', null, 'Tình hình thực hiện các thông báo kết luận'),
    h('form', {className: 'form-inline followup-dashboard-controls', novalidate: true,
      onSubmit: event => {
        event.preventDefault();
        readDate();
      }},
    h('div', {className: 'form-group'}, h('label', null, 'Tính đến ngày ', dateInput), ' ', dateError), ' ',
    h('div', {className: 'form-group'}, h('label', null, 'Thông báo ', noticeSelect)), ' ',
    xlsx, ' ', csv),
    heading,
    body));
  fillNotices();
  load();
}

/** The dashboard's part on Cockpit's start page (administrators and operations): today's tiles and a link to the page. */
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
.followup-dashboard-controls .form-group { margin-right: 12px; vertical-align: top; }
.followup-dashboard-controls label { font-weight: normal; }
.followup-dashboard-controls input[name='followup-as-of'] { width: 8em; }
.followup-dashboard-controls select { max-width: 420px; }
.followup-date-error { color: #c62828; display: inline-block; max-width: 420px; }
.followup-tiles { display: flex; flex-wrap: wrap; gap: 8px; margin: 12px 0; }
.followup-tile { border: 1px solid #ddd; border-radius: 4px; padding: 8px 12px; min-width: 140px; max-width: 220px;
  background: #fafafa; text-align: left; font: inherit; color: inherit; }
button.followup-tile { cursor: pointer; }
button.followup-tile:hover { border-color: #1565c0; }
.followup-tile.followup-selected { border-color: #1565c0; box-shadow: 0 0 0 2px #90caf9; }
.followup-tile-value { font-size: 24px; font-weight: bold; }
.followup-tile-label { font-size: 12px; color: #555; }
.followup-tile-alert { border-color: #c62828; background: #ffebee; }
.followup-tile-warning { border-color: #ef6c00; background: #fff3e0; }
.followup-tile-good { border-color: #2e7d32; background: #e8f5e9; }
.followup-scroll { overflow-x: auto; max-width: 100%; }
.followup-dashboard-table { font-size: 12px; }
.followup-dashboard-table td.followup-late { color: #c62828; font-weight: bold; }
.followup-dashboard-table td.followup-soon { color: #ef6c00; font-weight: bold; }
.followup-agency-row { cursor: pointer; }
.followup-agency-row.followup-selected td { background: #e3f2fd; }
.followup-chart { display: block; margin: 8px 0 12px; width: 100%; height: auto; }
.followup-trend-chart { max-width: 720px; }
.followup-legend-entry { margin-right: 16px; font-size: 12px; white-space: nowrap; }
.followup-swatch { display: inline-block; width: 12px; height: 3px; margin-right: 4px; vertical-align: middle; }
.followup-band h5 { font-weight: bold; margin-top: 14px; }
@media (max-width: 600px) {
  .followup-dashboard { padding: 4px 8px 24px; }
  .followup-tile { min-width: calc(50% - 4px); max-width: none; flex: 1 1 calc(50% - 4px); }
  .followup-dashboard-controls .form-group { display: block; margin-bottom: 6px; }
}`;
  document.head.appendChild(style);
}

// ---------------------------------------------------------------------------------------------
// Plugins

export default [
  {
    id: 'followup-dashboard-page',
    pluginPoint: 'cockpit.route',
    properties: {path: ROUTE},
    render: node => renderPage(node)
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
