package vn.followup.watch;

import vn.followup.engine.EngineClock;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.context.ApplicationEventPublisher;
import vn.followup.watch.DeadlineWatchProcess.Values;

/**
 * {@code ServiceTask_MarkOverdue} of the deadline watch: the deadline has passed; the watch is marked
 * overdue with the instant, which the office's urge task reads, and says so ({@link
 * WatchEvents.MarkedOverdue}): the item that called it hears it as its message "Nội dung quá hạn".
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
    events.publishEvent(new WatchEvents.MarkedOverdue(WatchEvents.Deadline.of(execution)));
  }
}
