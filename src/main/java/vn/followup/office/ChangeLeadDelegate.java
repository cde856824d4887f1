package vn.followup.office;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_ChangeLead}: {@link OfficeActions#changeLead}. */
@Component
class ChangeLeadDelegate implements JavaDelegate {

  private final OfficeActions actions;

  ChangeLeadDelegate(OfficeActions actions) {
    this.actions = actions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    actions.changeLead(execution);
  }
}
