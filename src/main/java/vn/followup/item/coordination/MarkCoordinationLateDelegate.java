package vn.followup.item.coordination;

import vn.followup.item.ItemProcess.Values;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_MarkCoordinationLate}, when the coordination deadline passes: records which
 * coordinating agencies gave no input in time. Their tasks stay open (a late input is still taken);
 * from now on the lead's response goes on without them (a response already sent stops waiting).
 */
@Component
class MarkCoordinationLateDelegate implements JavaDelegate {

  private final CoordinationStatus status;

  MarkCoordinationLateDelegate(CoordinationStatus status) {
    this.status = status;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DelegateExecution item = execution.getProcessInstance();
    List<String> missing = status.missing(item);
    if (!missing.isEmpty()) {
      Values.COORDINATION_LATE.set(item, status.names(missing));
      status.summarise(item);
    }
    Values.COORDINATION_PENDING.set(item, false);
  }
}
