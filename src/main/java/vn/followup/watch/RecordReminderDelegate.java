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
import vn.followup.watch.DeadlineWatchProcess.Values;

/**
 * {@code ServiceTask_RecordReminder} of the deadline watch: records the reminder on the watch, plans
 * the next one and says so ({@link WatchEvents.DueSoon}): the item that called it hears it as its
 * message "Đã nhắc hạn" and records it in its own history.
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
    Integer sent = Values.REMINDERS_SENT.get(execution);
    Values.REMINDERS_SENT.set(execution, sent == null ? 1 : sent + 1);
    Values.LAST_REMINDER_AT.set(execution, Date.from(now));
    Values.NEXT_REMINDER_AT.set(execution, reminders.next(Values.DUE_AT.get(execution), now));
    events.publishEvent(new WatchEvents.DueSoon(WatchEvents.Deadline.of(execution)));
    LOG.info("Reminder for {} ({})", execution.getProcessBusinessKey(), Values.DEADLINE_LABEL.get(execution));
  }
}
