package vn.followup.item;

import vn.followup.engine.ProcessVariable;
import vn.followup.engine.InputRule;
import vn.followup.engine.FormInput;
import vn.followup.engine.FormInputException;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The office's review of what an agency wrote (a response, a final report): four eyes, since the
 * author may neither claim nor complete the review, and a decision to accept or to return with a
 * reason.
 */
public final class ReviewRules {

  private ReviewRules() {
  }

  public static void requireIndependent(String author, String reviewer, String what) {
    if (author != null && author.equals(reviewer)) {
      throw new FormInputException("reviewer", "Người đã soạn " + what + " (" + author
          + ") không được tự thẩm định; đề nghị cán bộ khác của Văn phòng thẩm định.");
    }
  }

  /**
   * Checks a review task's claim or completion; returns the reviewer on completion, null on claim.
   *
   * @param authorVariable   who wrote the reviewed text
   * @param decisionField    the input holding a {@link ReviewDecision}
   * @param reasonField      the input holding the reason, required on RETURN
   */
  public static String check(DelegateTask task, String reviewer, ProcessVariable<String> authorVariable, InputRule decisionField,
      InputRule reasonField, String what) {
    String author = authorVariable.get(task);
    if (TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
      requireIndependent(author, task.getAssignee(), what);
      return null;
    }
    FormInput input = FormInput.of(task);
    String decision = input.choice(decisionField, ReviewDecision.choices());
    requireIndependent(author, reviewer, what);
    if (ReviewDecision.RETURN.name().equals(decision)) {
      input.text(reasonField);
    }
    return reviewer;
  }
}
