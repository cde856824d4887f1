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
    String author = (String) task.getVariable(Vars.PROGRESS_AUTHOR);
    if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
      ReviewRules.requireIndependent(author, task.getAssignee(), "báo cáo kết quả");
      return;
    }
    FormInput input = FormInput.of(task);
    String decision = input.choice(Vars.FINAL_REVIEW_DECISION, "Kết quả thẩm định", CheckResponseReviewerListener.DECISIONS);
    ReviewRules.requireIndependent(author, actors.actingUser(task), "báo cáo kết quả");
    if ("RETURN".equals(decision)) {
      input.requiredText(Vars.FINAL_REVIEW_REASON, "Lý do trả lại", 2000);
    }
  }
}
