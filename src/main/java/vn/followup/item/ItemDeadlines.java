package vn.followup.item;

import vn.followup.deadline.DeadlineTexts;
import vn.followup.engine.EngineClock;
import vn.followup.watch.DeadlineWatchGateway;
import vn.followup.watch.DeadlineWatchProcess;
import vn.followup.watch.Reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.item.ItemProcess.Elements;
import vn.followup.item.ItemProcess.Vars;

/**
 * A deadline changed by a decision of the Standing Board (not an extension the agency asked for):
 * the new date becomes the deadline, the original stays in its own variable, the overdue mark
 * follows the new date, and the watch of that deadline moves its timers by the same path as an
 * approved extension ({@link DeadlineWatchGateway#moveDeadline}). The open task that answers by
 * that deadline gets the new due date.
 */
@Component
public class ItemDeadlines {

  /** The two deadlines the office may change, as the form's choice values. */
  public static final String RESPONSE = DeadlineWatchProcess.TYPE_RESPONSE;
  public static final String COMPLETION = DeadlineWatchProcess.TYPE_COMPLETION;

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final DeadlineSchedule schedule;
  private final DeadlineWatchGateway watches;
  private final DeadlineSummary summary;
  private final Reminders reminders;

  ItemDeadlines(RuntimeService runtimeService, TaskService taskService, DeadlineSchedule schedule,
      DeadlineWatchGateway watches, DeadlineSummary summary, Reminders reminders) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.schedule = schedule;
    this.watches = watches;
    this.summary = summary;
    this.reminders = reminders;
  }

  /** The item's current deadline of this type, or null when it has none. */
  public Date current(String itemInstanceId, String deadlineType) {
    return (RESPONSE.equals(deadlineType) ? ItemProcess.Values.RESPONSE_DUE_AT : ItemProcess.Values.COMPLETION_DUE_AT)
        .of(runtimeService.getVariable(itemInstanceId, dueVariable(deadlineType)));
  }

  /**
   * Moves the item's deadline of this type to the end of {@code newLastDay}.
   *
   * @param note how the rule reads the change (decision, reason), appended to the deadline's rule
   */
  public void changeByDecision(String itemInstanceId, String deadlineType, LocalDate newLastDay, String note) {
    Instant now = EngineClock.now();
    Date newDue = Date.from(schedule.endOfDay(newLastDay));
    boolean response = RESPONSE.equals(deadlineType);
    runtimeService.setVariable(itemInstanceId, dueVariable(deadlineType), newDue);
    runtimeService.setVariable(itemInstanceId, Vars.OVERDUE, !newDue.toInstant().isAfter(now));
    if (response) {
      runtimeService.setVariable(itemInstanceId, Vars.FIRST_REMINDER_AT, reminders.next(newDue, now));
    }
    Map<String, Object> variables = runtimeService.getVariables(itemInstanceId);
    runtimeService.setVariable(itemInstanceId, Vars.ITEM, ItemProcess.Values.ITEM.typed(summary.afterChange(variables,
        response, "Ban Thường vụ thay đổi thời hạn đến " + DeadlineTexts.endOf(newLastDay) + " (" + note + ")")));
    watches.moveDeadline(itemInstanceId, deadlineType, newDue, now);
    if (response) {
      for (Task task : taskService.createTaskQuery().processInstanceId(itemInstanceId)
          .taskDefinitionKey(Elements.TASK_WRITE_RESPONSE).list()) {
        task.setDueDate(newDue);
        taskService.saveTask(task);
      }
    }
  }

  private static String dueVariable(String deadlineType) {
    return RESPONSE.equals(deadlineType) ? Vars.RESPONSE_DUE_AT : Vars.COMPLETION_DUE_AT;
  }
}
