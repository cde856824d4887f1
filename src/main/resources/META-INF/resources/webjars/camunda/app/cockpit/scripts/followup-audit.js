// Audit views of the follow-up product in Cockpit. Cockpit Community Edition shows only running
// work (its history views are Enterprise-only), so auditors and supervisors get them here:
//  - on a process instance: its path on the diagram (done in green, late in red, open in blue) and
//    a tab "Lịch sử xử lý" with the timeline of its activities, the user operation log and the
//    history of the variables that matter;
//  - on a process definition: a tab "Phiên đã kết thúc" listing its finished instances, searchable
//    by business key; opening one shows the same view and draws its path on the diagram above.
// Plain ES module listed in config.js (customScripts), the 7.2x plugin API: no build step, no npm
// package, no CDN, because the government offices that run the product are offline.
// Read-only by construction: only GETs of the history through the webapp's engine API, so the
// logged-in user sees exactly what their authorizations allow. Values are user input: every text
// goes into the page as a text node, never as HTML.

const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const PAGE_SIZE = 500; // the engine refuses pages above 2,000 rows
const MAX_PAGES = 20;
const LIST_PAGE_SIZE = 20;
const WATCH_MARK_OVERDUE = 'ServiceTask_MarkOverdue';

const MARK = {
  path: 'followup-path',
  done: 'followup-path-done',
  late: 'followup-path-late',
  open: 'followup-path-open',
  container: 'followup-path-container'
};
const OVERLAY_TYPE = 'followup-audit';

/** The variables an auditor follows, in reading order, with their Vietnamese labels. */
const AUDITED_VARIABLES = [
  ['responseNumber', 'Số văn bản trả lời'],
  ['responseSymbol', 'Ký hiệu văn bản trả lời'],
  ['responseDate', 'Ngày văn bản trả lời'],
  ['responseSigner', 'Người ký văn bản trả lời'],
  ['responseSummary', 'Trích yếu văn bản trả lời'],
  ['responseDueAt', 'Thời hạn trả lời'],
  ['originalResponseDueAt', 'Thời hạn ban đầu (trả lời)'],
  ['responseDueRule', 'Căn cứ thời hạn trả lời'],
  ['completionDueAt', 'Thời hạn hoàn thành'],
  ['originalCompletionDueAt', 'Thời hạn ban đầu (hoàn thành)'],
  ['completionDueRule', 'Căn cứ thời hạn hoàn thành'],
  ['extensionRequested', 'Có đề nghị gia hạn'],
  ['extensionNewDate', 'Thời hạn đề nghị mới'],
  ['extensionReason', 'Lý do đề nghị gia hạn'],
  ['extensionDecision', 'Quyết định gia hạn'],
  ['extensionDecisionReason', 'Lý do quyết định gia hạn'],
  ['extended', 'Đã được gia hạn'],
  ['overdue', 'Quá hạn'],
  ['overdueSince', 'Quá hạn từ'],
  ['reviewDecision', 'Kết quả thẩm định văn bản'],
  ['reviewReason', 'Lý do trả lại văn bản'],
  ['completionDate', 'Ngày hoàn thành'],
  ['finalReviewDecision', 'Kết quả thẩm định kết quả thực hiện'],
  ['closureOutcome', 'Đánh giá kết quả thực hiện'],
  ['closureNote', 'Ghi chú khi đóng'],
  ['closedBy', 'Người đóng nội dung']
];
const VARIABLE_LABELS = new Map(AUDITED_VARIABLES);
const DEADLINE_VARIABLES = new Set(['responseDueAt', 'originalResponseDueAt', 'completionDueAt',
  'originalCompletionDueAt']);

const CHOICES = {
  reviewDecision: {ACCEPT: 'Chấp nhận', RETURN: 'Trả lại để hoàn thiện'},
  finalReviewDecision: {ACCEPT: 'Chấp nhận', RETURN: 'Trả lại để hoàn thiện'},
  extensionDecision: {APPROVE: 'Đồng ý gia hạn', REFUSE: 'Không đồng ý'},
  closureOutcome: {
    COMPLETED_ON_TIME: 'Hoàn thành đúng hạn',
    COMPLETED_LATE: 'Hoàn thành quá hạn',
    PARTLY_COMPLETED: 'Hoàn thành một phần',
    NOT_COMPLETED: 'Không hoàn thành',
    STOPPED: 'Dừng thực hiện'
  }
};

const OPERATION_TYPES = {
  Assign: 'Giao việc',
  Claim: 'Nhận việc',
  Complete: 'Hoàn thành',
  Create: 'Tạo',
  Delegate: 'Ủy quyền xử lý',
  Delete: 'Xóa',
  Resolve: 'Xử lý xong phần ủy quyền',
  SetOwner: 'Đặt người chịu trách nhiệm',
  SetPriority: 'Đặt độ ưu tiên',
  Update: 'Cập nhật',
  AddUserLink: 'Thêm người liên quan',
  DeleteUserLink: 'Bỏ người liên quan',
  AddGroupLink: 'Giao cho đơn vị',
  DeleteGroupLink: 'Thu hồi khỏi đơn vị',
  AddAttachment: 'Thêm tệp đính kèm',
  DeleteAttachment: 'Xóa tệp đính kèm',
  SetVariable: 'Đặt giá trị biến',
  SetVariables: 'Đặt giá trị biến',
  ModifyVariable: 'Sửa giá trị biến',
  RemoveVariable: 'Xóa biến',
  Activate: 'Kích hoạt lại',
  Suspend: 'Tạm dừng',
  ModifyProcessInstance: 'Điều chỉnh phiên quy trình',
  Migrate: 'Chuyển phiên bản quy trình',
  CorrelateMessage: 'Gửi thông điệp',
  SetJobRetries: 'Đặt lại số lần thử',
  SetDueDate: 'Đặt hạn công việc nền',
  RecalculateDueDate: 'Tính lại hạn công việc nền',
  SetRemovalTime: 'Đặt thời điểm xóa lịch sử',
  DeleteHistory: 'Xóa lịch sử',
  Restart: 'Chạy lại phiên quy trình',
  CreateIncident: 'Tạo sự cố',
  Resolved: 'Đã xử lý sự cố',
  SetAnnotation: 'Ghi chú thao tác',
  ClearAnnotation: 'Xóa ghi chú thao tác'
};

const ENTITY_TYPES = {
  Task: 'Nhiệm vụ',
  IdentityLink: 'Người/đơn vị được giao',
  Attachment: 'Tệp đính kèm',
  ProcessInstance: 'Phiên quy trình',
  ProcessDefinition: 'Quy trình',
  Variable: 'Biến',
  Job: 'Công việc nền',
  JobDefinition: 'Định nghĩa công việc nền',
  Incident: 'Sự cố',
  OperationLog: 'Nhật ký thao tác'
};

const PROPERTIES = {
  assignee: 'Người xử lý',
  owner: 'Người chịu trách nhiệm',
  dueDate: 'Thời hạn',
  followUpDate: 'Ngày nhắc',
  priority: 'Độ ưu tiên',
  name: 'Tên',
  description: 'Mô tả',
  candidate: 'Được giao cho',
  userId: 'Người dùng',
  groupId: 'Đơn vị',
  variableName: 'Tên biến',
  suspensionState: 'Trạng thái',
  annotation: 'Ghi chú',
  retries: 'Số lần thử'
};

const ACTIVITY_TYPES = {
  startEvent: 'Sự kiện bắt đầu',
  messageStartEvent: 'Bắt đầu khi nhận thông điệp',
  noneEndEvent: 'Sự kiện kết thúc',
  terminateEndEvent: 'Kết thúc (dừng các nhánh khác)',
  exclusiveGateway: 'Rẽ nhánh theo điều kiện',
  parallelGateway: 'Tách/gộp nhánh song song',
  inclusiveGateway: 'Rẽ nhánh tùy chọn',
  eventBasedGateway: 'Rẽ nhánh theo sự kiện',
  userTask: 'Nhiệm vụ',
  serviceTask: 'Bước tự động',
  scriptTask: 'Bước tự động',
  callActivity: 'Gọi quy trình con',
  subProcess: 'Quy trình con',
  intermediateTimer: 'Chờ đến thời điểm',
  intermediateMessageCatch: 'Chờ thông điệp',
  boundaryTimer: 'Hẹn giờ gắn kèm',
  boundaryMessage: 'Thông điệp gắn kèm'
};

/** Steps without work of their own, shown in grey in the timeline. */
const MINOR_TYPES = new Set(['exclusiveGateway', 'parallelGateway', 'inclusiveGateway', 'eventBasedGateway',
  'startEvent', 'noneEndEvent']);

const INSTANCE_STATES = {
  ACTIVE: 'Đang xử lý',
  SUSPENDED: 'Tạm dừng',
  COMPLETED: 'Đã hoàn thành',
  EXTERNALLY_TERMINATED: 'Bị hủy',
  INTERNALLY_TERMINATED: 'Kết thúc theo quy trình'
};

// ---------------------------------------------------------------------------------------------
// Reading the history

/**
 * The engine API of the current engine. Cockpit 7.24 hands diagram plugins an {@code engineApi}
 * built without the app name, so the engine name is taken from the page address there.
 */
function engineApi(api) {
  if (/^[\w.-]+$/.test(api.engine || '')) {
    return api.engineApi;
  }
  const match = window.location.pathname.match(/\/app\/cockpit\/([^/]+)/);
  return api.baseApi + '/engine/' + encodeURIComponent(match ? match[1] : 'default');
}

class HttpError extends Error {
  constructor(status) {
    super('HTTP ' + status);
    this.status = status;
  }
}

async function get(base, path, params) {
  const query = params ? '?' + new URLSearchParams(params).toString() : '';
  const response = await fetch(base + path + query, {
    credentials: 'same-origin',
    headers: {Accept: 'application/json'}
  });
  if (!response.ok) {
    throw new HttpError(response.status);
  }
  return response.json();
}

/** Every row of a list query, page by page; {@code truncated} when there were too many. */
async function getAll(base, path, params) {
  const rows = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const batch = await get(base, path, {...params, firstResult: page * PAGE_SIZE, maxResults: PAGE_SIZE});
    rows.push(...batch);
    if (batch.length < PAGE_SIZE) {
      return rows;
    }
  }
  rows.truncated = true;
  return rows;
}

const auditCache = new Map();

/** The audit of one instance; the diagram and the tab of one page share a single load. */
function audit(base, instanceId) {
  const key = base + '|' + instanceId;
  const now = Date.now();
  auditCache.forEach((entry, cachedKey) => {
    if (now - entry.at > 5000) {
      auditCache.delete(cachedKey);
    }
  });
  const cached = auditCache.get(key);
  if (cached) {
    return cached.promise;
  }
  const promise = loadAudit(base, instanceId);
  auditCache.set(key, {at: now, promise});
  promise.catch(() => auditCache.delete(key));
  return promise;
}

async function loadAudit(base, instanceId) {
  const byInstance = {processInstanceId: instanceId};
  const [instance, activities, tasks, operations, details] = await Promise.all([
    get(base, '/history/process-instance/' + encodeURIComponent(instanceId)),
    getAll(base, '/history/activity-instance', {...byInstance, sortBy: 'occurrence', sortOrder: 'asc'}),
    getAll(base, '/history/task', {...byInstance, sortBy: 'startTime', sortOrder: 'asc'}),
    getAll(base, '/history/user-operation', {...byInstance, sortBy: 'timestamp', sortOrder: 'asc'}),
    getAll(base, '/history/detail', {...byInstance, variableUpdates: true, deserializeValues: false,
      sortBy: 'time', sortOrder: 'asc'})
  ]);
  const [candidates, watches] = await Promise.all([
    loadCandidateGroups(base, tasks),
    loadWatches(base, activities)
  ]);
  const groupNames = await loadGroupNames(base, [...new Set([...candidates.values()].flat())]);
  return buildModel({instance, activities, tasks, operations, details, candidates, watches, groupNames});
}

/** Task id → the groups the task was offered to, in order (more than one when it was moved). */
async function loadCandidateGroups(base, tasks) {
  const result = new Map();
  await Promise.all(tasks.map(async task => {
    try {
      const log = await getAll(base, '/history/identity-link-log',
        {taskId: task.id, type: 'candidate', sortBy: 'time', sortOrder: 'asc'});
      const groups = [];
      log.filter(entry => entry.operationType === 'add' && entry.groupId).forEach(entry => {
        if (!groups.includes(entry.groupId)) {
          groups.push(entry.groupId);
        }
      });
      result.set(task.id, groups);
    } catch (e) {
      result.set(task.id, []);
    }
  }));
  return result;
}

/** Group id → name, for the groups this user may read; the id stands in for the others. */
async function loadGroupNames(base, ids) {
  const names = new Map();
  if (ids.length) {
    try {
      const groups = await get(base, '/group', {idIn: ids.join(','), maxResults: ids.length});
      groups.forEach(group => names.set(group.id, group.name || group.id));
    } catch (e) {
      // not allowed to read groups: ids are shown
    }
  }
  return names;
}

/**
 * Called instance id → {dueAt, overdue} for every call activity: a deadline watch marked the item
 * overdue when its ServiceTask_MarkOverdue ran or its variable "overdue" is true.
 */
async function loadWatches(base, activities) {
  const result = new Map();
  await Promise.all(activities.filter(a => a.calledProcessInstanceId).map(async activity => {
    const id = activity.calledProcessInstanceId;
    try {
      const [marks, variables] = await Promise.all([
        get(base, '/history/activity-instance/count', {processInstanceId: id, activityId: WATCH_MARK_OVERDUE}),
        get(base, '/history/variable-instance', {processInstanceId: id, variableNameIn: 'dueAt,overdue',
          deserializeValues: false, maxResults: 10})
      ]);
      const value = name => (variables.find(v => v.name === name) || {}).value;
      result.set(id, {dueAt: value('dueAt') || null, overdue: marks.count > 0 || value('overdue') === true});
    } catch (e) {
      result.set(id, {dueAt: null, overdue: null});
    }
  }));
  return result;
}

// ---------------------------------------------------------------------------------------------
// What the history says

function buildModel(data) {
  const now = Date.now();
  const {instance, activities, tasks, operations, details, candidates, watches, groupNames} = data;
  const tasksById = new Map(tasks.map(task => [task.id, task]));
  const activitiesById = new Map(activities.map(activity => [activity.id, activity]));
  const agencyName = id => groupNames.get(id) || id;

  const timeline = activities.filter(a => a.activityType !== 'multiInstanceBody').map(activity => {
    const task = activity.taskId ? tasksById.get(activity.taskId) : null;
    const watch = activity.calledProcessInstanceId ? watches.get(activity.calledProcessInstanceId) : null;
    const start = parseDate(activity.startTime);
    const end = parseDate(activity.endTime);
    let due = null;
    let late = null;
    if (task && task.due) {
      due = parseDate(task.due);
      late = (end ? end.getTime() : now) > due.getTime();
    } else if (watch) {
      due = parseDate(watch.dueAt);
      late = watch.overdue;
    }
    return {
      id: activity.id,
      elementId: activity.activityId.replace(/#multiInstanceBody$/, ''),
      name: activity.activityName || ACTIVITY_TYPES[activity.activityType] || activity.activityType,
      type: activity.activityType,
      start,
      end,
      canceled: activity.canceled,
      assignee: activity.assignee || (task && task.assignee) || null,
      agencies: task ? (candidates.get(task.id) || []).map(agencyName) : [],
      duration: end ? end.getTime() - start.getTime() : now - start.getTime(),
      due,
      late,
      open: !end
    };
  });

  const elements = new Map();
  timeline.forEach(row => {
    const element = elements.get(row.elementId) || {count: 0, late: false, open: false, type: row.type};
    element.count += 1;
    element.late = element.late || row.late === true;
    element.open = element.open || row.open;
    elements.set(row.elementId, element);
  });

  const operationUsers = new Map();
  const operationRows = [];
  const byOperation = new Map();
  operations.forEach(entry => {
    operationUsers.set(entry.operationId, entry.userId);
    let row = byOperation.get(entry.operationId);
    if (!row) {
      const task = entry.taskId ? tasksById.get(entry.taskId) : null;
      row = {
        time: parseDate(entry.timestamp),
        user: entry.userId,
        type: entry.operationType,
        label: operationLabel(entry),
        subject: task ? task.name : (ENTITY_TYPES[entry.entityType] || entry.entityType),
        annotation: entry.annotation,
        changes: []
      };
      byOperation.set(entry.operationId, row);
      operationRows.push(row);
    }
    const change = propertyChange(entry, agencyName);
    if (change) {
      row.changes.push(change);
    }
  });

  const variables = [];
  AUDITED_VARIABLES.forEach(([name, label]) => {
    details.filter(detail => detail.variableName === name).forEach(detail => {
      const task = detail.taskId ? tasksById.get(detail.taskId) : null;
      const activity = activitiesById.get(detail.activityInstanceId);
      let where = '';
      if (task) {
        where = task.name;
      } else if (activity) {
        where = activity.activityName || ACTIVITY_TYPES[activity.activityType] || activity.activityId;
      } else if (detail.activityInstanceId === instance.id) {
        where = detail.initial ? 'Khởi tạo phiên quy trình' : 'Phiên quy trình';
      }
      variables.push({
        name,
        label,
        value: formatValue(name, detail.variableType, detail.value),
        time: parseDate(detail.time),
        where,
        user: detail.userOperationId ? operationUsers.get(detail.userOperationId) : null
      });
    });
  });

  return {
    instance,
    timeline,
    elements,
    operations: operationRows,
    variables,
    truncated: [activities, tasks, operations, details].some(rows => rows.truncated)
  };
}

function operationLabel(entry) {
  if (entry.property === 'assignee' && entry.newValue == null) {
    if (entry.operationType === 'Claim') {
      return 'Trả lại việc';
    }
    if (entry.operationType === 'Assign') {
      return 'Bỏ người xử lý';
    }
  }
  return OPERATION_TYPES[entry.operationType] || entry.operationType;
}

function propertyChange(entry, agencyName) {
  if (!entry.property || (entry.operationType === 'Complete' && entry.property === 'delete')) {
    return null;
  }
  const label = PROPERTIES[entry.property] || entry.property;
  const text = value => {
    if (value == null || value === '') {
      return '(trống)';
    }
    if (entry.property === 'dueDate' && /^\d+$/.test(value)) {
      return formatDeadline(new Date(Number(value)));
    }
    if (entry.property === 'followUpDate' && /^\d+$/.test(value)) {
      return formatDateTime(new Date(Number(value)));
    }
    if (entry.property === 'candidate' || entry.property === 'groupId') {
      return agencyName(value);
    }
    return String(value);
  };
  return entry.orgValue == null
    ? label + ': ' + text(entry.newValue)
    : label + ': ' + text(entry.orgValue) + ' → ' + text(entry.newValue);
}

// ---------------------------------------------------------------------------------------------
// Formatting, Vietnam time

function parseDate(text) {
  if (!text) {
    return null;
  }
  const date = new Date(String(text).replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  return isNaN(date.getTime()) ? null : date;
}

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23'
});

function vietnamParts(date) {
  const parts = {};
  PARTS.formatToParts(date).forEach(part => {
    parts[part.type] = part.value;
  });
  return parts;
}

function formatDateTime(date) {
  if (!date) {
    return '';
  }
  const p = vietnamParts(date);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}:${p.second}`;
}

/** A deadline at 24:00 Vietnam time reads "hết ngày 30/12/2021", as in the forms. */
function formatDeadline(date) {
  if (!date) {
    return '';
  }
  const p = vietnamParts(date);
  if (p.hour === '00' && p.minute === '00' && p.second === '00') {
    const lastDay = vietnamParts(new Date(date.getTime() - 1000));
    return `hết ngày ${lastDay.day}/${lastDay.month}/${lastDay.year}`;
  }
  return `${p.hour}:${p.minute} ngày ${p.day}/${p.month}/${p.year}`;
}

function formatDuration(ms) {
  if (ms == null || ms < 0) {
    return '';
  }
  const minutes = Math.floor(ms / 60000);
  if (minutes < 1) {
    return 'dưới 1 phút';
  }
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = [];
  if (days) {
    parts.push(days + ' ngày');
  }
  if (hours) {
    parts.push(hours + ' giờ');
  }
  if (rest && !days) {
    parts.push(rest + ' phút');
  }
  return parts.join(' ') || (days + ' ngày');
}

function formatValue(name, type, value) {
  if (value == null || type === 'Null') {
    return '(trống)';
  }
  if (type === 'Boolean') {
    return value ? 'Có' : 'Không';
  }
  if (type === 'Date') {
    const date = parseDate(value);
    return DEADLINE_VARIABLES.has(name) ? formatDeadline(date) : formatDateTime(date);
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (CHOICES[name] && CHOICES[name][text]) {
    return CHOICES[name][text];
  }
  const isoDate = text.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  return isoDate ? `${isoDate[3]}/${isoDate[2]}/${isoDate[1]}` : text;
}

// ---------------------------------------------------------------------------------------------
// Building the page: elements and text nodes only

function h(tag, props, ...children) {
  const element = document.createElement(tag);
  Object.entries(props || {}).forEach(([key, value]) => {
    if (value == null || value === false) {
      return;
    }
    if (key === 'className') {
      element.className = value;
    } else if (key.startsWith('on')) {
      element.addEventListener(key.slice(2).toLowerCase(), value);
    } else {
      element.setAttribute(key, String(value));
    }
  });
  children.flat(Infinity).forEach(child => {
    if (child != null && child !== false) {
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
  return element;
}

/** Replaces a node's content; absent parts (null) are left out. */
function show(node, ...children) {
  node.replaceChildren(...children.filter(child => child != null && child !== false));
}

function table(name, headers, rows) {
  return h('table', {className: 'table table-striped followup-audit-table', 'data-followup': name},
    h('thead', null, h('tr', null, headers.map(header => h('th', null, header)))),
    h('tbody', null, rows));
}

function message(text, kind) {
  return h('div', {className: 'alert alert-' + (kind || 'info') + ' followup-audit-message'}, text);
}

function errorText(error) {
  if (error && (error.status === 401 || error.status === 403)) {
    return 'Bạn không có quyền xem lịch sử này.';
  }
  if (error && error.status === 404) {
    return 'Không tìm thấy phiên quy trình.';
  }
  return 'Không đọc được lịch sử. Vui lòng thử lại sau.';
}

function lateCell(row) {
  if (row.late === true) {
    return h('td', {className: 'followup-late-yes'}, row.open ? 'Có (đang quá hạn)' : 'Có');
  }
  if (row.late === false) {
    return h('td', null, row.open ? 'Chưa' : 'Không');
  }
  return h('td', {className: 'followup-muted'}, '—');
}

function renderAudit(model) {
  const instance = model.instance;
  const summary = h('dl', {className: 'dl-horizontal followup-audit-summary'},
    h('dt', null, 'Mã nghiệp vụ'), h('dd', null, instance.businessKey || '—'),
    h('dt', null, 'Quy trình'), h('dd', null,
      (instance.processDefinitionName || instance.processDefinitionKey) + ' (phiên bản '
      + instance.processDefinitionVersion + ')'),
    h('dt', null, 'Bắt đầu'), h('dd', null, formatDateTime(parseDate(instance.startTime))),
    h('dt', null, 'Kết thúc'), h('dd', null, instance.endTime
      ? formatDateTime(parseDate(instance.endTime)) : 'chưa kết thúc'),
    h('dt', null, 'Trạng thái'), h('dd', null, INSTANCE_STATES[instance.state] || instance.state || ''));

  const legend = h('p', {className: 'followup-legend'},
    'Trên sơ đồ: ',
    h('span', {className: 'followup-legend-done'}, 'đã thực hiện'), ' ',
    h('span', {className: 'followup-legend-late'}, 'quá hạn'), ' ',
    h('span', {className: 'followup-legend-open'}, 'đang thực hiện'),
    '. Thời gian theo giờ Việt Nam.');

  const timelineRows = model.timeline.map(row => h('tr', {
    className: row.late ? 'followup-late' : MINOR_TYPES.has(row.type) ? 'followup-minor' : null,
    'data-activity-id': row.elementId},
    h('td', null, row.name, h('span', {className: 'followup-muted'}, row.elementId)),
    h('td', null, formatDateTime(row.start)),
    h('td', null, row.end ? formatDateTime(row.end) : 'đang thực hiện', row.canceled
      ? h('span', {className: 'followup-muted'}, 'bị dừng') : null),
    h('td', null, row.assignee || ''),
    h('td', null, row.agencies.join(' → ')),
    h('td', null, formatDuration(row.duration)),
    h('td', null, formatDeadline(row.due)),
    lateCell(row)));

  const operationRows = model.operations.map(row => h('tr', null,
    h('td', null, formatDateTime(row.time)),
    h('td', null, row.user || ''),
    h('td', null, row.label),
    h('td', null, row.subject || ''),
    h('td', null, row.changes.map(change => h('div', null, change)),
      row.annotation ? h('div', {className: 'followup-muted'}, 'Ghi chú: ' + row.annotation) : null)));

  let previous = null;
  const variableRows = model.variables.map(row => {
    const first = row.name !== previous;
    previous = row.name;
    return h('tr', {className: first ? 'followup-first' : null, 'data-variable': row.name},
      h('td', null, first ? [row.label, h('span', {className: 'followup-muted'}, row.name)] : null),
      h('td', {className: 'followup-value'}, row.value),
      h('td', null, formatDateTime(row.time)),
      h('td', null, row.where),
      h('td', null, row.user || ''));
  });

  return h('div', {className: 'followup-audit'},
    summary,
    legend,
    model.truncated ? message('Lịch sử quá dài: chỉ hiển thị phần đầu.', 'warning') : null,
    h('h4', null, 'Diễn biến xử lý'),
    table('timeline', ['Hoạt động', 'Bắt đầu', 'Kết thúc', 'Người xử lý', 'Cơ quan, đơn vị',
      'Thời gian xử lý', 'Thời hạn', 'Quá hạn'], timelineRows),
    h('h4', null, 'Nhật ký thao tác'),
    operationRows.length
      ? table('operations', ['Thời điểm', 'Người thực hiện', 'Thao tác', 'Nhiệm vụ, đối tượng', 'Chi tiết'],
        operationRows)
      : message('Chưa có thao tác nào của người dùng.'),
    h('h4', null, 'Lịch sử thông tin chính'),
    variableRows.length
      ? table('variables', ['Thông tin', 'Giá trị', 'Thời điểm ghi', 'Tại bước', 'Người thực hiện'],
        variableRows)
      : message('Chưa có thông tin nào được ghi.'));
}

// ---------------------------------------------------------------------------------------------
// The path on a bpmn-js diagram

const markedByViewer = new WeakMap();

function clearPath(viewer) {
  const marked = markedByViewer.get(viewer);
  if (!marked) {
    return;
  }
  const canvas = viewer.get('canvas');
  marked.forEach(({id, classes}) => classes.forEach(name => canvas.removeMarker(id, name)));
  viewer.get('overlays').remove({type: OVERLAY_TYPE});
  markedByViewer.delete(viewer);
}

function markPath(viewer, model) {
  clearPath(viewer);
  const canvas = viewer.get('canvas');
  const registry = viewer.get('elementRegistry');
  const overlays = viewer.get('overlays');
  const marked = [];
  model.elements.forEach((state, id) => {
    const element = registry.get(id);
    if (!element) {
      return;
    }
    const di = element.di || (element.businessObject && element.businessObject.di) || {};
    const classes = [MARK.path, state.late ? MARK.late : state.open ? MARK.open : MARK.done];
    if (di.isExpanded) {
      classes.push(MARK.container);
    }
    classes.forEach(name => canvas.addMarker(id, name));
    marked.push({id, classes});
    const badges = [];
    if (state.late) {
      badges.push(h('span', {className: 'followup-badge followup-badge-late', title: 'Quá hạn'}, 'Quá hạn'));
    }
    if (state.count > 1 && !di.isExpanded) {
      badges.push(h('span', {className: 'followup-badge followup-badge-count', title: 'Số lần thực hiện'},
        state.count + ' lần'));
    }
    if (badges.length) {
      overlays.add(id, OVERLAY_TYPE, {position: {top: -12, left: 4}, html: h('div', {className: 'followup-badges'},
        badges)});
    }
  });
  markedByViewer.set(viewer, marked);
}

// ---------------------------------------------------------------------------------------------
// Styles

const STYLE_ID = 'followup-audit-style';
if (!document.getElementById(STYLE_ID)) {
  const colours = {done: ['#2e7d32', '#e8f5e9'], late: ['#c62828', '#ffebee'], open: ['#1565c0', '#e3f2fd']};
  const rules = Object.entries(colours).map(([state, [stroke, fill]]) => `
.djs-element.followup-path-${state} .djs-visual > :first-child { stroke: ${stroke} !important; stroke-width: 3px !important; }
.djs-shape.followup-path-${state}:not(.followup-path-container) .djs-visual > :first-child { fill: ${fill} !important; }
.followup-legend-${state} { border: 2px solid ${stroke}; background: ${fill}; padding: 0 6px; border-radius: 3px; }`);
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = rules.join('') + `
.followup-badges { white-space: nowrap; }
.followup-badge { display: inline-block; margin-right: 2px; padding: 0 5px; border-radius: 8px; font-size: 11px;
  line-height: 16px; color: #fff; }
.followup-badge-late { background: #c62828; }
.followup-badge-count { background: #555; }
.followup-audit, .followup-finished { padding: 8px 0 24px; }
.followup-audit h4 { margin-top: 20px; }
.followup-audit-table td { vertical-align: top; }
.followup-audit-table { font-size: 12px; }
.followup-audit-table tr.followup-late td { background: #ffebee; }
.followup-audit-table tr.followup-minor td { color: #888; }
.followup-late-yes { color: #c62828; font-weight: bold; }
.followup-muted { display: block; color: #777; font-size: 11px; }
.followup-value { white-space: pre-wrap; word-break: break-word; max-width: 420px; }
.followup-audit-summary dd { margin-bottom: 2px; }
.followup-finished form { margin-bottom: 10px; }
.followup-finished .followup-search { width: 360px; display: inline-block; margin-right: 6px; }
.followup-finished tr.followup-selected td { background: #e3f2fd; }
.followup-finished .followup-pager button { margin-right: 6px; }
.followup-detail { border-top: 2px solid #ddd; margin-top: 12px; padding-top: 8px; }
.followup-documents .followup-document-file { min-width: 180px; word-break: break-word; }
.followup-documents .followup-document-step { min-width: 200px; }
.followup-documents .followup-document-hash code { word-break: break-all; white-space: normal; display: block;
  min-width: 16em; }`;
  document.head.appendChild(style);
}

// ---------------------------------------------------------------------------------------------
// Plugins

/** The diagram of the process definition page, shared with its finished-instances tab. */
const definitionDiagram = {viewer: null, pending: null};

function showOnDefinitionDiagram(model) {
  definitionDiagram.pending = model;
  if (definitionDiagram.viewer) {
    try {
      if (model) {
        markPath(definitionDiagram.viewer, model);
      } else {
        clearPath(definitionDiagram.viewer);
      }
    } catch (e) {
      // the diagram is being torn down with the page
    }
  }
}

/**
 * The item's attached documents (project API, read with the webapp's session): each file with its
 * step, uploader, time, size, SHA-256 and digital signatures, and a link that downloads it.
 */
function renderDocuments(businessKey) {
  const section = h('div', {className: 'followup-documents', 'data-followup': 'documents'},
    h('h4', null, 'Văn bản đính kèm'), message('Đang tải danh sách văn bản…'));
  if (!businessKey) {
    return null;
  }
  fetch('/api/documents?' + new URLSearchParams({item: businessKey}).toString(),
    {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => {
      if (!response.ok) {
        throw new HttpError(response.status);
      }
      return response.json();
    })
    .then(documents => show(section, h('h4', null, 'Văn bản đính kèm'), documents.length === 0
      ? message('Chưa có văn bản nào được đính kèm.')
      : table('documents', ['Tệp', 'Bước', 'Người tải lên', 'SHA-256', 'Chữ ký số'],
        documents.map(file => h('tr', {'data-document-id': file.id},
          h('td', {className: 'followup-document-file'},
            h('a', {href: file.url, download: file.fileName, 'data-followup': 'document-link'}, file.fileName),
            h('span', {className: 'followup-muted'}, file.typeLabel + ', ' + file.size.toLocaleString('vi-VN')
              + ' byte')),
          h('td', {className: 'followup-document-step'}, file.taskName || ''),
          h('td', null, file.uploadedBy, h('span', {className: 'followup-muted'},
            formatDateTime(parseDate(file.uploadedAt)))),
          h('td', {className: 'followup-document-hash'}, h('code', {'data-followup': 'sha256'}, file.sha256)),
          h('td', {'data-followup': 'signatures'}, file.signatures.length === 0
            ? (file.type === 'PDF' ? 'Không có chữ ký số' : 'Không áp dụng')
            : file.signatures.map(signature => h('div', null,
              (signature.signer || 'Không rõ người ký')
              + (signature.signedAt ? ', ' + formatDateTime(parseDate(signature.signedAt)) : '')
              + ' – ' + signature.state))))))))
    .catch(() => show(section, h('h4', null, 'Văn bản đính kèm'),
      message('Không đọc được danh sách văn bản đính kèm.', 'danger')));
  return section;
}

function renderInstanceTab(node, {api, processInstanceId}) {
  show(node, message('Đang tải lịch sử…'));
  audit(engineApi(api), processInstanceId)
    .then(model => show(node, renderDocuments(model.instance.businessKey), renderAudit(model)))
    .catch(error => show(node, message(errorText(error), 'danger')));
}

function renderFinishedTab(node, {api, processDefinitionId}) {
  const base = engineApi(api);
  const state = {term: '', page: 0, selected: null};
  const input = h('input', {type: 'search', className: 'form-control followup-search', name: 'followup-business-key',
    placeholder: 'Mã nghiệp vụ, ví dụ xuan-tang-2021-11/2.1.3', 'aria-label': 'Tìm theo mã nghiệp vụ'});
  const results = h('div', {className: 'followup-results'});
  const detail = h('div', {className: 'followup-detail-area'});
  const form = h('form', {className: 'form-inline', onSubmit: event => {
    event.preventDefault();
    state.term = input.value.trim();
    state.page = 0;
    load();
  }}, input, h('button', {type: 'submit', className: 'btn btn-default'}, 'Tìm'));

  function params() {
    const query = {processDefinitionId, finished: true};
    if (state.term) {
      query.processInstanceBusinessKeyLike = '%' + state.term + '%';
    }
    return query;
  }

  async function load() {
    show(results, message('Đang tìm…'));
    try {
      const [count, instances] = await Promise.all([
        get(base, '/history/process-instance/count', params()),
        get(base, '/history/process-instance', {...params(), sortBy: 'endTime', sortOrder: 'desc',
          firstResult: state.page * LIST_PAGE_SIZE, maxResults: LIST_PAGE_SIZE})
      ]);
      showList(count.count, instances);
    } catch (error) {
      show(results, message(errorText(error), 'danger'));
    }
  }

  function showList(total, instances) {
    if (!instances.length) {
      show(results, message(state.term
        ? 'Không có phiên đã kết thúc nào có mã nghiệp vụ chứa “' + state.term + '”.'
        : 'Chưa có phiên nào của phiên bản quy trình này kết thúc.'));
      return;
    }
    const rows = instances.map(instance => h('tr', {
      className: state.selected === instance.id ? 'followup-selected' : null,
      'data-instance-id': instance.id
    },
    h('td', null, h('button', {type: 'button', className: 'btn btn-link followup-open',
      title: 'Xem đường đi, diễn biến và nhật ký', onClick: () => open(instance)}, instance.businessKey || instance.id)),
    h('td', null, formatDateTime(parseDate(instance.startTime))),
    h('td', null, formatDateTime(parseDate(instance.endTime))),
    h('td', null, formatDuration(instance.durationInMillis)),
    h('td', null, INSTANCE_STATES[instance.state] || instance.state || '')));
    const pages = Math.ceil(total / LIST_PAGE_SIZE);
    show(results,
      h('p', null, 'Tìm thấy ' + total + ' phiên đã kết thúc' + (pages > 1
        ? ', trang ' + (state.page + 1) + '/' + pages : '') + '.'),
      table('finished', ['Mã nghiệp vụ', 'Bắt đầu', 'Kết thúc', 'Thời gian xử lý', 'Trạng thái'], rows),
      pages > 1 ? h('div', {className: 'followup-pager'},
        h('button', {type: 'button', className: 'btn btn-default btn-sm', disabled: state.page === 0,
          onClick: () => { state.page -= 1; load(); }}, 'Trang trước'),
        h('button', {type: 'button', className: 'btn btn-default btn-sm', disabled: state.page >= pages - 1,
          onClick: () => { state.page += 1; load(); }}, 'Trang sau')) : null);
  }

  async function open(instance) {
    state.selected = instance.id;
    results.querySelectorAll('tr[data-instance-id]').forEach(row =>
      row.classList.toggle('followup-selected', row.getAttribute('data-instance-id') === instance.id));
    show(detail, message('Đang tải lịch sử…'));
    try {
      const model = await audit(base, instance.id);
      if (state.selected !== instance.id) {
        return;
      }
      showOnDefinitionDiagram(model);
      show(detail, h('div', {className: 'followup-detail'},
        h('button', {type: 'button', className: 'btn btn-default btn-sm pull-right', onClick: close},
          'Đóng chi tiết'),
        h('h4', null, 'Phiên ' + (instance.businessKey || instance.id)),
        renderAudit(model)));
      detail.scrollIntoView({block: 'start'});
    } catch (error) {
      show(detail, message(errorText(error), 'danger'));
    }
  }

  function close() {
    state.selected = null;
    showOnDefinitionDiagram(null);
    show(detail);
    results.querySelectorAll('tr.followup-selected').forEach(row => row.classList.remove('followup-selected'));
  }

  show(node, h('div', {className: 'followup-finished'},
    h('p', null, 'Các phiên đã kết thúc của phiên bản quy trình này, mới nhất trước. Chọn một phiên để xem '
      + 'đường đi trên sơ đồ, diễn biến xử lý, nhật ký thao tác và lịch sử thông tin chính.'),
    form, results, detail));
  load();
  // Opened from another view (the follow-up dashboard) for one finished instance: show it at once.
  const requested = new URLSearchParams(window.location.hash.split('?')[1] || '').get('followupInstance');
  if (requested) {
    get(base, '/history/process-instance/' + encodeURIComponent(requested))
      .then(instance => open(instance))
      .catch(error => show(detail, message(errorText(error), 'danger')));
  }
}

export default [
  {
    id: 'followup-instance-audit',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 1,
    properties: {label: 'Lịch sử xử lý'},
    render: renderInstanceTab
  },
  {
    id: 'followup-instance-path',
    pluginPoint: 'cockpit.processInstance.diagram.plugin',
    priority: 1,
    render(viewer, {api, processInstanceId}) {
      audit(engineApi(api), processInstanceId)
        .then(model => markPath(viewer, model))
        .catch(() => { /* the tab says why */ });
    }
  },
  {
    id: 'followup-finished-instances',
    pluginPoint: 'cockpit.processDefinition.runtime.tab',
    priority: 1,
    properties: {label: 'Phiên đã kết thúc'},
    render: renderFinishedTab,
    unmount() {
      showOnDefinitionDiagram(null);
    }
  },
  {
    id: 'followup-finished-path',
    pluginPoint: 'cockpit.processDefinition.diagram.plugin',
    priority: 1,
    render(viewer) {
      definitionDiagram.viewer = viewer;
      if (definitionDiagram.pending) {
        markPath(viewer, definitionDiagram.pending);
      }
    },
    unmount() {
      definitionDiagram.viewer = null;
    }
  }
];
