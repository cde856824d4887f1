package vn.followup.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import vn.followup.engine.FormInputException;
import vn.followup.engine.InputRule;
import vn.followup.engine.ProcessVariable;
import vn.followup.support.FastTest;

/**
 * Four eyes on the office's review: the author of a text may neither claim nor complete its review,
 * and a review that returns the text needs a reason.
 */
@FastTest
class ReviewRulesTest {

  static final ProcessVariable<String> AUTHOR = ProcessVariable.text("responseAuthor");
  static final InputRule DECISION = InputRule.choice("reviewDecision", "Kết quả thẩm định");
  static final InputRule REASON = InputRule.text("reviewReason", "Lý do trả lại", 2000).required();
  static final String WHAT = "văn bản trả lời";

  private final Map<String, Object> variables = new HashMap<>();

  private DelegateTask task(String event, String assignee) {
    DelegateTask task = mock(DelegateTask.class);
    when(task.getEventName()).thenReturn(event);
    when(task.getAssignee()).thenReturn(assignee);
    when(task.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    when(task.getVariableTyped(anyString())).thenAnswer(call -> typed(call.getArgument(0)));
    when(task.getVariableTyped(anyString(), anyBoolean())).thenAnswer(call -> typed(call.getArgument(0)));
    return task;
  }

  private Object typed(String name) {
    Object value = variables.get(name);
    return value == null ? null : Variables.untypedValue(value);
  }

  private String complete(String reviewer) {
    return ReviewRules.check(task(TaskListener.EVENTNAME_COMPLETE, reviewer), reviewer, AUTHOR, DECISION, REASON, WHAT);
  }

  @Test
  void theAuthorMayNotClaimTheReviewOfWhatTheyWrote() {
    variables.put("responseAuthor", "canbo.vptu");
    assertThatThrownBy(() -> ReviewRules.check(task(TaskListener.EVENTNAME_ASSIGNMENT, "canbo.vptu"), "canbo.vptu",
        AUTHOR, DECISION, REASON, WHAT))
        .isInstanceOf(FormInputException.class)
        .hasMessage("Người đã soạn văn bản trả lời (canbo.vptu) không được tự thẩm định; "
            + "đề nghị cán bộ khác của Văn phòng thẩm định.");
  }

  @Test
  void anotherOfficerClaimsTheReviewAndTheClaimNamesNoReviewerYet() {
    variables.put("responseAuthor", "canbo.vptu");
    assertThat(ReviewRules.check(task(TaskListener.EVENTNAME_ASSIGNMENT, "truongphong.vptu"), "truongphong.vptu",
        AUTHOR, DECISION, REASON, WHAT)).isNull();
  }

  @Test
  void theAuthorMayNotCompleteTheReviewEvenWithAValidDecision() {
    variables.put("responseAuthor", "canbo.vptu");
    variables.put("reviewDecision", ReviewDecision.ACCEPT.name());
    assertThatThrownBy(() -> complete("canbo.vptu")).isInstanceOf(FormInputException.class)
        .hasMessageContaining("không được tự thẩm định");
  }

  @Test
  void anAcceptanceByAnotherOfficerReturnsTheReviewerWithoutAReason() {
    variables.put("responseAuthor", "canbo.vptu");
    variables.put("reviewDecision", ReviewDecision.ACCEPT.name());
    assertThat(complete("truongphong.vptu")).isEqualTo("truongphong.vptu");
  }

  @Test
  void aReturnNeedsAReason() {
    variables.put("responseAuthor", "canbo.vptu");
    variables.put("reviewDecision", ReviewDecision.RETURN.name());
    assertThatThrownBy(() -> complete("truongphong.vptu")).isInstanceOf(FormInputException.class)
        .hasMessageStartingWith("Lý do trả lại là bắt buộc.");
    variables.put("reviewReason", "Bổ sung số liệu quý IV.");
    assertThat(complete("truongphong.vptu")).isEqualTo("truongphong.vptu");
  }

  @Test
  void aDecisionOutsideTheChoicesIsRefusedWithTheChoicesNamed() {
    variables.put("responseAuthor", "canbo.vptu");
    variables.put("reviewDecision", "APPROVE");
    assertThatThrownBy(() -> complete("truongphong.vptu")).isInstanceOf(FormInputException.class)
        .hasMessageStartingWith("Kết quả thẩm định phải là một trong: Chấp nhận, Trả lại để hoàn thiện.");
  }

  @Test
  void aTextWithoutARecordedAuthorMayBeReviewedByAnyone() {
    variables.put("reviewDecision", ReviewDecision.ACCEPT.name());
    assertThat(complete("canbo.vptu")).isEqualTo("canbo.vptu");
  }
}
