package vn.followup.item.changes;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.followup.item.DeadlineChange;
import vn.followup.item.ItemDeadlines;
import vn.followup.item.ItemProcess.Values;

/**
 * {@code ServiceTask_ApplyDeadlineChange} of the event subprocess "Văn phòng thay đổi thời hạn": the
 * item applies the deadline the office's decision names ({@link ItemDeadlines#changeByDecision}).
 */
@Component
class ApplyDeadlineChangeDelegate implements JavaDelegate {

  private final ItemDeadlines deadlines;

  ApplyDeadlineChangeDelegate(ItemDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DeadlineChange change = Values.DEADLINE_CHANGE.get(execution);
    deadlines.changeByDecision(execution.getProcessInstanceId(), change.deadlineType(), change.newLastDay(),
        change.note());
  }
}
