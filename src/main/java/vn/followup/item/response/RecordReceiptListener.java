package vn.followup.item.response;

import vn.followup.engine.FormInput;
import vn.followup.engine.FormInputException;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.followup.item.Actors;
import vn.followup.item.ItemProcess.Fields;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.item.ItemProcess;
import vn.followup.organisation.Agency;
import vn.followup.organisation.AgencyRegistry;

/**
 * {@code Task_Receive}, on complete: records who received the item and its focal officer (cán bộ
 * đầu mối) and, when the lead delegates
 * it to one of its own units, makes that unit responsible for the following tasks.
 */
@Component
class RecordReceiptListener implements TaskListener {

  private final AgencyRegistry agencies;
  private final Actors actors;

  RecordReceiptListener(AgencyRegistry agencies, Actors actors) {
    this.agencies = agencies;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    input.text(Fields.FOCAL_OFFICER);
    input.text(Fields.RECEIPT_NOTE);
    String unit = input.text(Fields.DELEGATE_TO_UNIT);
    String lead = ItemProcess.Values.LEAD_AGENCY.get(task);
    if (unit != null && !unit.isBlank()) {
      if (!actors.actsAsHead()) {
        throw new FormInputException(Vars.DELEGATE_TO_UNIT, "Chỉ lãnh đạo cơ quan chủ trì được giao nội dung cho đơn vị trực thuộc.");
      }
      Agency agency = agencies.find(unit).filter(found -> lead.equals(found.parent()))
          .orElseThrow(() -> new FormInputException(Vars.DELEGATE_TO_UNIT,
              "Chỉ giao được cho đơn vị trực thuộc cơ quan chủ trì."));
      ItemProcess.Values.RESPONSIBLE_AGENCY.set(task, agency.id());
      ItemProcess.Values.ITEM.set(task, ItemProcess.Values.ITEM.get(task).withResponsible(agency.name()));
    }
    ItemProcess.Values.RECEIVED_BY.set(task, actors.actingUser(task));
  }
}
