package vn.followup.watch;

import vn.followup.deadline.DeadlineSchedule;

import vn.followup.engine.EngineClock;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.followup.watch.DeadlineWatchProcess.Values;

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
    Date dueAt = Values.DUE_AT.get(execution);
    String type = Values.DEADLINE_TYPE.get(execution);
    Values.NEXT_REMINDER_AT.set(execution, reminders.next(dueAt, EngineClock.now()));
    Values.DEADLINE_LABEL.set(execution, WatchLabels.label(type, schedule.endText(dueAt)));
    Values.REMINDERS_SENT.set(execution, 0);
    Values.OVERDUE.set(execution, false);
  }
}
