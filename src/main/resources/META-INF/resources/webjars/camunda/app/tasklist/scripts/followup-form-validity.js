// Keeps Tasklist's "valid" flag of a Camunda Form in step with the errors form-js really reports.
//
// Why: Tasklist 7.24 marks a form invalid whenever form-js's error map has any key, and form-js
// keeps, for each field of a dynamic list that was edited, an empty per-row array under the field's
// key even when every row is valid. A form with a repeating list (the notice registration, and its
// review after reading a notice's text) then keeps "Hoàn thành" and "Khởi tạo" disabled for good.
// form-js still validates every field when the form is submitted, so nothing invalid gets through.
const CONTAINER = '.fjs-container';

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

new MutationObserver(() => document.querySelectorAll(CONTAINER).forEach(watch))
  .observe(document.body, {childList: true, subtree: true});

export default [];
