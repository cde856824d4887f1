package vn.followup.item.changes;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.followup.item.ItemAssignments;
import vn.followup.item.ItemProcess.Values;

/**
 * {@code ServiceTask_ApplyTaskMove} of the event subprocess "Văn phòng chuyển công việc": the item's
 * open tasks of one agency go to the other ({@link ItemAssignments#moveTasks}).
 */
@Component
class ApplyTaskMoveDelegate implements JavaDelegate {

  private final ItemAssignments assignments;

  ApplyTaskMoveDelegate(ItemAssignments assignments) {
    this.assignments = assignments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    assignments.moveTasks(execution.getProcessInstanceId(), Values.TASK_MOVE.get(execution));
  }
}
