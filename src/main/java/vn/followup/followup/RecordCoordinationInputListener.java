package vn.followup.followup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import vn.followup.followup.ItemProcess.Vars;
import vn.followup.organisation.AgencyRegistry;

/**
 * {@code Task_Coordinate}, on complete: adds this agency's input to the list the lead reads when
 * writing the response. Parallel coordinators would otherwise overwrite each other's input.
 */
@Component
class RecordCoordinationInputListener implements TaskListener {

  private final AgencyRegistry agencies;
  private final Actors actors;
  private final JsonVariables json;

  RecordCoordinationInputListener(AgencyRegistry agencies, Actors actors, JsonVariables json) {
    this.agencies = agencies;
    this.actors = actors;
    this.json = json;
  }

  @Override
  public void notify(DelegateTask task) {
    String input = FormInput.of(task).requiredText(Vars.COORDINATION_INPUT, "Ý kiến phối hợp", 4000);
    String coordinator = ((SpinJsonNode) task.getVariable(Vars.COORDINATOR)).stringValue();
    List<Map<String, Object>> inputs = json.list(task.getExecution().getProcessInstance(), Vars.COORDINATION_INPUTS);
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("agency", coordinator);
    entry.put("agencyName", agencies.require(coordinator).name());
    entry.put("input", input);
    entry.put("by", actors.actingUser(task));
    entry.put("at", DeadlineTexts.dateTime(EngineClock.now()));
    inputs.add(entry);
    json.set(task.getExecution().getProcessInstance(), Vars.COORDINATION_INPUTS, inputs);
    StringBuilder summary = new StringBuilder();
    inputs.forEach(each -> summary.append(each.get("agencyName")).append(" (").append(each.get("at")).append("): ")
        .append(each.get("input")).append("\n\n"));
    String text = summary.toString().trim();
    task.getExecution().getProcessInstance().setVariable(Vars.COORDINATION_SUMMARY,
        text.length() > 4000 ? text.substring(0, 3990) + " …" : text);
  }
}
