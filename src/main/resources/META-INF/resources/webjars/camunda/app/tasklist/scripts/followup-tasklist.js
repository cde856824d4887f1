// Tasklist as the follow-up product's users need it:
//  - every filter lists the earliest due task first unless the user chose another order (Tasklist
//    itself falls back to "newest created first", and its filters cannot say otherwise);
//  - actions the user can never use are not offered: "Tạo công việc" (a standalone task) without the
//    right to create tasks, "Khởi tạo quy trình" when no process may be started by the user;
//  - dates in a form's texts as an office writes them: a date variable shown by a text template
//    (e.g. "Ngày văn bản: {{responseDate}}") comes as stored, 2026-12-03, and is shown 03/12/2026.
//    Date fields themselves already follow the browser's Vietnamese locale (dd/MM/yyyy).
// The engine refuses both actions anyway; this keeps users from being offered what can only fail.
const ENGINE = '/camunda/api/engine/engine/default';
const DUE_FIRST = JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]);
const MAY_CREATE_TASK = 'followup-may-create-task';
const MAY_START_PROCESS = 'followup-may-start-process';

const style = document.createElement('style');
style.textContent = `body:not(.${MAY_CREATE_TASK}) .create-task-action,
body:not(.${MAY_START_PROCESS}) .start-process-action { display: none !important; }`;
document.head.appendChild(style);

/** Adds "earliest due first" to a filter's address that names no order. */
function dueFirst() {
  const hash = window.location.hash || '';
  const at = hash.indexOf('?');
  if (at < 0) {
    return;
  }
  const params = new URLSearchParams(hash.substring(at + 1));
  if (!params.has('filter') || params.has('sorting')) {
    return;
  }
  params.set('sorting', DUE_FIRST);
  window.location.replace(window.location.pathname + window.location.search + hash.substring(0, at + 1)
    + params.toString());
}

async function get(path) {
  const response = await fetch(ENGINE + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (response.status === 401) {
    throw new Error('not logged in');
  }
  return response.ok ? response.json() : null;
}

let retry = null;

// Asked again after every navigation: before login the answers are 401 (asked again 2 s later, one
// pending retry at a time), and the user may change.
function checkActions() {
  clearTimeout(retry);
  retry = null;
  Promise.all([
    get('/authorization/check?permissionName=CREATE&resourceName=Task&resourceType=7'),
    get('/process-definition/count?latest=true&active=true&startableInTasklist=true&startablePermissionCheck=true')
  ]).then(([createTask, startable]) => {
    document.body.classList.toggle(MAY_CREATE_TASK, !!(createTask && createTask.authorized));
    document.body.classList.toggle(MAY_START_PROCESS, !!(startable && startable.count > 0));
  }, () => {
    if (retry === null) {
      retry = setTimeout(checkActions, 2000);
    }
  });
}

const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/** Rewrites yyyy-MM-dd as dd/MM/yyyy in the texts of the forms under root. */
function vietnameseDates(root) {
  root.querySelectorAll('.fjs-form-field-text').forEach(text => {
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const shown = node.data.replace(ISO_DATE, '$3/$2/$1');
      if (shown !== node.data) {
        node.data = shown;
      }
    }
  });
}

// Forms are drawn (and drawn again) after the page loaded: every change of the page is looked at.
new MutationObserver(() => vietnameseDates(document.body))
  .observe(document.body, {childList: true, subtree: true, characterData: true});

window.addEventListener('hashchange', () => {
  dueFirst();
  checkActions();
});
dueFirst();
checkActions();

export default [];
