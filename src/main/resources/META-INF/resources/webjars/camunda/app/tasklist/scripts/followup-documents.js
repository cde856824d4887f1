// Tasklist tab "Văn bản đính kèm": the files of the task's item (the response under review shows
// on the office's review task), and, for whoever may complete a task that produces a document,
// uploading and removing files while the task is open. Everything is checked again on the server
// (docs/security.md "Attached documents"); the page only shows what the project API answers. Plain ES module,
// no build step, nothing fetched from elsewhere.
import {h, csrfToken} from '../../followup/followup-web.js';

const API = '/api';

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
    return file.type === 'PDF' ? 'Không có chữ ký số' : 'Không áp dụng';
  }
  return file.signatures.map(signature => h('div', null, 'Ký số: ' + (signature.signer || 'không rõ người ký')
    + (signature.signedAt ? ', ' + when(signature.signedAt) : '') + ' – ' + signature.state));
}

const STYLE_ID = 'followup-documents-style';
if (!document.getElementById(STYLE_ID)) {
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `
.followup-documents { padding: 10px 0; }
.followup-document { border-bottom: 1px solid #ddd; padding: 8px 0; }
.followup-document-head { font-weight: bold; margin-bottom: 4px; }
.followup-document-head .btn { margin-left: 8px; }
.followup-document dl { margin-bottom: 0; }
.followup-document dl.dl-horizontal dt { width: 110px; text-align: left; font-weight: normal; color: #555; }
.followup-document dl.dl-horizontal dd { margin-left: 120px; word-break: break-word; }
.followup-document code { word-break: break-all; white-space: normal; }
.followup-muted { color: #777; font-weight: normal; }
.followup-document-upload { margin-top: 12px; }
.followup-document-upload label.btn { position: relative; overflow: hidden; margin-bottom: 0; }
.followup-file-input { position: absolute; left: 0; top: 0; width: 100%; height: 100%; opacity: 0; cursor: pointer; }`;
  document.head.appendChild(style);
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
    // One block per file, not a table: the task pane is narrow and the SHA-256 alone is 64 characters.
    const files = answer.documents.map(file => h('li', {className: 'followup-document', 'data-document-id': file.id},
      h('div', {className: 'followup-document-head'},
        h('a', {href: file.url, download: file.fileName, 'data-followup': 'document-link'}, file.fileName),
        file.type === 'PDF' ? h('a', {href: file.url + '?inline=true', target: '_blank', rel: 'noopener',
          className: 'btn btn-default btn-xs', 'data-followup': 'document-view'}, 'Mở xem') : null,
        h('span', {className: 'followup-muted'}, ' ' + file.typeLabel + ', ' + file.size.toLocaleString('vi-VN')
          + ' byte'),
        answer.mayAttach && file.taskId === taskId ? h('button', {
          type: 'button', className: 'btn btn-default btn-xs', 'data-followup': 'document-remove',
          onClick: () => remove(file)}, 'Gỡ bỏ') : null),
      h('dl', {className: 'dl-horizontal'},
        h('dt', null, 'Bước'), h('dd', null, file.taskName || ''),
        h('dt', null, 'Người tải lên'), h('dd', null, file.uploadedBy + ', ' + when(file.uploadedAt)),
        h('dt', null, 'SHA-256'), h('dd', null, h('code', {'data-followup': 'sha256'}, file.sha256)),
        h('dt', null, 'Chữ ký số'), h('dd', {'data-followup': 'signatures'}, signatures(file)))));
    let upload = null;
    if (answer.mayAttach) {
      const input = h('input', {type: 'file', name: 'file', className: 'followup-file-input',
        'data-followup': 'document-file', onChange: event => send(event.target)});
      // The browser's own file button speaks the browser's language; this one speaks Vietnamese.
      upload = h('div', {className: 'followup-document-upload', 'data-followup': 'document-upload'},
        h('label', {className: 'btn btn-primary'}, 'Chọn tệp để đính kèm…', input),
        h('span', {className: 'followup-muted'}, ' ' + answer.accepted + ', tối đa ' + answer.maxSize
          + ' mỗi tệp; kiểm tra theo nội dung tệp.'));
    }
    list.replaceChildren(
      files.length === 0 ? h('p', null, 'Chưa có văn bản nào được đính kèm.')
        : h('ul', {className: 'list-unstyled followup-document-list'}, files),
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

// The response form's line about its signed PDF (class "followup-response-pdf" in write-response.form):
// whether it is required and, once attached, its name, as the server words it for the open task.
const PDF_LINE = '.followup-response-pdf';

async function showResponsePdf(line) {
  const taskId = taskIdOf(null);
  if (!taskId || line.dataset.followupTask === taskId) {
    return;
  }
  line.dataset.followupTask = taskId;
  try {
    const answer = await call('GET', '/tasks/' + encodeURIComponent(taskId) + '/documents');
    if (answer.responsePdf) {
      line.textContent = answer.responsePdf;
    }
  } catch (error) {
    // the form keeps its own sentence
  }
}

new MutationObserver(() => document.querySelectorAll(PDF_LINE).forEach(showResponsePdf))
  .observe(document.body, {childList: true, subtree: true});

export default [{
  id: 'followup-documents',
  pluginPoint: 'tasklist.task.detail',
  priority: 1000,
  properties: {label: 'Văn bản đính kèm'},
  render
}];
