package vn.followup.item.changes;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.followup.engine.EngineClock;
import vn.followup.item.ItemProcess;
import vn.followup.watch.DeadlineWatchProcess;

/**
 * {@code ServiceTask_RecordReminderSent} of the event subprocess "Đã nhắc hạn": the item's deadline
 * watch sent a reminder ({@value ItemProcess#MESSAGE_REMINDER_SENT}); the item records when, so it is
 * in the item's history.
 */
@Component
class RecordReminderSentDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    DeadlineWatchProcess.Values.LAST_REMINDER_AT.set(execution.getProcessInstance(), Date.from(EngineClock.now()));
  }
}
