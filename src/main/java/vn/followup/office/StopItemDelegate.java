package vn.followup.office;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import vn.followup.engine.FormInput;
import vn.followup.item.ItemGateway;
import vn.followup.office.OfficeActionChecks.Decision;

/**
 * {@code ServiceTask_StopItem}, Dừng theo dõi nội dung: the item's tasks and watches end; it closes
 * as "Dừng thực hiện" (the item's event "Văn phòng dừng theo dõi").
 */
@Component
class StopItemDelegate implements JavaDelegate {

  private final OfficeActionChecks checks;
  private final ItemGateway items;

  StopItemDelegate(OfficeActionChecks checks, ItemGateway items) {
    this.checks = checks;
    this.items = items;
  }

  @Override
  public void execute(DelegateExecution action) {
    FormInput input = OfficeActionChecks.input(action);
    ProcessInstance item = checks.followedItem(input);
    Decision decision = OfficeActionChecks.decision(input);
    String by = OfficeActionChecks.by(action);
    items.stop(item.getBusinessKey(), decision.reason(), decision.number(), decision.date(), by,
        OfficeActionChecks.describe(OfficeAction.STOP, decision, by, null));
  }
}
