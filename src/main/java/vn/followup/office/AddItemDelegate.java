package vn.followup.office;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_AddItem}: {@link OfficeActions#addItem}. */
@Component
class AddItemDelegate implements JavaDelegate {

  private final OfficeActions actions;

  AddItemDelegate(OfficeActions actions) {
    this.actions = actions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    actions.addItem(execution);
  }
}
