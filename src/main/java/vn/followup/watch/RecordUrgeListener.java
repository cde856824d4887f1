package vn.followup.watch;

import vn.followup.engine.FormInput;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.context.ApplicationEventPublisher;
import vn.followup.watch.DeadlineWatchProcess.Fields;

/** {@code Task_Urge} of the deadline watch, on complete: how the office urged the agency. */
@Component
class RecordUrgeListener implements TaskListener {

  /** The urge form's choices, as the variable declares them ({@link UrgeAction}). */
  static final Map<String, String> URGE_ACTIONS = DeadlineWatchProcess.Values.URGE_ACTION.choices();

  private final ApplicationEventPublisher events;

  RecordUrgeListener(ApplicationEventPublisher events) {
    this.events = events;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    String action = input.choice(Fields.URGE_ACTION, URGE_ACTIONS);
    input.text(Fields.URGE_NOTE);
    events.publishEvent(new WatchEvents.Urged(WatchEvents.Deadline.of(task.getExecution()), URGE_ACTIONS.get(action)));
  }
}
