package vn.followup.item.implementation;

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
 * {@code Task_ReviewFinalReport}, on assignment and on complete: the author of the final report
 * may not review it; a return needs a reason.
 */
@Component
class CheckFinalReviewerListener implements TaskListener {

  private final Actors actors;
  private final ApplicationEventPublisher events;

  CheckFinalReviewerListener(Actors actors, ApplicationEventPublisher events) {
    this.actors = actors;
    this.events = events;
  }

  @Override
  public void notify(DelegateTask task) {
    String reviewer = ReviewRules.check(task, actors.actingUser(task), Values.PROGRESS_AUTHOR,
        Fields.FINAL_REVIEW_DECISION, Fields.FINAL_REVIEW_REASON, "báo cáo kết quả");
    if (reviewer != null && ReviewDecision.RETURN.name().equals(Values.FINAL_REVIEW_DECISION.get(task))) {
      events.publishEvent(new ItemEvents.Returned(ItemEvents.Subject.of(task), Values.PROGRESS_AUTHOR.get(task),
          "báo cáo kết quả", Values.FINAL_REVIEW_REASON.get(task)));
    }
  }
}
