package vn.followup.watch;

import vn.followup.deadline.DeadlineSchedule;

import vn.followup.engine.EngineClock;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.followup.watch.DeadlineWatchProcess.Vars;

/** {@code ServiceTask_PlanReminders} of the deadline watch: the first reminder still ahead, and the label. */
@Component
class PlanRemindersDelegate implements JavaDelegate {

  private final Reminders reminders;
  private final DeadlineSchedule schedule;

  PlanRemindersDelegate(Reminders reminders, DeadlineSchedule schedule) {
    this.reminders = reminders;
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date dueAt = (Date) execution.getVariable(Vars.DUE_AT);
    String type = (String) execution.getVariable(Vars.DEADLINE_TYPE);
    execution.setVariable(Vars.NEXT_REMINDER_AT, reminders.next(dueAt, EngineClock.now()));
    execution.setVariable(Vars.DEADLINE_LABEL, WatchLabels.label(type, schedule.endText(dueAt)));
    execution.setVariable(Vars.REMINDERS_SENT, 0);
    execution.setVariable(Vars.OVERDUE, false);
  }
}
