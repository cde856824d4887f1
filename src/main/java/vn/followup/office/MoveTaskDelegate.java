package vn.followup.office;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.followup.engine.FormInput;
import vn.followup.engine.FormInputException;
import vn.followup.item.ItemAssignments;
import vn.followup.item.ItemGateway;
import vn.followup.item.TaskMove;
import vn.followup.office.OfficeActionChecks.Decision;
import vn.followup.office.OfficeActionProcess.Fields;
import vn.followup.office.OfficeActionProcess.Vars;
import vn.followup.organisation.Agency;

/**
 * {@code ServiceTask_MoveTask}, Chuyển công việc sang cơ quan khác: the item's open tasks offered to
 * one agency go to another (the item's event "Văn phòng chuyển công việc").
 */
@Component
class MoveTaskDelegate implements JavaDelegate {

  private final OfficeActionChecks checks;
  private final ItemGateway items;
  private final ItemAssignments assignments;

  MoveTaskDelegate(OfficeActionChecks checks, ItemGateway items, ItemAssignments assignments) {
    this.checks = checks;
    this.items = items;
    this.assignments = assignments;
  }

  @Override
  public void execute(DelegateExecution action) {
    FormInput input = OfficeActionChecks.input(action);
    ProcessInstance item = checks.followedItem(input);
    Agency from = checks.agency(input, Fields.FROM_AGENCY);
    Agency to = checks.agency(input, Fields.TO_AGENCY);
    if (from.id().equals(to.id())) {
      throw new FormInputException(Vars.TO_AGENCY, Fields.TO_AGENCY.label() + " phải khác cơ quan đang được giao. "
          + OfficeActionChecks.NOTHING_CHANGED);
    }
    List<Task> tasks = assignments.openTasksOf(item.getId(), List.of(from.id()));
    if (tasks.isEmpty()) {
      throw new FormInputException(Vars.FROM_AGENCY, "Nội dung " + item.getBusinessKey()
          + " không có công việc đang mở được giao cho " + from.name() + ". " + OfficeActionChecks.NOTHING_CHANGED);
    }
    String names = String.join(", ", tasks.stream().map(Task::getName).distinct().toList());
    items.moveTasks(item.getId(), new TaskMove(from.id(), to.id()), OfficeActionChecks.describe(OfficeAction.MOVE_TASK,
        new Decision(input.strippedText(Fields.REASON), null, null), OfficeActionChecks.by(action),
        names + ": " + from.name() + " → " + to.name()));
  }
}
