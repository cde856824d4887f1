// Tasklist's filters with their counts, and a start page with work on it.
//  - Every filter shows how many tasks it holds for the user, not only the chosen one (Tasklist
//    7.24 counts only that one, and a filter has no property for it): one request for all of them,
//    the engine's filter list with each filter's count (GET /filter?itemCount=true), asked again when
//    another filter is chosen, after a task is completed and every 2 minutes: each count is a task
//    query with its authorization check, which costs at 100,000 open tasks what Tasklist's own count
//    of the chosen filter costs (docs/performance.md), so not on every click. The engine counts each
//    filter with the user's own rights; filters the user may not read (e.g. "Chờ thẩm định", the
//    office's alone, see setup/TaskFilters) are not listed at all.
//  - When the start page would open "Việc của tôi" and it is empty, it opens "Việc của đơn vị"
//    instead: the filters say which is which by their property "followupKind" ("mine", "unit").
import {h} from '../../followup/followup-web.js';

// The engine answers lists only in pages (its query limit); a user has a handful of filters.
const FILTERS = '/camunda/api/engine/engine/default/filter?resourceType=Task&itemCount=true&firstResult=0&maxResults=100';
const REFRESH_MS = 2 * 60 * 1000;
const KIND = 'followupKind';

/** Whether the page was opened without a chosen filter or task: the start page. */
let startPage = !/[?&](filter|task)=/.test(window.location.hash || '');

async function filters() {
  const response = await fetch(FILTERS, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  return response.ok ? response.json() : null;
}

/** Tasklist's element of a filter, found by the filter's name (the text its link starts with). */
function elementOf(filter) {
  return Array.from(document.querySelectorAll('.task-filters .task-filter')).find(element => {
    const link = element.querySelector('h4 a');
    const name = link && link.firstChild ? link.firstChild.textContent.trim() : '';
    return name === filter.name;
  });
}

function showCount(filter) {
  const element = elementOf(filter);
  const title = element && element.querySelector('h4');
  if (!title) {
    return false;
  }
  let count = title.querySelector('.followup-count');
  if (!count) {
    count = h('span', {className: 'followup-count badge'});
    title.appendChild(count);
  }
  const text = String(filter.itemCount);
  if (count.textContent !== text) {
    count.textContent = text;
  }
  count.classList.toggle('followup-count-empty', filter.itemCount === 0);
  return true;
}

/** On the start page, "Việc của đơn vị" instead of an empty "Việc của tôi". */
function openUnitIfMineEmpty(list) {
  if (startPage && /[?&]task=/.test(window.location.hash || '')) {
    startPage = false; // a task was opened meanwhile (a link, a click): never navigate away from it
  }
  if (!startPage) {
    return;
  }
  const mine = list.find(filter => filter.properties && filter.properties[KIND] === 'mine');
  const unit = list.find(filter => filter.properties && filter.properties[KIND] === 'unit');
  const chosen = chosenFilter();
  if (!mine || !unit || (chosen && chosen !== mine.id)) {
    startPage = false; // the user chose another filter meanwhile
    return;
  }
  if (mine.itemCount > 0) {
    startPage = false;
    return;
  }
  const link = elementOf(unit) && elementOf(unit).querySelector('h4 a');
  if (link) {
    startPage = false;
    link.click();
  }
}

let retry = null;
let asking = false;

async function refresh() {
  if (asking) {
    return;
  }
  asking = true;
  try {
    countedFor = chosenFilter();
    const list = await filters();
    if (Array.isArray(list)) {
      const shown = list.map(showCount);
      openUnitIfMineEmpty(list);
      // Tasklist may not have drawn its filters yet: look again shortly.
      clearTimeout(retry);
      retry = shown.every(Boolean) && !startPage ? null : setTimeout(refresh, 1000);
    }
  } catch (notLoggedIn) {
    // asked again at the next navigation or refresh
  } finally {
    asking = false;
  }
}

/** The filter chosen when the counts were last asked. */
let countedFor;

function chosenFilter() {
  return (/[?&]filter=([^&]*)/.exec(window.location.hash || '') || [])[1] || null;
}

// Asked again when the user chooses another filter (or logs in), not when a task is opened.
window.addEventListener('hashchange', () => {
  if (chosenFilter() !== countedFor || !document.querySelector('.task-filters .followup-count')) {
    setTimeout(refresh, 300);
  }
});
window.addEventListener('followup:task-completed', () => setTimeout(refresh, 500));
setInterval(refresh, REFRESH_MS);
refresh();

export default [];
