package vn.followup.followup;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.followup.notification.Notifications;
import vn.followup.followup.ItemProcess.Vars;

/**
 * {@code ServiceTask_MarkOverdue} of the deadline watch: the deadline has passed; the watch and the
 * item are marked overdue with the instant, which the office's urge task and the reports read.
 */
@Component
class MarkOverdueDelegate implements JavaDelegate {

  private final Notifications notifications;

  MarkOverdueDelegate(Notifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date now = Date.from(EngineClock.now());
    execution.setVariable(Vars.OVERDUE, true);
    execution.setVariable(Vars.OVERDUE_SINCE, now);
    DelegateExecution item = execution.getProcessInstance().getSuperExecution();
    if (item != null) {
      item.setVariable(Vars.OVERDUE, true);
      item.setVariable(Vars.OVERDUE_SINCE, now);
    }
    notifications.markedOverdue(execution,
        WatchLabels.of((String) execution.getVariable(DeadlineWatchProcess.Vars.DEADLINE_TYPE)));
  }
}
