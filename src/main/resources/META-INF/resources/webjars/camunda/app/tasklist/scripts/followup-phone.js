// Tasklist on a phone (narrower than 768 px, styles/user-styles.css): a task opened from the list is
// shown alone, at the top of the screen, with "‹ Danh sách công việc" to go back; Tasklist would draw
// it below the filters and the whole list. On a larger screen nothing changes.
import {h} from '../../followup/followup-web.js';

const PHONE = window.matchMedia('(max-width: 767px)');
const OPEN = 'followup-task-open';

function taskOpen() {
  return /[?&]task=/.test(window.location.hash || '');
}

/** The address without the task: Tasklist shows the list of the same filter again. */
function backToList(event) {
  event.preventDefault();
  window.location.hash = window.location.hash.replace(/([?&])task=[^&]*&?/, '$1').replace(/[?&]$/, '');
}

function backLink() {
  const column = document.querySelector('.column.task-details');
  if (!column || column.querySelector('.followup-back-to-list')) {
    return;
  }
  column.insertBefore(h('a', {href: '#', className: 'followup-back-to-list btn btn-default btn-sm', onClick: backToList},
    '‹ Danh sách công việc'), column.firstChild);
}

function update() {
  const open = taskOpen();
  document.body.classList.toggle(OPEN, open);
  if (open) {
    backLink();
    if (PHONE.matches) {
      const page = document.querySelector('.page-wrap');
      if (page) {
        page.scrollTop = 0;
      }
      window.scrollTo(0, 0);
    }
  }
}

window.addEventListener('hashchange', update);
// Tasklist draws its columns after this script runs, and again after a login.
new MutationObserver(() => {
  if (taskOpen() && !document.querySelector('.followup-back-to-list')) {
    update();
  }
}).observe(document.body, {childList: true, subtree: true});
update();

export default [];
