package vn.followup.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.document.ItemDocuments;
import vn.followup.export.ApiRequestException;
import vn.followup.export.Cells;
import vn.followup.watch.DeadlineWatchProcess;
import vn.followup.engine.EngineClock;
import vn.followup.item.ItemProcess;
import vn.followup.item.ItemCard;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.organisation.Agency;
import vn.followup.organisation.AgencyRegistry;
import vn.followup.report.ItemNumbers;

/**
 * Builds an item's audit timeline from the engine's history: every activity of the item and of
 * the watches over its deadlines (with assignee, agency, duration and deadline), every user
 * operation, and every value recorded for the variables auditors follow. The history is read as
 * the caller, so the engine's authorizations decide what is returned.
 */
@Service
class AuditTrail {

  private static final int ROWS = 2000;
  /** The process the item's own lines belong to (a deadline watch's lines name their watch). */
  private static final String ITEM_LINES = "Nội dung theo dõi";
  /** The activities a person reads as a step of the item; the others are the engine's (timers, scopes, service steps). */
  private static final Set<String> PLAIN_ACTIVITIES = Set.of("userTask", "startEvent", "noneEndEvent", "endEvent",
      "messageEndEvent", "terminateEndEvent", "intermediateMessageCatch", "boundaryMessage", "messageStartEvent");
  /** The operations a person reads as what someone did (claiming, completing, handing over a task). */
  private static final Set<String> PLAIN_OPERATIONS = Set.of("Claim", "Complete", "Assign", "Delegate", "Resolve",
      "SetOwner", "Delete", "Suspend", "Activate", "SetDueDate");
  private static final Set<String> ROUTING = Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway",
      "eventBasedGateway");

  private final HistoryService historyService;
  private final IdentityService identityService;
  private final AgencyRegistry agencies;
  private final ItemDocuments documents;

  AuditTrail(HistoryService historyService, IdentityService identityService, AgencyRegistry agencies,
      ItemDocuments documents) {
    this.historyService = historyService;
    this.identityService = identityService;
    this.agencies = agencies;
    this.documents = documents;
  }

  ItemAudit item(String businessKey) {
    List<HistoricProcessInstance> runs = all(historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ItemProcess.KEY).processInstanceBusinessKey(businessKey)
        .orderByProcessInstanceStartTime().asc());
    if (runs.isEmpty()) {
      throw new ApiRequestException(HttpStatus.NOT_FOUND,
          "Không tìm thấy nội dung theo dõi có mã '" + businessKey + "' (hoặc bạn không có quyền xem lịch sử của nó).");
    }
    ItemAudit audit = audit(runs);
    Map<String, String> people = people(audit.entries());
    List<AuditEntry> named = audit.entries().stream().map(entry -> named(entry, people)).toList();
    return new ItemAudit(audit.businessKey(), audit.processInstanceId(), audit.noticeId(), audit.itemNumber(),
        audit.itemText(), audit.leadAgencyName(), audit.started(), audit.ended(), named, people);
  }

  /** The labels of the recorded values that hold a login ("Người tiếp nhận: …"). */
  private static final Set<String> PERSON_LABELS = Set.of(Vars.RECEIVED_BY, Vars.ACKNOWLEDGED_BY, Vars.STOPPED_BY,
      Vars.RESPONSE_AUTHOR, Vars.EXTENSION_REQUESTED_BY, Vars.EXTENSION_DECIDED_BY, Vars.RESPONSE_REVIEWER,
      Vars.CLOSED_BY).stream().map(AuditLabels.VARIABLES::get).filter(java.util.Objects::nonNull)
      .map(label -> label + ": ").collect(java.util.stream.Collectors.toUnmodifiableSet());
  private static final String DONE_BY = "Người thực hiện: ";

  /** The logins a line names in its text: a recorded person, or the author of an office action. */
  private static List<String> loginsIn(AuditEntry entry) {
    String detail = entry.detail();
    if (detail == null) {
      return List.of();
    }
    List<String> logins = new ArrayList<>();
    PERSON_LABELS.stream().filter(detail::startsWith).forEach(label -> logins.add(detail.substring(label.length())));
    int by = detail.lastIndexOf(DONE_BY);
    if (by >= 0 && detail.endsWith(".")) {
      logins.add(detail.substring(by + DONE_BY.length(), detail.length() - 1));
    }
    return logins;
  }

  /** The line with the logins of its text given as the people's full names ("Người tiếp nhận: Kiểm Thử"). */
  private static AuditEntry named(AuditEntry entry, Map<String, String> people) {
    String detail = entry.detail();
    for (String login : loginsIn(entry)) {
      String name = people.get(login);
      if (name != null && !name.equals(login)) {
        detail = detail.endsWith(": " + login) ? detail.substring(0, detail.length() - login.length()) + name
            : detail.replace(DONE_BY + login + ".", DONE_BY + name + ".");
      }
    }
    return detail == null || detail.equals(entry.detail()) ? entry : entry.withDetail(detail);
  }

  /**
   * The full names of the users of these entries. Users are read as the server: a reader of the
   * history may know who did what without the right to list the directory.
   */
  private Map<String, String> people(List<AuditEntry> entries) {
    Set<String> ids = new java.util.TreeSet<>();
    entries.stream().map(AuditEntry::user).filter(java.util.Objects::nonNull).forEach(ids::add);
    entries.stream().flatMap(entry -> loginsIn(entry).stream()).forEach(ids::add);
    Map<String, String> names = new java.util.TreeMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      for (User user : identityService.createUserQuery().userIdIn(ids.toArray(String[]::new)).listPage(0, ROWS)) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
            + (user.getLastName() == null ? "" : user.getLastName())).strip();
        names.put(user.getId(), name.isEmpty() ? user.getId() : name);
      }
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
    return names;
  }

  NoticeAudit notice(String noticeId) {
    List<HistoricProcessInstance> items = all(historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ItemProcess.KEY).processInstanceBusinessKeyLike(noticeId + "/%"));
    Map<String, List<HistoricProcessInstance>> runs = new java.util.LinkedHashMap<>();
    items.stream().filter(item -> item.getBusinessKey().startsWith(noticeId + "/"))
        .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime))
        .forEach(item -> runs.computeIfAbsent(item.getBusinessKey(), key -> new ArrayList<>()).add(item));
    List<ItemAudit> audits = runs.values().stream()
        .map(this::audit)
        .sorted(Comparator.comparing(ItemAudit::itemNumber, Comparator.nullsLast(ItemNumbers.ORDER)))
        .toList();
    if (audits.isEmpty()) {
      throw new ApiRequestException(HttpStatus.NOT_FOUND,
          "Không tìm thấy thông báo có mã '" + noticeId + "' (hoặc bạn không có quyền xem lịch sử của nó).");
    }
    return new NoticeAudit(noticeId, audits);
  }

  /**
   * The timeline of an item over all its follow-ups: a re-opened item (same business key) shows
   * its previous follow-ups first, each line marked with the follow-up it belongs to.
   */
  private ItemAudit audit(List<HistoricProcessInstance> runs) {
    HistoricProcessInstance latest = runs.get(runs.size() - 1);
    ItemAudit audit = audit(latest, runs.size() == 1 ? ITEM_LINES : ITEM_LINES + " (lần " + runs.size() + ")");
    if (runs.size() == 1) {
      return audit;
    }
    List<AuditEntry> entries = new ArrayList<>();
    for (int run = 0; run < runs.size() - 1; run++) {
      // The item's documents are listed once, with the latest follow-up.
      audit(runs.get(run), ITEM_LINES + " (lần " + (run + 1) + ")").entries().stream()
          .filter(entry -> !"VĂN BẢN".equals(entry.kind())).forEach(entries::add);
    }
    entries.addAll(audit.entries());
    entries.sort(Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::kind));
    return new ItemAudit(audit.businessKey(), audit.processInstanceId(), audit.noticeId(), audit.itemNumber(),
        audit.itemText(), audit.leadAgencyName(), time(runs.get(0).getStartTime()), audit.ended(), entries);
  }

  private ItemAudit audit(HistoricProcessInstance item, String itemProcess) {
    Map<String, Object> header = new HashMap<>();
    for (HistoricVariableInstance variable : all(historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(item.getId()).variableNameIn(Vars.NOTICE_ID, Vars.ITEM_NUMBER, Vars.ITEM))) {
      header.put(variable.getName(), variable.getValue());
    }
    ItemCard card = ItemProcess.Values.ITEM.from(header);
    List<AuditEntry> watchEntries = new ArrayList<>();
    Map<String, OffsetDateTime> lateWatches = new HashMap<>();
    for (HistoricProcessInstance watch : all(historyService.createHistoricProcessInstanceQuery()
        .superProcessInstanceId(item.getId()).processDefinitionKey(DeadlineWatchProcess.KEY)
        .orderByProcessInstanceStartTime().asc())) {
      List<AuditEntry> lines = entries(watch, watchLabel(watch), Map.of());
      lines.stream().filter(line -> Boolean.TRUE.equals(line.late())).findFirst()
          .ifPresent(line -> lateWatches.put(watch.getId(), line.deadline()));
      watchEntries.addAll(lines);
    }
    List<AuditEntry> entries = new ArrayList<>(entries(item, itemProcess, lateWatches));
    entries.addAll(watchEntries);
    for (ItemDocuments.DocumentLine document : documents.of(item.getBusinessKey())) {
      entries.add(new AuditEntry(document.at().atZoneSameInstant(DeadlineSchedule.VIETNAM).toOffsetDateTime(),
          "VĂN BẢN", ITEM_LINES, item.getId(), document.taskKey(), document.taskName(), null, null, null,
          null, document.user(), null, null, null, document.detail(), document.document(), false));
    }
    entries.sort(Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::kind));
    return new ItemAudit(item.getBusinessKey(), item.getId(), ItemProcess.Values.NOTICE_ID.from(header),
        ItemProcess.Values.ITEM_NUMBER.from(header), card == null ? null : card.itemText(),
        card == null ? null : card.leadAgencyName(), time(item.getStartTime()), time(item.getEndTime()), entries);
  }

  /** The name of the call activity that started the watch. */
  private String watchLabel(HistoricProcessInstance watch) {
    HistoricVariableInstance type = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(watch.getId()).variableName(DeadlineWatchProcess.Vars.DEADLINE_TYPE).singleResult();
    return type != null && DeadlineWatchProcess.TYPE_RESPONSE.equals(type.getValue()) ? "Theo dõi hạn trả lời"
        : "Theo dõi hạn hoàn thành";
  }

  /**
   * The lines of one process instance. {@code lateWatches}: the watches (called instance id) that
   * marked the item overdue, with the deadline they watched; the call activity that started such a
   * watch is late too.
   */
  private List<AuditEntry> entries(HistoricProcessInstance instance, String process,
      Map<String, OffsetDateTime> lateWatches) {
    Map<String, HistoricTaskInstance> tasks = new HashMap<>();
    for (HistoricTaskInstance task : all(historyService.createHistoricTaskInstanceQuery()
        .processInstanceId(instance.getId()))) {
      tasks.put(task.getId(), task);
    }
    Map<String, String> groups = candidateGroups(tasks.keySet());
    Map<String, String> stepNames = new HashMap<>();
    Map<String, String> operationUsers = new HashMap<>();
    List<AuditEntry> entries = new ArrayList<>();
    boolean markedOverdue = false;
    for (HistoricActivityInstance activity : all(historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc()
        .orderPartiallyByOccurrence().asc())) {
      stepNames.put(activity.getId(), activity.getActivityName());
      markedOverdue |= DeadlineWatchProcess.Elements.SERVICE_TASK_MARK_OVERDUE.equals(activity.getActivityId());
      if (!ROUTING.contains(activity.getActivityType())) {
        AuditEntry line = activity(activity, process, tasks.get(activity.getTaskId()), groups);
        OffsetDateTime watched = activity.getCalledProcessInstanceId() == null ? null
            : lateWatches.get(activity.getCalledProcessInstanceId());
        entries.add(watched == null ? line : late(line, watched, line.detail()));
      }
    }
    // Rows written at the same instant (one operation's properties) come back in no fixed order:
    // they are put in one, so that every reading of the timeline lists them alike.
    List<UserOperationLogEntry> operations = new ArrayList<>(all(historyService.createUserOperationLogQuery()
        .processInstanceId(instance.getId()).orderByTimestamp().asc()));
    operations.sort(Comparator.comparing(UserOperationLogEntry::getTimestamp)
        .thenComparing(UserOperationLogEntry::getOperationId, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(UserOperationLogEntry::getId));
    for (UserOperationLogEntry operation : operations) {
      operationUsers.put(operation.getOperationId(), operation.getUserId());
      HistoricTaskInstance task = operation.getTaskId() == null ? null : tasks.get(operation.getTaskId());
      entries.add(new AuditEntry(time(operation.getTimestamp()), "THAO TÁC", process,
          instance.getId(), task == null ? null : task.getTaskDefinitionKey(),
          task == null ? null : stepNames.getOrDefault(task.getActivityInstanceId(), task.getName()), null, null, null,
          null, operation.getUserId(), null, null, null, operationDetail(operation), null,
          !PLAIN_OPERATIONS.contains(operation.getOperationType())));
    }
    Map<String, String> lastShown = new HashMap<>();
    for (HistoricDetail detail : all(historyService.createHistoricDetailQuery().processInstanceId(instance.getId())
        .variableUpdates().orderByTime().asc().orderPartiallyByOccurrence().asc())) {
      HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
      // The item's card is one variable; its labelled fields are shown as values of their own.
      ItemCard card = Vars.ITEM.equals(update.getVariableName()) ? ItemProcess.Values.ITEM.of(update.getValue()) : null;
      Map<String, Object> values = card != null ? card.fields()
          : java.util.Collections.singletonMap(update.getVariableName(), update.getValue());
      values.forEach((name, raw) -> {
        String label = AuditLabels.VARIABLES.get(name);
        String shown = value(AuditLabels.choice(name, raw));
        // A value written again unchanged (a form field normalised by its listener) is shown once.
        if (label != null && !shown.equals(lastShown.put(name, shown))) {
          entries.add(new AuditEntry(time(update.getTime()), "GIÁ TRỊ", process, instance.getId(), null,
              stepNames.get(update.getActivityInstanceId()), null, null, null, null,
              operationUsers.get(update.getUserOperationId()), null, null, null,
              label + ": " + shown, null, isWatch(process) || raw == null || Boolean.FALSE.equals(raw)));
        }
      });
    }
    if (markedOverdue) {
      entries.replaceAll(entry -> "HOẠT ĐỘNG".equals(entry.kind())
          && DeadlineWatchProcess.Elements.TIMER_DEADLINE.equals(entry.stepId())
          ? late(entry, entry.end(), "Đã quá hạn") : entry);
    }
    return entries;
  }

  private AuditEntry activity(HistoricActivityInstance activity, String process, HistoricTaskInstance task,
      Map<String, String> groups) {
    Instant start = activity.getStartTime().toInstant();
    Instant end = activity.getEndTime() == null ? null : activity.getEndTime().toInstant();
    Date due = task == null ? null : task.getDueDate();
    Boolean late = due == null ? null
        : (end == null ? EngineClock.now() : end).isAfter(due.toInstant());
    String agency = task == null ? null : groups.get(task.getId());
    Long seconds = end == null ? null : Duration.between(start, end).toSeconds();
    String detail = activity.isCanceled() ? "Đã hủy (phiên bị dừng hoặc bước bị thay thế)"
        : end == null ? "Chưa kết thúc" : null;
    return new AuditEntry(time(activity.getStartTime()), "HOẠT ĐỘNG", process,
        activity.getProcessInstanceId(), activity.getActivityId(),
        activity.getActivityName() != null ? activity.getActivityName() : activity.getActivityType(),
        time(activity.getStartTime()), time(activity.getEndTime()), seconds, seconds == null ? null : duration(seconds),
        activity.getAssignee(), agency, time(due), late, detail, null,
        activity.getActivityName() == null || !PLAIN_ACTIVITIES.contains(activity.getActivityType())
            || (isWatch(process) && !"userTask".equals(activity.getActivityType())));
  }

  /** Whether the lines of this process are a deadline watch's (its timers and reminders), not the item's own. */
  private static boolean isWatch(String process) {
    return !process.startsWith(ITEM_LINES);
  }

  private static AuditEntry late(AuditEntry entry, OffsetDateTime deadline, String detail) {
    return new AuditEntry(entry.at(), entry.kind(), entry.process(), entry.processInstanceId(), entry.stepId(), entry.step(), entry.start(),
        entry.end(), entry.durationSeconds(), entry.duration(), entry.user(), entry.agency(), deadline, true,
        detail, entry.document(), false);
  }

  /** Task id to the name of the agency (or group) the task was offered to; the last offer counts. */
  private Map<String, String> candidateGroups(Set<String> taskIds) {
    Map<String, String> groups = new HashMap<>();
    for (String taskId : taskIds) {
      for (HistoricIdentityLinkLog link : all(historyService.createHistoricIdentityLinkLogQuery()
          .taskId(taskId).type("candidate").operationType("add").orderByTime().asc())) {
        if (link.getGroupId() != null) {
          groups.put(taskId, agencies.find(link.getGroupId()).map(Agency::name).orElse(link.getGroupId()));
        }
      }
    }
    return groups;
  }

  private static String operationDetail(UserOperationLogEntry operation) {
    StringBuilder detail = new StringBuilder(AuditLabels.operation(operation.getOperationType()));
    String property = AuditLabels.property(operation.getProperty());
    if (property != null) {
      detail.append(" – ").append(property);
      if (operation.getOrgValue() != null || operation.getNewValue() != null) {
        detail.append(": ").append(operation.getOrgValue() == null ? "" : operation.getOrgValue() + " → ")
            .append(operation.getNewValue() == null ? "(trống)" : operation.getNewValue());
      }
    }
    return detail.toString();
  }

  /** A recorded value as auditors read it; a deadline at 24:00 reads "hết ngày" of its last day. */
  static String value(Object value) {
    if (value instanceof Date date) {
      LocalDateTime local = date.toInstant().atZone(DeadlineSchedule.VIETNAM).toLocalDateTime();
      return local.toLocalTime().equals(LocalTime.MIDNIGHT)
          ? "hết ngày " + Cells.DATE.format(local.toLocalDate().minusDays(1)) : Cells.DATE_TIME.format(local);
    }
    if (value instanceof Boolean flag) {
      return flag ? "Có" : "Không";
    }
    if (value instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return Cells.DATE.format(LocalDate.parse(text));
    }
    return value == null ? "(trống)" : value.toString();
  }

  static String duration(long seconds) {
    long days = seconds / 86_400;
    long hours = seconds % 86_400 / 3600;
    long minutes = seconds % 3600 / 60;
    if (days > 0) {
      return days + " ngày " + hours + " giờ";
    }
    if (hours > 0) {
      return hours + " giờ " + minutes + " phút";
    }
    return minutes > 0 ? minutes + " phút" : seconds + " giây";
  }

  private static OffsetDateTime time(Date date) {
    return date == null ? null : date.toInstant().atZone(DeadlineSchedule.VIETNAM).toOffsetDateTime();
  }

  /** Every row of a history query, read in pages within the engine's limit for user requests. */
  private static <T> List<T> all(Query<?, T> query) {
    List<T> rows = new ArrayList<>();
    for (int first = 0; ; first += ROWS) {
      List<T> page = query.listPage(first, ROWS);
      rows.addAll(page);
      if (page.size() < ROWS) {
        return rows;
      }
    }
  }

}
