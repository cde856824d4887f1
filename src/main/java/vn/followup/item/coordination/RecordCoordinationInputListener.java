package vn.followup.item.coordination;

import vn.followup.item.Actors;
import vn.followup.item.ItemProcess.Values;
import vn.followup.deadline.DeadlineTexts;
import vn.followup.engine.EngineClock;
import vn.followup.engine.FormInput;
import vn.followup.engine.JsonVariables;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.followup.item.ItemProcess.Fields;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.organisation.AgencyRegistry;

/**
 * {@code Task_Coordinate}, on complete: adds this agency's input to the list the lead reads when
 * writing the response, marked late when given after the coordination deadline. Parallel
 * coordinators would otherwise overwrite each other's input. The last input ends the wait of a
 * response already sent ("Chờ đủ ý kiến phối hợp").
 */
@Component
class RecordCoordinationInputListener implements TaskListener {

  private final AgencyRegistry agencies;
  private final Actors actors;
  private final JsonVariables json;
  private final CoordinationStatus status;

  RecordCoordinationInputListener(AgencyRegistry agencies, Actors actors, JsonVariables json,
      CoordinationStatus status) {
    this.agencies = agencies;
    this.actors = actors;
    this.json = json;
    this.status = status;
  }

  @Override
  public void notify(DelegateTask task) {
    String input = FormInput.of(task).text(Fields.COORDINATION_INPUT);
    String coordinator = Values.COORDINATOR.get(task);
    DelegateExecution item = task.getExecution().getProcessInstance();
    List<Map<String, Object>> inputs = json.list(item, Vars.COORDINATION_INPUTS);
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("agency", coordinator);
    entry.put("agencyName", agencies.require(coordinator).name());
    entry.put("input", input);
    entry.put("by", actors.actingUser(task));
    entry.put("at", DeadlineTexts.dateTime(EngineClock.now()));
    entry.put("late", CoordinationRules.late(Values.COORDINATION_DUE_AT.get(item), EngineClock.now()));
    inputs.add(entry);
    json.set(item, Vars.COORDINATION_INPUTS, inputs);
    status.summarise(item);
    if (status.missing(item).isEmpty()) {
      Values.COORDINATION_PENDING.set(item, false);
    }
  }
}
