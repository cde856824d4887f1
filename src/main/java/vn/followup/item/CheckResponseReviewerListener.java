package vn.followup.item;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.context.ApplicationEventPublisher;
import vn.followup.item.ItemProcess.Vars;

/**
 * {@code Task_ReviewResponse}, on assignment and on complete: the writer of the response may
 * neither claim nor complete its review; the decision is accept or return, a return with a reason.
 */
@Component
class CheckResponseReviewerListener implements TaskListener {

  private final Actors actors;
  private final ApplicationEventPublisher events;

  CheckResponseReviewerListener(Actors actors, ApplicationEventPublisher events) {
    this.actors = actors;
    this.events = events;
  }

  @Override
  public void notify(DelegateTask task) {
    String reviewer = ReviewRules.check(task, actors.actingUser(task), Vars.RESPONSE_AUTHOR, Vars.REVIEW_DECISION,
        Vars.REVIEW_REASON, "văn bản trả lời");
    if (reviewer != null) {
      task.setVariable(Vars.RESPONSE_REVIEWER, reviewer);
      if (ReviewDecision.RETURN.name().equals(task.getVariable(Vars.REVIEW_DECISION))) {
        events.publishEvent(new ItemEvents.Returned(task, (String) task.getVariable(Vars.RESPONSE_AUTHOR), "văn bản trả lời",
            (String) task.getVariable(Vars.REVIEW_REASON)));
      }
    }
  }
}
