package vn.followup.item;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.followup.item.ItemProcess.Vars;

/**
 * {@code ServiceTask_RecordStop}: the office decided to stop following the item (dừng thực hiện).
 * The decision's reason, document and author came with the message from {@link ItemGateway#stop};
 * the item closes with the outcome {@link ClosureOutcome#STOPPED} and that reason.
 */
@Component
class RecordStopDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(Vars.CLOSURE_OUTCOME, ClosureOutcome.STOPPED.name());
    execution.setVariable(Vars.CLOSURE_NOTE, execution.getVariable(Vars.STOP_REASON));
    execution.setVariable(Vars.CLOSED_BY, execution.getVariable(Vars.STOPPED_BY));
  }
}
