package vn.followup.followup;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.followup.followup.ItemProcess.Vars;

/**
 * {@code Task_ReviewFinalReport}, on assignment and on complete: the author of the final report
 * may not review it; a return needs a reason.
 */
@Component
class CheckFinalReviewerListener implements TaskListener {

  private final Actors actors;

  CheckFinalReviewerListener(Actors actors) {
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    ReviewRules.check(task, actors.actingUser(task), Vars.PROGRESS_AUTHOR, Vars.FINAL_REVIEW_DECISION,
        Vars.FINAL_REVIEW_REASON, "báo cáo kết quả");
  }
}
