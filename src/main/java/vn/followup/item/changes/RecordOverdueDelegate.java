package vn.followup.item.changes;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.followup.engine.EngineClock;
import vn.followup.item.ItemProcess.Values;
import vn.followup.item.ItemProcess;
import vn.followup.watch.DeadlineWatchProcess;

/**
 * {@code ServiceTask_RecordOverdue} of the event subprocess "Nội dung quá hạn": the item's deadline
 * watch told it a deadline passed ({@value ItemProcess#MESSAGE_DEADLINE_OVERDUE}); the item marks
 * itself overdue with the instant, which the reports, the task cards and the mails read.
 */
@Component
class RecordOverdueDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    DelegateExecution item = execution.getProcessInstance();
    Values.OVERDUE.set(item, true);
    DeadlineWatchProcess.Values.OVERDUE_SINCE.set(item, Date.from(EngineClock.now()));
  }
}
