package vn.followup.item;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import vn.followup.item.ItemProcess.Values;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.organisation.Office;

/**
 * Who works on an item: its open tasks by agency, the office's change of its lead and the move of
 * its open tasks to another agency. Applied by the item's events ({@link ApplyLeadChangeDelegate},
 * {@link ApplyTaskMoveDelegate}), or directly by {@link ItemGateway} for an item still running on a
 * model version without those events.
 */
@Service
public class ItemAssignments {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ItemVariablesFactory variablesFactory;
  private final TaskHandover handover;
  private final Office office;

  ItemAssignments(RuntimeService runtimeService, TaskService taskService, ItemVariablesFactory variablesFactory,
      TaskHandover handover, Office office) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.variablesFactory = variablesFactory;
    this.handover = handover;
    this.office = office;
  }

  /** The item's open tasks (its own and its watches') offered to one of these agencies, never the office's. */
  public List<Task> openTasksOf(String itemInstanceId, Collection<String> agencies) {
    List<String> ids = new ArrayList<>(List.of(itemInstanceId));
    runtimeService.createProcessInstanceQuery().superProcessInstanceId(itemInstanceId).list()
        .forEach(watch -> ids.add(watch.getId()));
    return ids.stream()
        .flatMap(id -> taskService.createTaskQuery().processInstanceId(id).list().stream())
        .filter(task -> offeredTo(task).stream().anyMatch(group -> agencies.contains(group)
            && !office.group().equals(group)))
        .toList();
  }

  /**
   * The new lead is also responsible (a unit of the previous lead no longer is), the item's card
   * names it and offers its units, and the open tasks of the previous lead (or its unit) move to it.
   */
  public void changeLead(String itemInstanceId, LeadChange change) {
    Map<String, Object> current = runtimeService.getVariables(itemInstanceId,
        List.of(Vars.LEAD_AGENCY, Vars.RESPONSIBLE_AGENCY, Vars.ITEM));
    List<String> previous = new ArrayList<>();
    previous.add(Values.LEAD_AGENCY.from(current));
    previous.add(Values.RESPONSIBLE_AGENCY.from(current));
    ItemCard card = Values.ITEM.from(current);
    VariableMap changed = Variables.createVariables();
    Values.LEAD_AGENCY.putInto(changed, change.leadId());
    Values.RESPONSIBLE_AGENCY.putInto(changed, change.leadId());
    Values.ITEM.putInto(changed, card.withLead(change.leadName(), variablesFactory.unitOptions(change.leadId())));
    runtimeService.setVariables(itemInstanceId, changed);
    for (Task task : openTasksOf(itemInstanceId, previous)) {
      handover.moveToAgency(task.getId(), change.leadId());
    }
  }

  /** The item's open tasks offered to one agency go to the other. */
  public void moveTasks(String itemInstanceId, TaskMove move) {
    for (Task task : openTasksOf(itemInstanceId, List.of(move.fromAgency()))) {
      handover.moveToAgency(task.getId(), move.toAgency());
    }
  }

  private List<String> offeredTo(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
  }
}
