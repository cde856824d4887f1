package vn.followup.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.followup.ItemProcess.Vars;

/**
 * {@code ServiceTask_ApplyExtension}: the approved date becomes the response deadline. The original
 * deadline variable is never changed, so both stay visible in history, and the watch's timers move.
 */
@Component
class ApplyExtensionDelegate implements JavaDelegate {

  private final DeadlineSchedule schedule;
  private final DeadlineWatchGateway watches;
  private final DeadlineSummary summary;
  private final Reminders reminders;

  ApplyExtensionDelegate(DeadlineSchedule schedule, DeadlineWatchGateway watches, DeadlineSummary summary,
      Reminders reminders) {
    this.schedule = schedule;
    this.watches = watches;
    this.summary = summary;
    this.reminders = reminders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = EngineClock.now();
    LocalDate newLastDay = FormInput.of(execution).requiredDate(Vars.EXTENSION_NEW_DATE, "Thời hạn đề nghị mới");
    Date newDue = Date.from(schedule.endOfDay(newLastDay));
    execution.setVariable(Vars.RESPONSE_DUE_AT, newDue);
    execution.setVariable(Vars.EXTENDED, true);
    execution.setVariable(Vars.OVERDUE, !newDue.toInstant().isAfter(now));
    execution.setVariable(Vars.FIRST_REMINDER_AT, reminders.next(newDue, now));
    execution.setVariable(Vars.RESPONSE_DUE_RULE, execution.getVariable(Vars.RESPONSE_DUE_RULE) + "; gia hạn đến "
        + DeadlineTexts.endOf(newLastDay) + " (" + execution.getVariable(Vars.EXTENSION_REASON) + ")");
    execution.setVariable(Vars.DEADLINE_SUMMARY, summary.of(execution::getVariable));
    watches.moveDeadline(execution.getProcessInstanceId(), WatchLabels.RESPONSE, newDue, now);
  }
}
