package vn.followup.item.response;

import vn.followup.item.Actors;
import vn.followup.item.ItemEvents;
import vn.followup.item.ItemProcess.Values;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.context.ApplicationEventPublisher;
import vn.followup.item.ItemProcess.Fields;
import vn.followup.item.ReviewDecision;
import vn.followup.item.ReviewRules;

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
    String reviewer = ReviewRules.check(task, actors.actingUser(task), Values.RESPONSE_AUTHOR,
        Fields.REVIEW_DECISION, Fields.REVIEW_REASON, "văn bản trả lời");
    if (reviewer != null) {
      Values.RESPONSE_REVIEWER.set(task, reviewer);
      if (ReviewDecision.RETURN.name().equals(Values.REVIEW_DECISION.get(task))) {
        events.publishEvent(new ItemEvents.Returned(ItemEvents.Subject.of(task), Values.RESPONSE_AUTHOR.get(task),
            "văn bản trả lời", Values.REVIEW_REASON.get(task)));
      }
    }
  }
}
