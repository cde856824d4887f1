package vn.followup.item.coordination;

import vn.followup.item.ItemProcess.Values;
import vn.followup.deadline.DeadlineTexts;
import vn.followup.engine.EngineClock;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_RemindCoordinators}, before the coordination deadline: the coordinating
 * agencies still without input are reminded (by mail, as their open tasks' reminder); the agencies
 * reminded and the instant are recorded for the lead and the office.
 */
@Component
class RemindCoordinatorsDelegate implements JavaDelegate {

  private final CoordinationStatus status;

  RemindCoordinatorsDelegate(CoordinationStatus status) {
    this.status = status;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DelegateExecution item = execution.getProcessInstance();
    Date due = Values.COORDINATION_DUE_AT.get(item);
    List<String> missing = status.missing(item);
    if (missing.isEmpty() || !EngineClock.now().isBefore(due.toInstant())) {
      return;
    }
    Values.COORDINATION_REMINDED.set(item, status.names(missing) + " (" + DeadlineTexts.dateTime(EngineClock.now()) + ")");
    status.remind(execution, missing);
  }
}
