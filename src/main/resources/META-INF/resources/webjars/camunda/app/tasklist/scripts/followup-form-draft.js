// Tasklist's "Lưu" kept on the server, so that a draft typed on one machine is there on the next.
//
// Tasklist 7.24 keeps the draft of a Camunda Form only in the browser: "Lưu" writes form-js's data to
// localStorage under "camunda-form:<task id>", and the form reads that key (synchronously) when it is
// shown. Here every such write is also sent to the project API (PUT /api/tasks/<id>/draft, which keeps
// only the fields the task's form lets the user write, per user and task), and when the browser has
// no draft of the task, the form reads the one saved on the server instead. The server removes a
// draft when its task is completed. A line under the form says whether the draft reached the server.
import {csrfToken} from '../../followup/followup-web.js';

const PREFIX = 'camunda-form:';
const STATUS = 'followup-draft-status';

function taskIdOf(key) {
  if (typeof key !== 'string' || !key.startsWith(PREFIX)) {
    return null;
  }
  const id = key.substring(PREFIX.length);
  // A start form has no task: Tasklist writes "camunda-form:undefined".
  return /^[0-9A-Za-z-]{1,64}$/.test(id) && id !== 'undefined' && id !== 'null' ? id : null;
}

function url(taskId) {
  return '/api/tasks/' + encodeURIComponent(taskId) + '/draft';
}

/** The draft saved on the server as the text Tasklist would have kept, or null; read synchronously as Tasklist reads. */
function serverDraft(taskId) {
  const request = new XMLHttpRequest();
  try {
    request.open('GET', url(taskId), false);
    request.setRequestHeader('Accept', 'application/json');
    request.send();
    if (request.status === 200) {
      return JSON.stringify(JSON.parse(request.responseText).fields);
    }
  } catch (e) {
    // no draft to restore
  }
  return null;
}

function say(text, failed) {
  const container = document.querySelector('.fjs-container');
  if (!container || !container.parentElement) {
    return;
  }
  let status = container.parentElement.querySelector('.' + STATUS);
  if (!status) {
    status = document.createElement('p');
    status.className = STATUS;
    status.setAttribute('role', 'status');
    status.setAttribute('data-followup', 'draft-status');
    container.after(status);
  }
  status.classList.toggle('text-danger', Boolean(failed));
  status.textContent = text;
}

async function saveOnServer(taskId, value) {
  try {
    const response = await fetch(url(taskId), {method: 'PUT', body: value, credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken()}});
    const answer = await response.json().catch(() => null);
    if (!response.ok) {
      say((answer && answer.message) || 'Không lưu được bản nháp lên máy chủ (HTTP ' + response.status + ').', true);
      return;
    }
    const saved = new Date(answer.savedAt);
    const two = n => String(n).padStart(2, '0');
    say('Đã lưu bản nháp lên máy chủ lúc ' + two(saved.getHours()) + ':' + two(saved.getMinutes()) + ' '
      + two(saved.getDate()) + '/' + two(saved.getMonth() + 1) + '/' + saved.getFullYear()
      + '; mở công việc này ở máy khác cũng thấy bản nháp.');
  } catch (e) {
    say('Không lưu được bản nháp lên máy chủ; bản nháp chỉ còn trên trình duyệt này.', true);
  }
}

const getItem = Storage.prototype.getItem;
const setItem = Storage.prototype.setItem;

Storage.prototype.getItem = function (key) {
  const value = getItem.call(this, key);
  const taskId = value === null && this === window.localStorage ? taskIdOf(key) : null;
  return taskId ? serverDraft(taskId) : value;
};

Storage.prototype.setItem = function (key, value) {
  setItem.call(this, key, value);
  const taskId = this === window.localStorage ? taskIdOf(key) : null;
  if (taskId) {
    saveOnServer(taskId, value);
  }
};

export default [];
