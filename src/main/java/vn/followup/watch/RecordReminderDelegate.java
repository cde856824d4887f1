package vn.followup.watch;

import vn.followup.engine.EngineClock;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.context.ApplicationEventPublisher;
import vn.followup.watch.DeadlineWatchProcess.Vars;

/**
 * {@code ServiceTask_RecordReminder} of the deadline watch: records the reminder on the watch and
 * on the item (so it is in the item's history) and plans the next one.
 */
@Component
class RecordReminderDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RecordReminderDelegate.class);

  private final Reminders reminders;
  private final ApplicationEventPublisher events;

  RecordReminderDelegate(Reminders reminders, ApplicationEventPublisher events) {
    this.reminders = reminders;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = EngineClock.now();
    Integer sent = (Integer) execution.getVariable(Vars.REMINDERS_SENT);
    execution.setVariable(Vars.REMINDERS_SENT, sent == null ? 1 : sent + 1);
    execution.setVariable(Vars.LAST_REMINDER_AT, Date.from(now));
    DelegateExecution item = execution.getProcessInstance().getSuperExecution();
    if (item != null) {
      item.setVariable(Vars.LAST_REMINDER_AT, Date.from(now));
    }
    execution.setVariable(Vars.NEXT_REMINDER_AT, reminders.next((Date) execution.getVariable(Vars.DUE_AT), now));
    events.publishEvent(new WatchEvents.DueSoon(execution, WatchLabels.of((String) execution.getVariable(Vars.DEADLINE_TYPE))));
    LOG.info("Reminder for {} ({})", execution.getProcessBusinessKey(), execution.getVariable(Vars.DEADLINE_LABEL));
  }
}
