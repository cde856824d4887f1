package vn.followup.watch;

import vn.followup.deadline.DeadlineSchedule;


import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.followup.watch.DeadlineWatchProcess.Elements;
import vn.followup.watch.DeadlineWatchProcess.Values;
import vn.followup.watch.DeadlineWatchProcess.Vars;

/**
 * The one door to {@code Process_DeadlineWatch} instances, which the item process starts itself:
 * moves a watched deadline when an extension is approved, so that its timers fire at the new date.
 */
@Component
public class DeadlineWatchGateway {

  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final Reminders reminders;
  private final DeadlineSchedule schedule;

  DeadlineWatchGateway(RuntimeService runtimeService, ManagementService managementService, Reminders reminders,
      DeadlineSchedule schedule) {
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.reminders = reminders;
    this.schedule = schedule;
  }

  /**
   * Gives the watch of the item's deadline of this type a new due instant, as the watch's message
   * "Thời hạn được thay đổi" ({@value DeadlineWatchProcess#MESSAGE_DEADLINE_MOVED}): its waits for
   * the deadline and the next reminder start again from the new dates (an open urge task stays),
   * the overdue mark is cleared if the new date is ahead, and reminders that had all been sent are
   * re-armed. A new date already past sets the overdue mark at once; the deadline timer,
   * due at that past instant, fires at the job executor's next turn and records the overdue item
   * as its own deadline would (urge task, notification), and no reminder remains.
   */
  public void moveDeadline(String itemInstanceId, String deadlineType, Date newDue, Instant now) {
    ProcessInstance watch = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(itemInstanceId)
        .processDefinitionKey(DeadlineWatchProcess.KEY)
        .variableValueEquals(Vars.DEADLINE_TYPE, deadlineType)
        .singleResult();
    if (watch == null) {
      return;
    }
    Date nextReminder = reminders.next(newDue, now);
    VariableMap moved = Variables.createVariables();
    Values.DUE_AT.putInto(moved, newDue);
    Values.OVERDUE.putInto(moved, !newDue.toInstant().isAfter(now));
    Values.NEXT_REMINDER_AT.putInto(moved, nextReminder);
    Values.DEADLINE_LABEL.putInto(moved, WatchLabels.label(deadlineType, schedule.endText(newDue)));
    if (runtimeService.createEventSubscriptionQuery().processInstanceId(watch.getId()).eventType("message")
        .eventName(DeadlineWatchProcess.MESSAGE_DEADLINE_MOVED).count() > 0) {
      // The watch's waits "Chờ ngày nhắc hạn", "Chờ đến hạn" and "Hết lần nhắc, chờ thời hạn mới"
      // end at the message and start again from the new dates; an open urge task is not touched.
      runtimeService.createMessageCorrelation(DeadlineWatchProcess.MESSAGE_DEADLINE_MOVED)
          .processInstanceId(watch.getId()).setVariables(moved).correlateAllWithResult();
      if (nextReminder != null && !remindersWaiting(watch.getId())) {
        // A watch moved from an older model version whose reminders had all been sent.
        runtimeService.createProcessInstanceModification(watch.getId())
            .startBeforeActivity(Elements.GATEWAY_REMINDER_LOOP).execute();
      }
      return;
    }
    moveOnOlderModel(watch, moved, nextReminder);
  }

  private boolean remindersWaiting(String watchId) {
    return managementService.createJobQuery().processInstanceId(watchId).activityId(Elements.TIMER_REMINDER).count() > 0
        || runtimeService.createEventSubscriptionQuery().processInstanceId(watchId).activityId("Event_AwaitNewDeadline")
            .count() > 0;
  }

  /** A watch still running on a model version without the message: its timers are moved from here. */
  private void moveOnOlderModel(ProcessInstance watch, VariableMap moved, Date nextReminder) {
    runtimeService.setVariables(watch.getId(), moved);
    managementService.createJobQuery().processInstanceId(watch.getId()).activityId(Elements.TIMER_DEADLINE).list()
        .forEach(timer -> managementService.recalculateJobDuedate(timer.getId(), false));
    var reminderTimers = managementService.createJobQuery().processInstanceId(watch.getId())
        .activityId(Elements.TIMER_REMINDER).list();
    if (nextReminder == null) {
      // No reminder is left before the new date (a date already past, or too close): the waiting
      // reminder leaves through "Còn lần nhắc?" to "Hết lần nhắc", as the model draws it; its timer
      // is never given an empty date.
      if (!reminderTimers.isEmpty()) {
        runtimeService.createProcessInstanceModification(watch.getId())
            .cancelAllForActivity(Elements.TIMER_REMINDER)
            .startBeforeActivity(Elements.GATEWAY_REMINDER_LOOP)
            .execute();
      }
      return;
    }
    reminderTimers.forEach(timer -> managementService.recalculateJobDuedate(timer.getId(), false));
    if (reminderTimers.isEmpty()) {
      runtimeService.createProcessInstanceModification(watch.getId())
          .startBeforeActivity(Elements.GATEWAY_REMINDER_LOOP)
          .execute();
    }
  }
}
