package vn.followup.followup;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.followup.followup.DeadlineWatchProcess.Vars;

/** {@code ServiceTask_PlanReminders} of the deadline watch: the first reminder still ahead, and the label. */
@Component
class PlanRemindersDelegate implements JavaDelegate {

  private final Reminders reminders;
  private final DeadlineSummary summary;

  PlanRemindersDelegate(Reminders reminders, DeadlineSummary summary) {
    this.reminders = reminders;
    this.summary = summary;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date dueAt = (Date) execution.getVariable(Vars.DUE_AT);
    String type = (String) execution.getVariable(Vars.DEADLINE_TYPE);
    execution.setVariable(Vars.NEXT_REMINDER_AT, reminders.next(dueAt, EngineClock.now()));
    execution.setVariable(Vars.DEADLINE_LABEL, summary.label(WatchLabels.of(type), dueAt));
    execution.setVariable(Vars.REMINDERS_SENT, 0);
    execution.setVariable(ItemProcess.Vars.OVERDUE, false);
  }
}
