package vn.followup.office;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_StopItem}: {@link OfficeActions#stop}. */
@Component
class StopItemDelegate implements JavaDelegate {

  private final OfficeActions actions;

  StopItemDelegate(OfficeActions actions) {
    this.actions = actions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    actions.stop(execution);
  }
}
