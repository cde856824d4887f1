package vn.followup.office;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import vn.followup.engine.FormInput;
import vn.followup.engine.FormInputException;
import vn.followup.item.ItemGateway;
import vn.followup.item.ItemProcess;
import vn.followup.office.OfficeActionProcess.Fields;
import vn.followup.office.OfficeActionProcess.Vars;
import vn.followup.organisation.Agency;
import vn.followup.organisation.AgencyRegistry;

/**
 * {@code ServiceTask_ChangeLead}, Thay đổi cơ quan chủ trì: the open tasks of the previous lead move
 * to the new one (the item's event "Văn phòng thay đổi cơ quan chủ trì").
 */
@Component
class ChangeLeadDelegate implements JavaDelegate {

  private final OfficeActionChecks checks;
  private final RuntimeService runtimeService;
  private final ItemGateway items;
  private final AgencyRegistry agencies;

  ChangeLeadDelegate(OfficeActionChecks checks, RuntimeService runtimeService, ItemGateway items,
      AgencyRegistry agencies) {
    this.checks = checks;
    this.runtimeService = runtimeService;
    this.items = items;
    this.agencies = agencies;
  }

  @Override
  public void execute(DelegateExecution action) {
    FormInput input = OfficeActionChecks.input(action);
    ProcessInstance item = checks.followedItem(input);
    Agency lead = checks.agency(input, Fields.NEW_LEAD);
    String previous = ItemProcess.Values.LEAD_AGENCY.from(runtimeService.getVariables(item.getId(),
        List.of(ItemProcess.Vars.LEAD_AGENCY)));
    if (lead.id().equals(previous)) {
      throw new FormInputException(Vars.NEW_LEAD, lead.name() + " đã là cơ quan chủ trì của nội dung này. "
          + OfficeActionChecks.NOTHING_CHANGED);
    }
    String previousName = agencies.find(previous).map(Agency::name).orElse(previous);
    items.changeLead(item.getId(), lead, OfficeActionChecks.describe(OfficeAction.CHANGE_LEAD,
        OfficeActionChecks.decision(input), OfficeActionChecks.by(action), previousName + " → " + lead.name()));
  }
}
