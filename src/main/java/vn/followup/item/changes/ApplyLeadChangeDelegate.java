package vn.followup.item.changes;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.followup.item.ItemAssignments;
import vn.followup.item.ItemProcess.Values;

/**
 * {@code ServiceTask_ApplyLeadChange} of the event subprocess "Văn phòng thay đổi cơ quan chủ trì":
 * the item takes the new lead the office's decision names ({@link ItemAssignments#changeLead}).
 */
@Component
class ApplyLeadChangeDelegate implements JavaDelegate {

  private final ItemAssignments assignments;

  ApplyLeadChangeDelegate(ItemAssignments assignments) {
    this.assignments = assignments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    assignments.changeLead(execution.getProcessInstanceId(), Values.LEAD_CHANGE.get(execution));
  }
}
