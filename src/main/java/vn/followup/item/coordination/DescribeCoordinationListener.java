package vn.followup.item.coordination;

import vn.followup.item.ItemProcess.Values;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
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
    Values.COORDINATOR_NAME.setLocal(task, agencies.require(Values.COORDINATOR.get(task)).name());
  }
}
