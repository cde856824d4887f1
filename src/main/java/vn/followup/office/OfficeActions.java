package vn.followup.office;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import vn.followup.deadline.Deadline;
import vn.followup.deadline.DeadlineKind;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.deadline.DeadlineType;
import vn.followup.export.Cells;
import vn.followup.engine.EngineClock;
import vn.followup.engine.InputRule;
import vn.followup.engine.FormInput;
import vn.followup.engine.FormInputException;
import vn.followup.item.DeadlineChange;
import vn.followup.item.ItemDeadlines;
import vn.followup.item.ItemGateway;
import vn.followup.item.ItemProcess;
import vn.followup.item.ItemStart;
import vn.followup.item.ItemCard;
import vn.followup.item.TaskMove;
import vn.followup.notice.DuplicateNoticeException;
import vn.followup.notice.FieldError;
import vn.followup.notice.NoticeDocument;
import vn.followup.notice.NoticeItems;
import vn.followup.notice.NoticeNotFoundException;
import vn.followup.notice.NoticeValidationException;
import vn.followup.organisation.Agency;
import vn.followup.organisation.AgencyRegistry;
import vn.followup.organisation.Office;
import vn.followup.office.OfficeActionProcess.Fields;
import vn.followup.office.OfficeActionProcess.Values;
import vn.followup.office.OfficeActionProcess.Vars;

/**
 * The office's actions on an item, each called by the one service task of its process, so each is
 * one transaction with the start of that process: checked (the item exists and is followed, a
 * reason is given, a decision has its number and date), done, and recorded on the item
 * ({@value Vars#ITEM_OFFICE_ACTION}) for the audit timeline. The as-of report reads the item's
 * variables as they stood at its date, so an action changes the report from the moment it is
 * recorded on, never before.
 */
@Service
class OfficeActions {

  /** Every refusal of an action says so: the action's whole start rolls back. */
  private static final String NOTHING_CHANGED = "Chưa có gì được thay đổi.";

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final HistoryService historyService;
  private final ItemGateway items;
  private final ItemDeadlines deadlines;
  private final TaskReassignment reassignment;
  private final AgencyRegistry agencies;
  private final Office office;
  private final NoticeItems noticeItems;
  private final DeadlineSchedule schedule;
  private final ObjectMapper objectMapper;

  OfficeActions(RuntimeService runtimeService, TaskService taskService, HistoryService historyService,
      ItemGateway items, ItemDeadlines deadlines, TaskReassignment reassignment, AgencyRegistry agencies,
      Office office, NoticeItems noticeItems, DeadlineSchedule schedule, ObjectMapper objectMapper) {
    this.noticeItems = noticeItems;
    this.schedule = schedule;
    this.objectMapper = objectMapper;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.historyService = historyService;
    this.items = items;
    this.deadlines = deadlines;
    this.reassignment = reassignment;
    this.agencies = agencies;
    this.office = office;
  }

  /** Dừng theo dõi nội dung: its tasks and watches end; it closes as "Dừng thực hiện". */
  void stop(DelegateExecution action) {
    FormInput input = FormInput.of(action, NOTHING_CHANGED);
    ProcessInstance item = followedItem(input);
    String reason = input.strippedText(Fields.REASON);
    String number = input.strippedText(Fields.DECISION_NUMBER);
    LocalDate date = input.date(Fields.DECISION_DATE);
    String by = by(action);
    record(item, OfficeAction.STOP, reason, number, date, by, null);
    items.stop(item.getBusinessKey(), reason, number, date, by);
  }

  /**
   * Ghi nhận thay đổi thời hạn theo quyết định của Ban Thường vụ: the new last day becomes the
   * deadline, the original stays, the running timers move to it.
   */
  void changeDeadline(DelegateExecution action) {
    FormInput input = FormInput.of(action, NOTHING_CHANGED);
    ProcessInstance item = followedItem(input);
    String type = input.strippedText(Fields.DEADLINE_TYPE);
    String which = DeadlineType.parse(type).map(DeadlineType::inSentence).orElseThrow(() -> new FormInputException(
        Vars.DEADLINE_TYPE, Fields.DEADLINE_TYPE.label() + " phải là một trong: " + DeadlineType.labels() + "."));
    Date current = deadlines.current(item.getId(), type);
    if (current == null) {
      throw new FormInputException(Vars.DEADLINE_TYPE, "Nội dung " + item.getBusinessKey() + " không có " + which
          + " để thay đổi. Chưa có gì được thay đổi.");
    }
    LocalDate newLastDay = input.date(Fields.NEW_DEADLINE);
    LocalDate currentLastDay = current.toInstant().minusMillis(1).atZone(DeadlineSchedule.VIETNAM).toLocalDate();
    if (newLastDay.equals(currentLastDay)) {
      throw new FormInputException(Vars.NEW_DEADLINE, Fields.NEW_DEADLINE.label() + " trùng với " + which + " hiện tại ("
          + Cells.DATE.format(currentLastDay) + "). Chưa có gì được thay đổi.");
    }
    String reason = input.strippedText(Fields.REASON);
    String number = input.strippedText(Fields.BOARD_DECISION_NUMBER);
    LocalDate date = input.dateNotAfter(Fields.BOARD_DECISION_DATE,
        EngineClock.now().atZone(DeadlineSchedule.VIETNAM).toLocalDate());
    String decision = "Ban Thường vụ, văn bản số " + number + " ngày " + Cells.DATE.format(date);
    String by = by(action);
    record(item, OfficeAction.CHANGE_DEADLINE, reason, number, date, by,
        which + ": " + Cells.DATE.format(currentLastDay) + " → " + Cells.DATE.format(newLastDay));
    runtimeService.setVariables(item.getId(),
        Values.ITEM_DEADLINE_DECISION.putInto(Variables.createVariables(), decision + ": " + reason));
    items.changeDeadline(item.getId(), new DeadlineChange(type, newLastDay, decision + "; " + reason));
  }

  /** Thay đổi cơ quan chủ trì: the open tasks of the previous lead move to the new one. */
  void changeLead(DelegateExecution action) {
    FormInput input = FormInput.of(action, NOTHING_CHANGED);
    ProcessInstance item = followedItem(input);
    Agency lead = agency(input, Fields.NEW_LEAD);
    Map<String, Object> current = runtimeService.getVariables(item.getId(),
        List.of(ItemProcess.Vars.LEAD_AGENCY, ItemProcess.Vars.RESPONSIBLE_AGENCY));
    String previous = ItemProcess.Values.LEAD_AGENCY.from(current);
    String responsible = ItemProcess.Values.RESPONSIBLE_AGENCY.from(current);
    if (lead.id().equals(previous)) {
      throw new FormInputException(Vars.NEW_LEAD, lead.name() + " đã là cơ quan chủ trì của nội dung này. "
          + "Chưa có gì được thay đổi.");
    }
    String reason = input.strippedText(Fields.REASON);
    String number = input.strippedText(Fields.DECISION_NUMBER);
    LocalDate date = input.date(Fields.DECISION_DATE);
    String previousName = agencies.find(previous).map(Agency::name).orElse(previous);
    record(item, OfficeAction.CHANGE_LEAD, reason, number, date, by(action), previousName + " → " + lead.name());
    items.changeLead(item.getId(), lead);
  }

  /** Chuyển công việc sang cơ quan khác: the item's open tasks offered to one agency go to another. */
  void moveTask(DelegateExecution action) {
    FormInput input = FormInput.of(action, NOTHING_CHANGED);
    ProcessInstance item = followedItem(input);
    Agency from = agency(input, Fields.FROM_AGENCY);
    Agency to = agency(input, Fields.TO_AGENCY);
    if (from.id().equals(to.id())) {
      throw new FormInputException(Vars.TO_AGENCY, Fields.TO_AGENCY.label() + " phải khác cơ quan đang được giao. "
          + "Chưa có gì được thay đổi.");
    }
    List<Task> tasks = openTasksOf(item, List.of(from.id()));
    if (tasks.isEmpty()) {
      throw new FormInputException(Vars.FROM_AGENCY, "Nội dung " + item.getBusinessKey()
          + " không có công việc đang mở được giao cho " + from.name() + ". Chưa có gì được thay đổi.");
    }
    String reason = input.strippedText(Fields.REASON);
    String names = String.join(", ", tasks.stream().map(Task::getName).distinct().toList());
    record(item, OfficeAction.MOVE_TASK, reason, null, null, by(action),
        names + ": " + from.name() + " → " + to.name());
    items.moveTasks(item.getId(), new TaskMove(from.id(), to.id()));
  }

  /**
   * Bổ sung nội dung vào thông báo đã đăng ký: checked with the whole notice by the registration
   * rules, stored with the notice, and its follow-up started.
   */
  void addItem(DelegateExecution action) {
    FormInput input = FormInput.of(action, NOTHING_CHANGED);
    String noticeId = input.strippedText(Fields.NOTICE_ID);
    String reason = input.strippedText(Fields.REASON);
    String number = input.strippedText(Fields.DECISION_NUMBER);
    LocalDate date = input.date(Fields.DECISION_DATE);
    String kind = input.strippedText(Fields.ITEM_KIND);
    List<NoticeDocument.DeadlineEntry> phrases = new ArrayList<>();
    String response = input.strippedText(Fields.RESPONSE_DEADLINE);
    String completion = input.strippedText(Fields.COMPLETION_DEADLINE);
    if (response != null) {
      phrases.add(new NoticeDocument.DeadlineEntry(DeadlineType.RESPONSE, response));
    }
    if (completion != null) {
      phrases.add(new NoticeDocument.DeadlineEntry(DeadlineType.COMPLETION, completion));
    }
    NoticeDocument.Item item = new NoticeDocument.Item(input.strippedText(Fields.ITEM_NUMBER),
        input.strippedText(Fields.ITEM_TEXT),
        "TASK".equals(kind) ? NoticeDocument.ItemKind.TASK
            : "RECOMMENDATION".equals(kind) ? NoticeDocument.ItemKind.RECOMMENDATION : null,
        input.strippedText(Fields.LEAD), input.list(Fields.COORDINATORS, "danh sách mã cơ quan"),
        phrases);
    ProcessInstance started;
    try {
      started = noticeItems.add(noticeId, item);
    } catch (NoticeNotFoundException e) {
      throw new FormInputException(Vars.NOTICE_ID, "Không tìm thấy thông báo đã đăng ký có mã '" + noticeId
          + "'. Chưa có gì được thay đổi.");
    } catch (NoticeValidationException e) {
      FieldError first = e.errors().get(0);
      throw new FormInputException(formKey(first.field()), String.join(" ", e.errors().stream()
          .map(FieldError::message).toList()) + " Chưa có gì được thay đổi.");
    } catch (DuplicateNoticeException e) {
      throw new FormInputException(Vars.ITEM_NUMBER, e.getMessage() + " Chưa có gì được thay đổi.");
    }
    record(started, OfficeAction.ADD_ITEM, reason, number, date, by(action), "nội dung số " + item.number());
  }

  /**
   * Mở lại nội dung đã kết thúc theo dõi: a new follow-up of the same item (same business key)
   * starts at receipt by its last lead, answering by the new date; it names the previous one
   * ({@value Vars#ITEM_REOPENED_FROM}), and the audit timeline shows both, the previous first.
   */
  void reopen(DelegateExecution action) {
    FormInput input = FormInput.of(action, NOTHING_CHANGED);
    String key = input.strippedText(Fields.ITEM_KEY);
    if (runtimeService.createProcessInstanceQuery().processDefinitionKey(ItemProcess.KEY)
        .processInstanceBusinessKey(key).count() > 0) {
      throw new FormInputException(Vars.ITEM_KEY, "Nội dung '" + key + "' đang được theo dõi, không cần mở lại. "
          + "Chưa có gì được thay đổi.");
    }
    HistoricProcessInstance previous = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ItemProcess.KEY).processInstanceBusinessKey(key).finished()
        .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst()
        .orElseThrow(() -> new FormInputException(Vars.ITEM_KEY, "Không tìm thấy nội dung đã kết thúc theo dõi có mã '"
            + key + "'. Chưa có gì được thay đổi."));
    LocalDate newLastDay = input.date(Fields.REOPEN_DEADLINE);
    if (!newLastDay.isAfter(EngineClock.now().atZone(DeadlineSchedule.VIETNAM).toLocalDate())) {
      throw new FormInputException(Vars.NEW_DEADLINE, Fields.REOPEN_DEADLINE.label() + " phải sau ngày hôm nay.");
    }
    String reason = input.strippedText(Fields.REASON);
    String number = input.strippedText(Fields.DECISION_NUMBER);
    LocalDate date = input.date(Fields.DECISION_DATE);
    Map<String, Object> last = new HashMap<>();
    historyService.createHistoricVariableInstanceQuery().processInstanceId(previous.getId()).list()
        .forEach(variable -> last.put(variable.getName(), variable.getValue()));
    ItemCard card = ItemProcess.Values.ITEM.from(last);
    String phrase = "Văn phòng mở lại nội dung: trả lời trước hết ngày " + Cells.DATE.format(newLastDay);
    Deadline deadline = new Deadline(phrase, DeadlineKind.DATED, newLastDay, schedule.endOfDay(newLastDay), "REOPENED",
        "Thời hạn do Văn phòng ấn định khi mở lại nội dung.", null, false, 1.0);
    ItemStart start = ItemStart.item(key)
        .notice(ItemProcess.Values.NOTICE_ID.from(last), card.noticeLabel(), true)
        .text(ItemProcess.Values.ITEM_NUMBER.from(last), card.itemText(),
            "RECOMMENDATION".equals(ItemProcess.Values.ITEM_KIND.from(last)))
        .agencies(ItemProcess.Values.LEAD_AGENCY.from(last), coordinators(last.get(ItemProcess.Vars.COORDINATING_AGENCIES)))
        .response(Optional.of(deadline), "Mở lại theo quyết định của Văn phòng")
        .urgent(Boolean.TRUE.equals(ItemProcess.Values.URGENT.from(last)))
        .proposer(ItemProcess.Values.PROPOSER.from(last))
        .build();
    ProcessInstance item = items.start(start);
    runtimeService.setVariables(item.getId(), Values.ITEM_REOPENED_FROM.putInto(Variables.createVariables(), previous.getId()));
    String ended = previous.getEndTime() == null ? "" : ", đã kết thúc theo dõi ngày "
        + Cells.DATE.format(previous.getEndTime().toInstant().atZone(DeadlineSchedule.VIETNAM).toLocalDate());
    record(item, OfficeAction.REOPEN, reason, number, date, by(action),
        "tiếp nối lần theo dõi trước" + ended + "; hạn trả lời mới hết ngày " + Cells.DATE.format(newLastDay));
  }

  private static String formKey(String field) {
    return switch (field.replaceAll("\\[.*", "")) {
      case "item.number" -> Vars.ITEM_NUMBER;
      case "item.text" -> Vars.ITEM_TEXT;
      case "item.kind" -> Vars.ITEM_KIND;
      case "item.lead" -> Vars.LEAD;
      case "item.coordinators" -> Vars.COORDINATORS;
      case "item.deadlines" -> Vars.RESPONSE_DEADLINE;
      default -> Vars.NOTICE_ID;
    };
  }

  private List<String> coordinators(Object json) {
    if (json == null) {
      return List.of();
    }
    try {
      return List.of(objectMapper.readValue(json.toString(), String[].class));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("Stored coordinators are not a JSON list", e);
    }
  }

  /** The running follow-up of the item the form names, or a Vietnamese refusal. */
  private ProcessInstance followedItem(FormInput input) {
    String key = input.strippedText(Fields.ITEM_KEY);
    ProcessInstance item = runtimeService.createProcessInstanceQuery().processDefinitionKey(ItemProcess.KEY)
        .processInstanceBusinessKey(key).singleResult();
    if (item != null) {
      return item;
    }
    boolean ended = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ItemProcess.KEY)
        .processInstanceBusinessKey(key).finished().count() > 0;
    throw new FormInputException(Vars.ITEM_KEY, ended
        ? "Nội dung '" + key + "' đã kết thúc theo dõi; không thể thực hiện thao tác này. Chưa có gì được thay đổi."
        : "Không tìm thấy nội dung đang theo dõi có mã '" + key + "'. Mã gồm mã thông báo và số thứ tự nội dung, "
            + "cách nhau bởi dấu '/' (ví dụ: xuan-tang-2021-11/2.1.1). Chưa có gì được thay đổi.");
  }

  private Agency agency(FormInput input, InputRule field) {
    String id = input.strippedText(field);
    return agencies.find(id).orElseThrow(() -> new FormInputException(field.key(),
        field.label() + " '" + id + "' không có trong danh mục cơ quan. Chưa có gì được thay đổi."));
  }

  /** The item's open tasks (its own and its watches') offered to one of these agencies, never the office's. */
  private List<Task> openTasksOf(ProcessInstance item, List<String> groups) {
    List<String> ids = new java.util.ArrayList<>(List.of(item.getId()));
    runtimeService.createProcessInstanceQuery().superProcessInstanceId(item.getId()).list()
        .forEach(watch -> ids.add(watch.getId()));
    return ids.stream()
        .flatMap(id -> taskService.createTaskQuery().processInstanceId(id).list().stream())
        .filter(task -> offeredTo(task).stream().anyMatch(group -> groups.contains(group)
            && !office.group().equals(group)))
        .toList();
  }

  private List<String> offeredTo(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
  }

  /** The action as auditors read it on the item: label, what changed, reason, decision, who. */
  private void record(ProcessInstance item, OfficeAction what, String reason, String number, LocalDate date, String by,
      String change) {
    StringBuilder text = new StringBuilder(what.label());
    if (change != null) {
      text.append(" (").append(change).append(')');
    }
    text.append(". Lý do: ").append(reason);
    if (number != null || date != null) {
      text.append(". Văn bản quyết định").append(number == null ? "" : " số " + number)
          .append(date == null ? "" : " ngày " + Cells.DATE.format(date));
    }
    text.append(". Người thực hiện: ").append(by).append('.');
    runtimeService.setVariables(item.getId(), Values.ITEM_OFFICE_ACTION.putInto(Variables.createVariables(), text.toString()));
  }

  private static String by(DelegateExecution action) {
    String initiator = Values.ACTION_BY.get(action);
    return initiator == null ? "(hệ thống)" : initiator;
  }
}
