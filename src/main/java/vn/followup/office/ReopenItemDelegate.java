package vn.followup.office;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_ReopenItem}: {@link OfficeActions#reopen}. */
@Component
class ReopenItemDelegate implements JavaDelegate {

  private final OfficeActions actions;

  ReopenItemDelegate(OfficeActions actions) {
    this.actions = actions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    actions.reopen(execution);
  }
}
