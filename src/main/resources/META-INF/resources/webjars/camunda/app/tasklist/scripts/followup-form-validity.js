// Keeps Tasklist's "valid" flag of a Camunda Form in step with the errors form-js really reports.
//
// Why: Tasklist 7.24 marks a form invalid whenever form-js's error map has any key, and form-js
// keeps, for each field of a dynamic list that was edited, an empty per-row array under the field's
// key even when every row is valid. A form with a repeating list (the notice registration, and its
// review after reading a notice's text) then keeps "Hoàn thành" and "Khởi tạo" disabled for good.
// form-js still validates every field when the form is submitted, so nothing invalid gets through.
//
// Also: every error sits beside its field. A date typed that is no date (followup-form-locale.js marks
// it) keeps the task from being completed; a refusal of the server names the variable it is about
// ("field" in the 400 answer, from FormInputException), and its Vietnamese reason is shown under that
// field (or under the form's line of class "followup-for-<variable>"), scrolled into view, until the
// field is changed or the form is sent again. Tasklist's own notice stays, clear of the form's buttons.
//
// And: the points the reader of a notice's text asks the clerk to check ("proposalFindings", each with
// the field and, for an item, the item's number) are written under the field they concern, in the
// item's row; the box of all points at the top of the form stays.
const CONTAINER = '.fjs-container';
const SERVER_ERROR = 'followup-server-error';
// The class followup-form-locale.js gives a typed date it refused (IMPOSSIBLE_DATE there); not imported,
// because Tasklist imports each custom script with a query of its own and a second import would run it twice.
const IMPOSSIBLE_DATE = 'followup-date-error';
const COMPLETE = 'button[ng-click="complete()"]';

function hasErrors(value) {
  if (Array.isArray(value)) {
    return value.some(entry => typeof entry === 'string' || hasErrors(entry));
  }
  return value !== undefined && value !== null && value !== false;
}

// The form-js instance behind a rendered form, found through the Preact tree form-js renders.
function formOf(container) {
  const seen = new Set();
  const stack = [container.parentElement && container.parentElement.__k, container.__k];
  while (stack.length) {
    const node = stack.pop();
    if (!node || seen.has(node)) {
      continue;
    }
    seen.add(node);
    const props = node.props || {};
    for (const key of Object.keys(props)) {
      const value = props[key];
      if (value && typeof value === 'object' && typeof value.getService === 'function') {
        try {
          const form = value.getService('form');
          if (form && typeof form._getState === 'function') {
            return form;
          }
        } catch (e) {
          // not the form's context
        }
      }
    }
    (node.__k || []).forEach(child => stack.push(child));
  }
  return null;
}

function ownerOfValidity(scope) {
  let current = scope;
  while (current && !Object.prototype.hasOwnProperty.call(current, '$invalid')) {
    current = current.$parent;
  }
  return current;
}

function watch(container) {
  const angular = window.angular;
  const scope = angular && angular.element(container).scope();
  if (!scope || container.dataset.followupValidity) {
    return;
  }
  container.dataset.followupValidity = 'watched';
  scope.$watch(() => {
    const owner = ownerOfValidity(scope);
    const form = owner && owner.$invalid ? formOf(container) : null;
    if (form && !hasErrors(Object.values(form._getState().errors || {}))) {
      owner.$invalid = false;
    }
    return owner ? owner.$invalid : undefined;
  });
}

/** The element of the form that shows a variable: its form-js field, or a line marked for it. */
function fieldOf(container, variable) {
  const form = formOf(container);
  let registry = null;
  try {
    registry = form && typeof form.get === 'function' ? form.get('formFieldRegistry') : null;
  } catch (e) {
    registry = null;
  }
  const field = registry ? registry.getAll().find(candidate => candidate.key === variable) : null;
  const input = field ? container.querySelector('[id$="-' + CSS.escape(field.id) + '"]') : null;
  return (input && input.closest('.fjs-form-field'))
    || container.querySelector('.followup-for-' + CSS.escape(variable));
}

function clearServerErrors() {
  document.querySelectorAll('.' + SERVER_ERROR).forEach(error => error.remove());
}

function showServerError(variable, message) {
  clearServerErrors();
  const container = document.querySelector(CONTAINER);
  const place = container && variable ? fieldOf(container, variable) : null;
  if (!place) {
    return;
  }
  const item = document.createElement('li');
  item.textContent = message;
  const list = document.createElement('ul');
  list.appendChild(item);
  const error = document.createElement('div');
  error.className = 'fjs-form-field-error ' + SERVER_ERROR;
  error.setAttribute('role', 'alert');
  error.dataset.followupField = variable;
  error.appendChild(list);
  place.appendChild(error);
  error.scrollIntoView({block: 'center'});
}

const FINDING = 'followup-finding';
const forms = new WeakMap();

/** A label as written, without the required mark and a trailing "(ví dụ …)". */
function plain(text) {
  return String(text || '').replace(/\s+/g, ' ').replace(/\s*\*\s*$/, '').replace(/\s*\([^()]*\)\s*$/, '').trim();
}

function labelText(field) {
  const label = field.querySelector('label');
  if (!label) {
    return '';
  }
  const copy = label.cloneNode(true);
  copy.querySelectorAll('.fjs-asterix').forEach(mark => mark.remove());
  return plain(copy.textContent);
}

/** The form fields directly in a scope (not in a row of a list inside it) with that label. */
function fieldsLabelled(scope, label, inRow) {
  return Array.from(scope.querySelectorAll('.fjs-form-field')).filter(field => labelText(field) === label
    && (inRow || !field.closest('.fjs-repeat-row-container')));
}

function placeFindings(container) {
  let form = forms.get(container);
  if (!form) {
    form = formOf(container);
    if (form) {
      forms.set(container, form);
    }
  }
  const state = form && form._getState();
  const findings = state && ((state.initialData || {}).proposalFindings || (state.data || {}).proposalFindings);
  if (!Array.isArray(findings) || findings.length === 0) {
    return;
  }
  const labels = {};
  form.get('formFieldRegistry').getAll().forEach(field => {
    if (field.key && field.label) {
      labels[field.key] = plain(field.label);
    }
  });
  findings.forEach((finding, index) => {
    const label = labels[finding.field];
    if (!label || !finding.message) {
      return;
    }
    let scope = container;
    if (finding.item) {
      scope = Array.from(container.querySelectorAll('.fjs-repeat-row-container')).find(row => {
        const number = fieldsLabelled(row, labels.number, true)[0];
        const input = number && number.querySelector('input');
        return input && input.value.trim() === finding.item;
      });
    }
    const field = scope && fieldsLabelled(scope, label, Boolean(finding.item))[0];
    if (!field || field.querySelector('.' + FINDING + '[data-finding="' + index + '"]')) {
      return;
    }
    const note = document.createElement('div');
    note.className = FINDING;
    note.setAttribute('role', 'note');
    note.dataset.finding = String(index);
    note.textContent = finding.message;
    field.appendChild(note);
  });
}

let placing = false;
new MutationObserver(() => {
  if (!placing) {
    placing = true;
    requestAnimationFrame(() => {
      placing = false;
      document.querySelectorAll(CONTAINER).forEach(placeFindings);
    });
  }
}).observe(document.body, {childList: true, subtree: true});

// Tasklist sends a form through the engine API with XMLHttpRequest; its answer is read here too.
const SUBMIT = /\/(task|process-definition)\/[^/?]+(\/key\/[^/?]+)?\/submit-form(\?|$)|\/task\/[^/?]+\/complete(\?|$)/;
const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (SUBMIT.test(String(url))) {
    clearServerErrors();
    this.addEventListener('loadend', () => {
      if (this.status !== 400) {
        return;
      }
      try {
        const answer = JSON.parse(this.responseText);
        if (answer && answer.field && answer.message) {
          showServerError(answer.field, answer.message);
        }
      } catch (e) {
        // not the engine's JSON answer
      }
    });
  }
  return open.call(this, method, url, ...rest);
};

// A field changed: its server error is answered, or will be at the next sending.
['input', 'change'].forEach(type => document.addEventListener(type, event => {
  const field = event.target && event.target.closest && event.target.closest('.fjs-form-field');
  if (field) {
    field.querySelectorAll('.' + SERVER_ERROR).forEach(error => error.remove());
  }
}, true));

// No completion while a typed date is refused beside its field.
document.addEventListener('click', event => {
  const button = event.target && event.target.closest && event.target.closest(COMPLETE);
  const impossible = button && document.querySelector(CONTAINER + ' .' + IMPOSSIBLE_DATE);
  if (impossible) {
    event.preventDefault();
    event.stopImmediatePropagation();
    impossible.scrollIntoView({block: 'center'});
  }
}, true);

// Tasklist's notices sit at the top of the page, clear of the form and its buttons at the bottom.
const STYLE_ID = 'followup-form-validity-style';
if (!document.getElementById(STYLE_ID)) {
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `
.fjs-powered-by { display: none !important; }
.followup-server-error, .${IMPOSSIBLE_DATE} { color: #c0392b; }
.${FINDING} { margin-top: 4px; padding: 4px 8px; border-left: 3px solid #e0a800; background: #fff8e1; color: #5c4400; }`;
  document.head.appendChild(style);
}

new MutationObserver(() => document.querySelectorAll(CONTAINER).forEach(watch))
  .observe(document.body, {childList: true, subtree: true});

export default [];
