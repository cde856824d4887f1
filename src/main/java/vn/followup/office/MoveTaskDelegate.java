package vn.followup.office;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_MoveTask}: {@link OfficeActions#moveTask}. */
@Component
class MoveTaskDelegate implements JavaDelegate {

  private final OfficeActions actions;

  MoveTaskDelegate(OfficeActions actions) {
    this.actions = actions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    actions.moveTask(execution);
  }
}
