package vn.followup.tasklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.deadline.DeadlineTexts;
import vn.followup.deadline.DeadlineType;
import vn.followup.engine.EngineClock;
import vn.followup.item.ItemProcess;
import vn.followup.item.ItemProcess.Elements;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.item.ReviewDecision;
import vn.followup.organisation.Agency;
import vn.followup.organisation.AgencyRegistry;
import vn.followup.organisation.Office;

/**
 * The cards of the tasks a user sees in Tasklist's list (see {@link TaskCard}), for one page of the
 * list at a time: one task query, checked by the engine against the user's own rights (a task the
 * user may not see is left out), and one query for the few variables of those tasks' items.
 */
@Component
class TaskCards {

  static final String STEP_DUE = "Hạn xử lý bước này: ";
  static final String RETURNED = "Bị trả lại";
  static final String URGENT = "Khẩn";

  /** The steps of the implementation phase, whose item deadline is the completion's. */
  private static final Set<String> COMPLETION_STEPS = Set.of(Elements.TASK_REPORT_PROGRESS,
      Elements.TASK_REVIEW_FINAL_REPORT, Elements.TASK_DECIDE_COMPLETION_EXTENSION);

  private static final List<String> VARIABLES = List.of(Vars.ITEM_NUMBER, Vars.LEAD_AGENCY, Vars.RESPONSIBLE_AGENCY,
      Vars.RESPONSE_DUE_AT, Vars.COMPLETION_DUE_AT, Vars.REVIEW_DECISION, Vars.REVIEW_REASON,
      Vars.FINAL_REVIEW_DECISION, Vars.FINAL_REVIEW_REASON);

  private final ProcessEngine engine;
  private final DeadlineSchedule schedule;
  private final AgencyRegistry agencies;
  private final Office office;

  TaskCards(ProcessEngine engine, DeadlineSchedule schedule, AgencyRegistry agencies, Office office) {
    this.engine = engine;
    this.schedule = schedule;
    this.agencies = agencies;
    this.office = office;
  }

  /** The cards of those of the tasks the current user may see, in the order asked. */
  List<TaskCard> of(Collection<String> taskIds) {
    if (taskIds.isEmpty()) {
      return List.of();
    }
    // Checked against the user's authorizations: the engine leaves out what they may not read.
    // Bounded, as the engine's query limit requires of a user's query.
    List<Task> tasks = engine.getTaskService().createTaskQuery().taskIdIn(taskIds.toArray(String[]::new))
        .listPage(0, taskIds.size());
    Set<String> instances = tasks.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
        .collect(Collectors.toSet());
    Map<String, Map<String, Object>> items = instances.isEmpty() ? Map.of() : asServer(() -> variables(instances));
    Map<String, Task> byId = tasks.stream().collect(Collectors.toMap(Task::getId, task -> task));
    LocalDate today = EngineClock.now().atZone(DeadlineSchedule.VIETNAM).toLocalDate();
    List<TaskCard> cards = new ArrayList<>();
    for (String id : taskIds) {
      Task task = byId.get(id);
      if (task != null) {
        cards.add(card(task, items.getOrDefault(task.getProcessInstanceId(), Map.of()), today));
      }
    }
    return cards;
  }

  private Map<String, Map<String, Object>> variables(Set<String> instances) {
    Map<String, Map<String, Object>> byInstance = new HashMap<>();
    for (VariableInstance variable : engine.getRuntimeService().createVariableInstanceQuery()
        .processInstanceIdIn(instances.toArray(String[]::new)).variableNameIn(VARIABLES.toArray(String[]::new))
        .disableCustomObjectDeserialization().listPage(0, Math.min(2000, instances.size() * VARIABLES.size() * 4))) {
      // The item's own variables, not a task's or a coordination's local copy.
      if (variable.getProcessInstanceId().equals(variable.getExecutionId()) && variable.getTaskId() == null) {
        byInstance.computeIfAbsent(variable.getProcessInstanceId(), key -> new HashMap<>())
            .put(variable.getName(), variable.getValue());
      }
    }
    return byInstance;
  }

  TaskCard card(Task task, Map<String, Object> item, LocalDate today) {
    String step = task.getTaskDefinitionKey();
    Date response = item.get(Vars.RESPONSE_DUE_AT) instanceof Date date ? date : null;
    Date completion = item.get(Vars.COMPLETION_DUE_AT) instanceof Date date ? date : null;
    boolean completionGoverns = completion != null && (COMPLETION_STEPS.contains(step) || response == null);
    DeadlineType type = completionGoverns ? DeadlineType.COMPLETION : DeadlineType.RESPONSE;
    Date due = completionGoverns ? completion : response;
    String deadline = null;
    DeadlineStanding standing = null;
    LocalDate lastDay = null;
    if (due != null) {
      lastDay = schedule.lastDayOf(due.toInstant());
      deadline = type.label() + ": " + DeadlineTexts.endOf(lastDay);
      List<LocalDate> reminderDays = schedule.reminders(lastDay).stream()
          .map(instant -> instant.atZone(DeadlineSchedule.VIETNAM).toLocalDate()).toList();
      standing = DeadlineStanding.on(today, lastDay, reminderDays);
    }
    String stepDue = null;
    if (task.getDueDate() != null) {
      LocalDate stepLastDay = schedule.lastDayOf(task.getDueDate().toInstant());
      stepDue = stepLastDay.equals(lastDay) ? null : STEP_DUE + DeadlineTexts.endOf(stepLastDay);
    }
    String reason = returnReason(step, item);
    return new TaskCard(task.getId(), deadline, standing == null ? null : standing.text(),
        standing == null ? null : standing.tone().code(), stepDue, reason == null ? null : RETURNED, blankToNull(reason),
        task.getPriority() >= ItemProcess.PRIORITY_URGENT ? URGENT : null, confirmation(step, item));
  }

  /** The office's reason when this step is a response or a final report it returned; null otherwise ("" without one). */
  private static String returnReason(String step, Map<String, Object> item) {
    if (Elements.TASK_WRITE_RESPONSE.equals(step) && returned(item.get(Vars.REVIEW_DECISION))) {
      return Objects.toString(item.get(Vars.REVIEW_REASON), "");
    }
    if (Elements.TASK_REPORT_PROGRESS.equals(step) && returned(item.get(Vars.FINAL_REVIEW_DECISION))) {
      return Objects.toString(item.get(Vars.FINAL_REVIEW_REASON), "");
    }
    return null;
  }

  private static boolean returned(Object decision) {
    return ReviewDecision.parse(decision).filter(ReviewDecision.RETURN::equals).isPresent();
  }

  /** What completing the step sends, and to whom the item goes next; null for a step of no item. */
  private String confirmation(String step, Map<String, Object> item) {
    Object number = item.get(Vars.ITEM_NUMBER);
    if (step == null || number == null) {
      return null;
    }
    String what = "nội dung " + number;
    String officeName = name(office.group());
    String responsible = name(item.get(Vars.RESPONSIBLE_AGENCY));
    return switch (step) {
      case Elements.TASK_RECEIVE, Elements.TASK_RECEIVE_REPORTED_ITEM -> "Đã tiếp nhận " + what
          + ". Việc tiếp theo (cập nhật văn bản trả lời) đã được giao cho đơn vị thực hiện, trong \"Việc của đơn vị\".";
      case Elements.TASK_COORDINATE -> "Đã gửi ý kiến phối hợp về " + what + " đến " + name(item.get(Vars.LEAD_AGENCY))
          + " (cơ quan chủ trì).";
      case Elements.TASK_WRITE_RESPONSE -> "Đã gửi văn bản trả lời " + what + " đến " + officeName
          + " để thẩm định (hoặc xem xét đề nghị gia hạn, nếu có).";
      case Elements.TASK_REPORT_PROGRESS -> "Đã gửi báo cáo tiến độ thực hiện " + what + " đến " + officeName + ".";
      case Elements.TASK_ACKNOWLEDGE_ANSWER -> "Đã gửi ý kiến về kết quả trả lời " + what + " đến " + officeName + ".";
      case Elements.TASK_REVIEW_RESPONSE, Elements.TASK_REVIEW_FINAL_REPORT -> "Đã gửi kết quả thẩm định " + what
          + " đến " + responsible + ".";
      case Elements.TASK_DECIDE_EXTENSION, Elements.TASK_DECIDE_COMPLETION_EXTENSION -> "Đã gửi quyết định về đề nghị"
          + " gia hạn " + what + " đến " + responsible + ".";
      case Elements.TASK_CLOSE -> "Đã kết thúc theo dõi " + what + ".";
      default -> null;
    };
  }

  private String name(Object agencyId) {
    return agencyId instanceof String id ? agencies.find(id).map(Agency::name).orElse(id) : "cơ quan được giao";
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private <T> T asServer(Supplier<T> read) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired()
        .execute((Command<T>) context -> context.runWithoutAuthorization(read::get));
  }
}
