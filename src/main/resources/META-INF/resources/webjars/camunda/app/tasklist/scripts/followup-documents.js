// Tasklist tab "Văn bản đính kèm": the files of the task's item (the response under review shows
// on the office's review task), and, for whoever may complete a task that produces a document,
// uploading and removing files while the task is open. Everything is checked again on the server
// (README "Attached documents"); the page only shows what the project API answers. Plain ES module,
// no build step, nothing fetched from elsewhere.
const API = '/api';

function h(tag, props, ...children) {
  const element = document.createElement(tag);
  Object.entries(props || {}).forEach(([key, value]) => {
    if (value == null || value === false) {
      return;
    }
    if (key === 'className') {
      element.className = value;
    } else if (key.startsWith('on')) {
      element.addEventListener(key.slice(2).toLowerCase(), value);
    } else {
      element.setAttribute(key, String(value));
    }
  });
  children.flat(Infinity).forEach(child => {
    if (child != null && child !== false) {
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
  return element;
}

/** The webapps' CSRF token, which the project API requires for a change made with the session. */
function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : '';
}

async function call(method, path, body, contentType) {
  const headers = {Accept: 'application/json'};
  if (method !== 'GET') {
    headers['X-XSRF-TOKEN'] = csrfToken();
  }
  if (contentType) {
    headers['Content-Type'] = contentType;
  }
  const response = await fetch(API + path, {method, body, headers, credentials: 'same-origin'});
  const text = await response.text();
  const answer = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new Error(answer && answer.message ? answer.message : 'Không thực hiện được (HTTP ' + response.status + ').');
  }
  return answer;
}

function when(text) {
  const date = new Date(text);
  const two = n => String(n).padStart(2, '0');
  return two(date.getDate()) + '/' + two(date.getMonth() + 1) + '/' + date.getFullYear() + ' '
    + two(date.getHours()) + ':' + two(date.getMinutes());
}

function signatures(file) {
  if (file.signatures.length === 0) {
    return file.type === 'PDF' ? 'Không có chữ ký số' : '';
  }
  return file.signatures.map(signature => h('div', null, 'Ký số: ' + (signature.signer || 'không rõ người ký')
    + (signature.signedAt ? ', ' + when(signature.signedAt) : '') + ' – ' + signature.state));
}

function taskIdOf(context) {
  if (context && context.taskId) {
    return context.taskId;
  }
  const match = window.location.hash.match(/[?&]task=([^&]+)/);
  return match ? decodeURIComponent(match[1]) : null;
}

function render(node, context) {
  const taskId = taskIdOf(context);
  const status = h('div', {className: 'followup-documents-status', role: 'status'});
  const list = h('div', {className: 'followup-documents-list'});
  const root = h('div', {className: 'followup-documents', 'data-followup': 'documents'}, status, list);
  node.replaceChildren(root);
  if (!taskId) {
    return;
  }

  function say(text, kind) {
    status.replaceChildren(text ? h('div', {className: 'alert alert-' + (kind || 'info')}, text) : '');
  }

  async function load() {
    let answer;
    try {
      answer = await call('GET', '/tasks/' + encodeURIComponent(taskId) + '/documents');
    } catch (error) {
      say(error.message, 'danger');
      return;
    }
    const rows = answer.documents.map(file => h('tr', {'data-document-id': file.id},
      h('td', null, h('a', {href: file.url, download: file.fileName, 'data-followup': 'document-link'}, file.fileName)),
      h('td', null, file.taskName || ''),
      h('td', null, file.uploadedBy + ', ' + when(file.uploadedAt)),
      h('td', null, file.size.toLocaleString('vi-VN') + ' byte'),
      h('td', null, h('code', {'data-followup': 'sha256'}, file.sha256)),
      h('td', null, signatures(file)),
      h('td', null, answer.mayAttach && file.taskId === taskId ? h('button', {
        type: 'button', className: 'btn btn-default btn-xs', 'data-followup': 'document-remove',
        onClick: () => remove(file)}, 'Gỡ bỏ') : '')));
    const upload = answer.mayAttach ? h('form', {className: 'form-inline', 'data-followup': 'document-upload'},
      h('label', null, 'Tải lên văn bản (' + answer.accepted + ', tối đa ' + answer.maxSize + ' mỗi tệp): ',
        h('input', {type: 'file', name: 'file', 'data-followup': 'document-file',
          onChange: event => send(event.target)}))) : null;
    list.replaceChildren(
      rows.length === 0 ? h('p', null, 'Chưa có văn bản nào được đính kèm.')
        : h('table', {className: 'table table-striped'},
          h('thead', null, h('tr', null, ['Tệp', 'Bước', 'Người tải lên', 'Dung lượng', 'SHA-256', 'Chữ ký số', '']
            .map(title => h('th', null, title)))),
          h('tbody', null, rows)),
      upload || '');
  }

  async function send(input) {
    const file = input.files && input.files[0];
    if (!file) {
      return;
    }
    say('Đang tải lên ' + file.name + '…');
    try {
      await call('POST', '/tasks/' + encodeURIComponent(taskId) + '/documents?'
        + new URLSearchParams({name: file.name}).toString(), file, 'application/octet-stream');
      say('Đã đính kèm ' + file.name + '.', 'success');
    } catch (error) {
      say(error.message, 'danger');
    }
    load();
  }

  async function remove(file) {
    try {
      await call('DELETE', '/documents/' + encodeURIComponent(file.id));
      say('Đã gỡ ' + file.fileName + '.', 'success');
    } catch (error) {
      say(error.message, 'danger');
    }
    load();
  }

  load();
}

export default [{
  id: 'followup-documents',
  pluginPoint: 'tasklist.task.detail',
  priority: 1000,
  properties: {label: 'Văn bản đính kèm'},
  render
}];
