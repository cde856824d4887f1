// Tasklist header: how the logged-in user receives mails of new work and approaching deadlines,
// at once ("Gửi ngay từng thư") or in the 07:30 digest ("Tổng hợp hằng ngày"). The choices and
// their labels come from the server (GET /api/me/mail-preference), which keeps the one list; the
// change is sent with the webapps' session and their CSRF token, as the webapps' own requests are.
import {csrfToken} from '../../followup/followup-web.js';

const API = '/api/me/mail-preference';

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text) {
    node.textContent = text;
  }
  return node;
}

function save(select, status) {
  status.textContent = 'Đang lưu…';
  fetch(API, {
    method: 'PUT',
    credentials: 'same-origin',
    headers: {'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken()},
    body: JSON.stringify({preference: select.value})
  }).then(response => response.json().then(body => ({ok: response.ok, body})))
    .then(({ok, body}) => {
      status.textContent = ok ? 'Đã lưu' : (body.message || 'Chưa lưu được, hãy thử lại.');
      if (ok) {
        select.value = body.preference;
      }
    }, () => {
      status.textContent = 'Chưa lưu được, hãy thử lại.';
    });
}

function render(node) {
  fetch(API, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => (response.ok ? response.json() : null))
    .then(body => {
      node.textContent = '';
      if (!body || !body.mayChoose) {
        return;
      }
      const form = element('span', 'followup-mail-preference navbar-text');
      const label = element('label', null, 'Nhận thư báo việc: ');
      const select = element('select', 'input-sm');
      select.id = 'followup-mail-preference';
      label.htmlFor = select.id;
      select.title = body.note;
      body.choices.forEach(choice => {
        const option = element('option', null, choice.label);
        option.value = choice.preference;
        select.appendChild(option);
      });
      select.value = body.preference;
      const status = element('span', 'followup-mail-preference-status');
      status.setAttribute('role', 'status');
      select.addEventListener('change', () => save(select, status));
      form.append(label, select, ' ', status);
      node.appendChild(form);
    }, () => {
      node.textContent = '';
    });
}

export default {
  id: 'followup-mail-preference',
  pluginPoint: 'tasklist.navbar.action',
  priority: 10,
  render
};
