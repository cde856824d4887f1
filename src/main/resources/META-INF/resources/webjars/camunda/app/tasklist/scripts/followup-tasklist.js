// Tasklist as the follow-up product's users need it:
//  - the sort header says the order the list is really in. The engine sorts a filter's tasks by the
//    filter's own order first (the shared filters: urgent first, then the earliest due, see
//    setup/TaskFilters) and only then by the order Tasklist sends, while Tasklist shows (and writes
//    into the address) "Ngày tạo, newest first" whatever the filter says. So the filter's own order
//    is put at the head of the address's order, where Tasklist reads what it shows and sends; a
//    user's further choice stays behind it as a tie-break, and Tasklist's own default is dropped.
//    A filter without an order of its own lists the earliest due first.
//  - actions the user can never use are not offered: "Tạo công việc" (a standalone task) without the
//    right to create tasks, "Khởi tạo quy trình" when no process may be started by the user;
//  - dates in a form's texts as an office writes them: a date variable shown by a template
//    (e.g. "Ngày văn bản: {{responseDate}}") comes as stored, 2026-12-03, and is shown 03/12/2026.
//    Values are shown by form-js's HTML views, which insert them escaped (as text: an item's
//    "<b>" or "**" stays as written); its text views would read them as Markdown and HTML.
//    Date fields themselves show dd/MM/yyyy through followup-form-locale.js.
// The engine refuses both actions anyway; this keeps users from being offered what can only fail.
const ENGINE = '/camunda/api/engine/engine/default';
const MAY_CREATE_TASK = 'followup-may-create-task';
const MAY_START_PROCESS = 'followup-may-start-process';

const style = document.createElement('style');
style.textContent = `body:not(.${MAY_CREATE_TASK}) .create-task-action,
body:not(.${MAY_START_PROCESS}) .start-process-action { display: none !important; }`;
document.head.appendChild(style);

/** The order of a filter that names none: the earliest due first. */
const DUE_FIRST = [{sortBy: 'dueDate', sortOrder: 'asc'}];
/** What Tasklist shows and writes when the address names no order. */
const TASKLIST_DEFAULT = JSON.stringify([{sortBy: 'created', sortOrder: 'desc'}]);

/** Each filter's own order, by filter id, as the engine stores it. */
const filterOrders = new Map();

function sortingOf({sortBy, sortOrder, parameters}) {
  return parameters ? {sortBy, sortOrder, parameters} : {sortBy, sortOrder};
}

function sameKey(a, b) {
  return a.sortBy === b.sortBy && JSON.stringify(a.parameters || null) === JSON.stringify(b.parameters || null);
}

async function ownOrder(filterId) {
  if (!filterOrders.has(filterId)) {
    const filter = await get('/filter/' + encodeURIComponent(filterId));
    const own = filter && filter.query && filter.query.sorting;
    filterOrders.set(filterId, Array.isArray(own) ? own.map(sortingOf) : []);
  }
  return filterOrders.get(filterId);
}

/** The order the engine applies: the filter's own first, then what the address adds. */
function realOrder(own, requested) {
  if (!requested.length || JSON.stringify(requested) === TASKLIST_DEFAULT) {
    return own.length ? own : DUE_FIRST;
  }
  return own.concat(requested.filter(sorting => !own.some(first => sameKey(first, sorting))));
}

/** Writes into the address the order the chosen filter's list is really in. */
async function filterOrder() {
  const hash = window.location.hash || '';
  const at = hash.indexOf('?');
  if (at < 0) {
    return;
  }
  const params = new URLSearchParams(hash.substring(at + 1));
  if (!params.has('filter')) {
    return;
  }
  let requested = [];
  try {
    const parsed = JSON.parse(params.get('sorting') || '[]');
    requested = Array.isArray(parsed) ? parsed.map(sortingOf) : [];
  } catch (unreadable) {
    requested = [];
  }
  let own;
  try {
    own = await ownOrder(params.get('filter'));
  } catch (notLoggedIn) {
    return;
  }
  const real = realOrder(own, requested);
  if (window.location.hash !== hash || JSON.stringify(real) === JSON.stringify(requested)) {
    return; // the user moved on meanwhile, or the address already says it
  }
  params.set('sorting', JSON.stringify(real));
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
  root.querySelectorAll('.fjs-form-field-text, .fjs-form-field-html').forEach(text => {
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
  filterOrder();
  checkActions();
});
filterOrder();
checkActions();
// Tasklist also rewrites the address without a hashchange event (its own default order, a filter
// chosen at start): looked at again every second; the filters' orders are asked only once.
setInterval(filterOrder, 1000);

export default [];
