package vn.followup.item;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.organisation.AgencyRegistry;

/** {@code Task_Coordinate}, on create: names the coordinating agency the task is for, for its form. */
@Component
class DescribeCoordinationListener implements TaskListener {

  private final AgencyRegistry agencies;

  DescribeCoordinationListener(AgencyRegistry agencies) {
    this.agencies = agencies;
  }

  @Override
  public void notify(DelegateTask task) {
    String coordinator = ((SpinJsonNode) task.getVariable(Vars.COORDINATOR)).stringValue();
    task.setVariableLocal(Vars.COORDINATOR_NAME, agencies.require(coordinator).name());
  }
}
