package vn.followup.office;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_ChangeDeadline}: {@link OfficeActions#changeDeadline}. */
@Component
class ChangeDeadlineDelegate implements JavaDelegate {

  private final OfficeActions actions;

  ChangeDeadlineDelegate(OfficeActions actions) {
    this.actions = actions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    actions.changeDeadline(execution);
  }
}
