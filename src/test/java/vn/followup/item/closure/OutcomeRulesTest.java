package vn.followup.item.closure;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.followup.support.ShippedCalendar.endOf;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.followup.item.ClosureOutcome;
import vn.followup.item.ImplementationState;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.item.ReviewDecision;
import vn.followup.support.FastTest;
import vn.followup.support.ShippedCalendar;

/**
 * The outcome the office is offered when it closes an item: a response judged against the response
 * deadline, a final report against the completion deadline, the deadline's last day still in time.
 */
@FastTest
class OutcomeRulesTest {

  private final OutcomeRules rules = new OutcomeRules(ShippedCalendar.schedule());
  private final Map<String, Object> item = new HashMap<>();

  private ClosureOutcome suggested() {
    return rules.suggest(item::get);
  }

  @Test
  void aResponseDatedOnTheLastDayOfItsDeadlineIsOnTime() {
    item.put(Vars.IMPLEMENTATION_STATE, ImplementationState.DONE.name());
    item.put(Vars.RESPONSE_DUE_AT, endOf("2021-12-30"));
    item.put(Vars.RESPONSE_DATE, "2021-12-30");
    assertThat(suggested()).isEqualTo(ClosureOutcome.COMPLETED_ON_TIME);
  }

  @Test
  void aResponseDatedTheDayAfterItsDeadlineIsLate() {
    item.put(Vars.IMPLEMENTATION_STATE, ImplementationState.DONE.name());
    item.put(Vars.RESPONSE_DUE_AT, endOf("2021-12-30"));
    item.put(Vars.RESPONSE_DATE, "2021-12-31");
    assertThat(suggested()).isEqualTo(ClosureOutcome.COMPLETED_LATE);
  }

  @Test
  void aResponseDateStoredAsADateIsReadAsTheDayInVietnam() {
    item.put(Vars.IMPLEMENTATION_STATE, ImplementationState.DONE.name());
    item.put(Vars.RESPONSE_DUE_AT, endOf("2021-12-30"));
    // 30/12 at 23:30 in Vietnam is still 30/12 there, though 16:30 UTC the same day.
    item.put(Vars.RESPONSE_DATE, Date.from(endOf("2021-12-30").toInstant().minusSeconds(1800)));
    assertThat(suggested()).isEqualTo(ClosureOutcome.COMPLETED_ON_TIME);
    item.put(Vars.RESPONSE_DATE, Date.from(endOf("2021-12-30").toInstant().plusSeconds(1800)));
    assertThat(suggested()).isEqualTo(ClosureOutcome.COMPLETED_LATE);
  }

  @Test
  void withoutAResponseDeadlineTheResponseIsJudgedAgainstTheCompletionDeadline() {
    item.put(Vars.IMPLEMENTATION_STATE, ImplementationState.DONE.name());
    item.put(Vars.COMPLETION_DUE_AT, endOf("2022-03-31"));
    item.put(Vars.RESPONSE_DATE, "2022-03-31");
    assertThat(suggested()).isEqualTo(ClosureOutcome.COMPLETED_ON_TIME);
    item.put(Vars.RESPONSE_DATE, "2022-04-01");
    assertThat(suggested()).isEqualTo(ClosureOutcome.COMPLETED_LATE);
  }

  @Test
  void anItemThatCannotBeDoneIsNotCompletedWhateverItsDates() {
    item.put(Vars.IMPLEMENTATION_STATE, ImplementationState.CANNOT_DO.name());
    item.put(Vars.RESPONSE_DUE_AT, endOf("2021-12-30"));
    item.put(Vars.RESPONSE_DATE, "2021-12-20");
    assertThat(suggested()).isEqualTo(ClosureOutcome.NOT_COMPLETED);
  }

  @Test
  void anItemInProgressWithoutAnAcceptedFinalReportIsPartlyCompleted() {
    item.put(Vars.IMPLEMENTATION_STATE, ImplementationState.IN_PROGRESS.name());
    item.put(Vars.COMPLETION_DUE_AT, endOf("2022-06-30"));
    assertThat(suggested()).isEqualTo(ClosureOutcome.PARTLY_COMPLETED);
    item.put(Vars.FINAL_REVIEW_DECISION, ReviewDecision.RETURN.name());
    item.put(Vars.COMPLETION_DATE, "2022-06-01");
    assertThat(suggested()).isEqualTo(ClosureOutcome.PARTLY_COMPLETED);
  }

  @Test
  void anAcceptedFinalReportIsJudgedByItsCompletionDateAgainstTheCompletionDeadline() {
    item.put(Vars.IMPLEMENTATION_STATE, ImplementationState.IN_PROGRESS.name());
    item.put(Vars.FINAL_REVIEW_DECISION, ReviewDecision.ACCEPT.name());
    // The response deadline does not count for the final report.
    item.put(Vars.RESPONSE_DUE_AT, endOf("2021-12-30"));
    item.put(Vars.COMPLETION_DUE_AT, endOf("2022-06-30"));
    item.put(Vars.COMPLETION_DATE, "2022-06-30");
    assertThat(suggested()).isEqualTo(ClosureOutcome.COMPLETED_ON_TIME);
    item.put(Vars.COMPLETION_DATE, "2022-07-01");
    assertThat(suggested()).isEqualTo(ClosureOutcome.COMPLETED_LATE);
  }

  @Test
  void withoutADateOrADeadlineTheOutcomeIsOnTime() {
    item.put(Vars.IMPLEMENTATION_STATE, ImplementationState.DONE.name());
    item.put(Vars.RESPONSE_DATE, "2030-01-01");
    assertThat(suggested()).as("no deadline").isEqualTo(ClosureOutcome.COMPLETED_ON_TIME);
    item.remove(Vars.RESPONSE_DATE);
    item.put(Vars.RESPONSE_DUE_AT, endOf("2021-12-30"));
    item.put(Vars.RESPONSE_DATE, " ");
    assertThat(suggested()).as("blank date").isEqualTo(ClosureOutcome.COMPLETED_ON_TIME);
  }
}
