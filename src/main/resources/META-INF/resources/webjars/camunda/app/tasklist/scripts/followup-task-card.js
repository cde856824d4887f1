// Tasklist's task cards as agency staff need them, and a confirmation after "Hoàn thành".
//  - Each card shows the item's deadline as its last day and the days left, amber when near and red
//    when past; the step's own due date, labelled as such; "Bị trả lại" on a response or report the
//    office returned; "Khẩn" instead of the bare priority number. All of it is worked out by the server
//    (GET /api/tasklist/cards, vn.followup.tasklist.TaskCards), asked once for every card the list
//    draws at a time, not once per card, and kept a minute; this script only lays it out, with text
//    nodes only. The card's own relative "Hạn xử lý …" and priority number are hidden (styles).
//  - After a task is completed, what was sent and to whom it goes next (the card's confirmation),
//    with a way to the "Đã gửi" list (followup-submitted.js).
import {h, show, getJson} from '../../followup/followup-web.js';

const API = '/api/tasklist/cards';
/** The server answers at most this many tasks at once (TaskCardController.MAX_TASKS). */
const BATCH = 50;
const KEEP_MS = 60 * 1000;

/** The cards by task id, with when they were fetched. */
const cards = new Map();
/** The plugin nodes waiting for their task's card. */
let waiting = [];
let pending = null;

function fresh(taskId) {
  const known = cards.get(taskId);
  return known && Date.now() - known.at < KEEP_MS ? known.card : undefined;
}

async function fetchCards(taskIds) {
  for (let start = 0; start < taskIds.length; start += BATCH) {
    const params = new URLSearchParams();
    taskIds.slice(start, start + BATCH).forEach(id => params.append('task', id));
    const answer = await getJson(API + '?' + params.toString());
    const at = Date.now();
    taskIds.slice(start, start + BATCH).forEach(id => cards.set(id, {card: null, at}));
    (answer || []).forEach(card => cards.set(card.taskId, {card, at}));
  }
}

/** The block under the card's name and dates, where it is read without opening the card. */
function place(node, card) {
  const item = node.closest('li');
  const anchor = item && item.querySelector('.cells-wrapper');
  if (!anchor) {
    return;
  }
  const old = item.querySelector(':scope .followup-card');
  if (old) {
    old.remove();
  }
  if (!card) {
    return;
  }
  const badges = [
    card.returned && h('span', {className: 'followup-badge followup-badge-returned', title: card.returnReason}, card.returned),
    card.urgent && h('span', {className: 'followup-badge followup-badge-urgent'}, card.urgent)
  ].filter(Boolean);
  const block = h('div', {className: 'followup-card', 'data-task-id': card.taskId},
    badges.length ? h('div', {className: 'followup-card-badges'}, badges) : null,
    card.deadline ? h('div', {className: 'followup-card-deadline followup-tone-' + (card.tone || 'calm')},
      card.deadline, card.left ? h('span', {className: 'followup-card-left'}, ' · ', card.left) : null) : null,
    card.stepDue ? h('div', {className: 'followup-card-step'}, card.stepDue) : null);
  anchor.insertAdjacentElement('afterend', block);
}

function flush() {
  pending = null;
  const batch = waiting;
  waiting = [];
  const missing = [...new Set(batch.map(entry => entry.taskId))].filter(id => fresh(id) === undefined);
  const done = () => batch.forEach(({node, taskId}) => {
    if (node.isConnected) {
      place(node, fresh(taskId) || null);
    }
  });
  (missing.length ? fetchCards(missing) : Promise.resolve()).then(done, done);
}

function render(node, {taskId}) {
  waiting.push({node, taskId});
  if (pending === null) {
    pending = setTimeout(flush, 0);
  }
}

// ---- The confirmation after "Hoàn thành" ----

/** Long enough to read; it then leaves the task view's buttons free. */
const HIDE_AFTER_MS = 20 * 1000;
const COMPLETED = /\/task\/([^/?#]+)\/(submit-form|complete)(?:[?#]|$)/;

async function confirmCompletion(taskId) {
  let card = fresh(taskId);
  if (card === undefined) {
    try {
      await fetchCards([taskId]);
    } catch (gone) {
      // the task is closed now: the card was not known before
    }
    card = fresh(taskId);
  }
  if (!card || !card.confirmation) {
    return;
  }
  let box = document.getElementById('followup-confirmation');
  if (!box) {
    box = h('div', {id: 'followup-confirmation', className: 'followup-confirmation', role: 'status'});
    document.body.appendChild(box);
  }
  show(box,
    h('span', {className: 'followup-confirmation-text'}, card.confirmation),
    ' ',
    h('a', {href: '#', className: 'followup-confirmation-sent', onClick: event => {
      event.preventDefault();
      window.dispatchEvent(new CustomEvent('followup:show-submitted'));
    }}, 'Xem danh sách Đã gửi'),
    ' ',
    h('button', {type: 'button', className: 'btn btn-link btn-xs', onClick: () => box.remove()}, 'Đóng'));
  clearTimeout(box.followupHide);
  box.followupHide = setTimeout(() => box.remove(), HIDE_AFTER_MS);
  window.dispatchEvent(new CustomEvent('followup:task-completed', {detail: {taskId}}));
}

// Tasklist completes a task with its own HTTP client: its answer is looked at, never changed.
const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  const match = String(method).toUpperCase() === 'POST' && COMPLETED.exec(String(url));
  if (match) {
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        confirmCompletion(decodeURIComponent(match[1]));
      }
    });
  }
  return open.call(this, method, url, ...rest);
};

// The confirmation of a task completed earlier is not kept over the next task opened.
window.addEventListener('hashchange', () => {
  const box = document.getElementById('followup-confirmation');
  if (box && /[?&]task=/.test(window.location.hash)) {
    box.remove();
  }
});

export default {
  id: 'followup-task-card',
  pluginPoint: 'tasklist.card',
  priority: 100,
  render
};
