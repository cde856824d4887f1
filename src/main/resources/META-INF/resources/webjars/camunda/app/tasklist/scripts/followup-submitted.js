// Tasklist header: "Đã gửi", what the user's own agencies have sent (their written responses) and
// where each item stands, read-only. The list, its headings and the states in words come from the
// server (GET /api/me/submitted, vn.followup.report.SubmittedController), asked when the list is
// opened; it answers only with the items of the agencies the user is a member of, and a user of no
// agency is not offered the button.
// Every value is put in the page as text.
import {h, show, getJson} from '../../followup/followup-web.js';

const API = '/api/me/submitted';
const PANEL = 'followup-submitted';

function close() {
  const panel = document.getElementById(PANEL);
  if (panel) {
    panel.remove();
  }
}

function table(body) {
  if (!body.rows.length) {
    return h('p', {className: 'followup-submitted-empty'}, 'Cơ quan, đơn vị của bạn chưa gửi văn bản trả lời nào.');
  }
  return h('table', {className: 'table table-condensed followup-submitted-table'},
    h('thead', null, h('tr', null, body.columns.map(column => h('th', {scope: 'col'}, column.label)))),
    h('tbody', null, body.rows.map(row => h('tr', {'data-business-key': row.businessKey},
      body.columns.map(column => h('td', {'data-field': column.field}, row[column.field]))))));
}

async function openPanel() {
  close();
  const content = h('div', {className: 'followup-submitted-content'}, 'Đang tải…');
  const panel = h('section', {id: PANEL, className: 'followup-submitted-panel', role: 'dialog', 'aria-modal': 'true',
    'aria-labelledby': PANEL + '-title'},
  h('div', {className: 'followup-submitted-box'},
    h('header', null,
      h('h3', {id: PANEL + '-title'}, 'Đã gửi'),
      h('button', {type: 'button', className: 'btn btn-default btn-sm', onClick: close}, 'Đóng')),
    content));
  panel.addEventListener('click', event => {
    if (event.target === panel) {
      close();
    }
  });
  document.body.appendChild(panel);
  try {
    const body = await getJson(API);
    show(content, h('p', {className: 'followup-submitted-agencies'}, body.agencies.join('; ')), table(body));
  } catch (error) {
    show(content, h('p', {className: 'text-danger'}, error.serverMessage || 'Chưa tải được danh sách, hãy thử lại.'));
  }
}

document.addEventListener('keydown', event => {
  if (event.key === 'Escape') {
    close();
  }
});
window.addEventListener('followup:show-submitted', openPanel);

function render(node) {
  // Offered only to members of an agency, who have something to see: the server's cheap answer of
  // whether the user is one (the mail preference, which only members of an agency have), not the list.
  getJson('/api/me/mail-preference').then(body => {
    show(node, body && body.mayChoose ? h('button', {type: 'button',
      className: 'btn btn-link navbar-btn followup-submitted-open', onClick: openPanel}, 'Đã gửi') : null);
  }, () => show(node));
}

export default {
  id: 'followup-submitted',
  pluginPoint: 'tasklist.navbar.action',
  priority: 5,
  render
};
