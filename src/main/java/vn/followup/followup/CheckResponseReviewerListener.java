package vn.followup.followup;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.followup.followup.ItemProcess.Vars;

/**
 * {@code Task_ReviewResponse}, on assignment and on complete: the writer of the response may
 * neither claim nor complete its review; the decision is accept or return, a return with a reason.
 */
@Component
class CheckResponseReviewerListener implements TaskListener {

  static final Map<String, String> DECISIONS = Map.of("ACCEPT", "Chấp nhận", "RETURN", "Trả lại để hoàn thiện");

  private final Actors actors;

  CheckResponseReviewerListener(Actors actors) {
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    String author = (String) task.getVariable(Vars.RESPONSE_AUTHOR);
    if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
      ReviewRules.requireIndependent(author, task.getAssignee(), "văn bản trả lời");
      return;
    }
    FormInput input = FormInput.of(task);
    String decision = input.choice(Vars.REVIEW_DECISION, "Kết quả thẩm định", DECISIONS);
    String reviewer = actors.actingUser(task);
    ReviewRules.requireIndependent(author, reviewer, "văn bản trả lời");
    if ("RETURN".equals(decision)) {
      input.requiredText(Vars.REVIEW_REASON, "Lý do trả lại", 2000);
    }
    task.setVariable(Vars.RESPONSE_REVIEWER, reviewer);
  }
}
