package vn.followup.watch;

import vn.followup.engine.EngineClock;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.context.ApplicationEventPublisher;
import vn.followup.watch.DeadlineWatchProcess.Values;

/**
 * {@code ServiceTask_MarkOverdue} of the deadline watch: the deadline has passed; the watch and the
 * item are marked overdue with the instant, which the office's urge task and the reports read.
 */
@Component
class MarkOverdueDelegate implements JavaDelegate {

  private final ApplicationEventPublisher events;

  MarkOverdueDelegate(ApplicationEventPublisher events) {
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date now = Date.from(EngineClock.now());
    Values.OVERDUE.set(execution, true);
    Values.OVERDUE_SINCE.set(execution, now);
    DelegateExecution item = execution.getProcessInstance().getSuperExecution();
    if (item != null) {
      Values.OVERDUE.set(item, true);
      Values.OVERDUE_SINCE.set(item, now);
    }
    events.publishEvent(new WatchEvents.MarkedOverdue(WatchEvents.Deadline.of(execution)));
  }
}
