// Read-only Cockpit for users who may not change process instances (the office, supervisors,
// auditors), which is also their home: the leaders' Cockpit.
//  - The buttons that would edit, delete, suspend, cancel or modify are hidden. The engine refuses
//    such changes anyway; this keeps an auditor from being offered an action that can only fail.
//  - Cockpit opens on "Tình hình thực hiện" (#/tinh-hinh-thuc-hien) instead of the engine's
//    dashboard (running instances, incidents, decision and case definitions, deployments), and the
//    engine's menus and pages (decisions, deployments, batches, cases, migration, reports: Cockpit
//    7.24's navigation plugins of plugins/base/app/views/dashboard, its "More" menu) are hidden and
//    their routes lead back to the dashboard.
// Administrators and operations (who may change process instances) keep Cockpit as it is: their
// body gets the class followup-engine, without which the engine's parts stay hidden, so that nothing
// of them shows while the answer is awaited.
const READ_ONLY = 'followup-read-only';
const ENGINE = 'followup-engine';
const HOME = '#/tinh-hinh-thuc-hien';
/** Routes of the engine's own pages (Cockpit's start page first), by the start of their hash. */
const ENGINE_ROUTES = ['#/dashboard', '#/decision', '#/repository', '#/batch', '#/case', '#/migration', '#/reports'];
/** Menu entries of those pages in Cockpit's header (its "More" menu holds only such entries). */
const ENGINE_MENUS = ['#/decisions', '#/repository', '#/batch', '#/cases', '#/reports'];

const hidden = [
  '[ng-click*="deleteVariable"]',
  '[ng-click*="editVariableValue"]',
  '[ng-click*="enableEditMode"]',
  '[ng-click="openDialog()"]',
  '.btn-suspend-action'
];
const menus = 'ul[ng-controller="camHeaderViewsCtrl"]';
const style = document.createElement('style');
style.textContent = hidden.map(selector => `body.${READ_ONLY} ${selector}`).join(',\n')
  + ' { display: none !important; }\n'
  + ENGINE_MENUS.map(path => `body:not(.${ENGINE}) ${menus} > li:has(a[href="${path}"])`).join(',\n')
  + `,\nbody:not(.${ENGINE}) ${menus} > li.dropdown,\nbody:not(.${ENGINE}) .ctn-view.dashboard`
  + ' { display: none !important; }';
document.head.appendChild(style);

const CHECK = '/camunda/api/engine/engine/default/authorization/check'
  + '?permissionName=UPDATE&resourceName=ProcessInstance&resourceType=8';

/** The hash without its query: '#/dashboard?x=1' → '#/dashboard'; an empty hash is the start page. */
function route() {
  const hash = window.location.hash.split('?')[0];
  return hash === '' || hash === '#' || hash === '#/' ? '#/dashboard' : hash;
}

function leadHome() {
  const current = route();
  if (ENGINE_ROUTES.some(path => current === path || current.startsWith(path))) {
    window.location.replace(window.location.pathname + window.location.search + HOME);
  }
}

// Asked again after every navigation: before login the answer is 401, and the user may change.
function check() {
  fetch(CHECK, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => {
      if (response.status === 401) {
        document.body.classList.add(READ_ONLY);
        document.body.classList.remove(ENGINE);
        setTimeout(check, 2000);
        return null;
      }
      return response.ok ? response.json() : {authorized: false};
    })
    .catch(() => ({authorized: false}))
    .then(result => {
      if (result) {
        document.body.classList.toggle(READ_ONLY, !result.authorized);
        document.body.classList.toggle(ENGINE, result.authorized);
        if (!result.authorized) {
          leadHome();
        }
      }
    });
}
window.addEventListener('hashchange', check);
check();

export default [];
