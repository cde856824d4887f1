package vn.followup.item.closure;

import vn.followup.item.ClosureOutcome;
import vn.followup.item.ItemGateway;
import vn.followup.item.ItemProcess.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_RecordStop}: the office decided to stop following the item (dừng thực hiện).
 * The decision's reason, document and author came with the message from {@link ItemGateway#stop};
 * the item closes with the outcome {@link ClosureOutcome#STOPPED} and that reason.
 */
@Component
class RecordStopDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Values.CLOSURE_OUTCOME.set(execution, ClosureOutcome.STOPPED.name());
    Values.CLOSURE_NOTE.set(execution, Values.STOP_REASON.get(execution));
    Values.CLOSED_BY.set(execution, Values.STOPPED_BY.get(execution));
  }
}
