// Read-only Cockpit for users who may not change process instances (auditors, supervisors): the
// buttons that would edit, delete, suspend, cancel or modify are hidden. The engine refuses such
// changes anyway; this keeps an auditor from being offered an action that can only fail.
const READ_ONLY = 'followup-read-only';
const hidden = [
  '[ng-click*="deleteVariable"]',
  '[ng-click*="editVariableValue"]',
  '[ng-click*="enableEditMode"]',
  '[ng-click="openDialog()"]',
  '.btn-suspend-action'
];
const style = document.createElement('style');
style.textContent = hidden.map(selector => `body.${READ_ONLY} ${selector}`).join(',\n')
  + ' { display: none !important; }';
document.head.appendChild(style);

const CHECK = '/camunda/api/engine/engine/default/authorization/check'
  + '?permissionName=UPDATE&resourceName=ProcessInstance&resourceType=8';

// Asked again after every navigation: before login the answer is 401, and the user may change.
function check() {
  fetch(CHECK, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => {
      if (response.status === 401) {
        document.body.classList.add(READ_ONLY);
        setTimeout(check, 2000);
        return null;
      }
      return response.ok ? response.json() : {authorized: false};
    })
    .catch(() => ({authorized: false}))
    .then(result => {
      if (result) {
        document.body.classList.toggle(READ_ONLY, !result.authorized);
      }
    });
}
window.addEventListener('hashchange', check);
check();

export default [];
