package vn.followup.item.closure;

import java.time.LocalDate;
import java.util.Date;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.item.ClosureOutcome;
import vn.followup.item.ImplementationState;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.item.ReviewDecision;

/**
 * The graded outcome the office is offered when it closes an item, from what the item recorded:
 * done on or before its deadline, done late, not possible, or still in progress without a
 * completion deadline (partly). A response is judged against the response deadline, a final report
 * against the completion deadline, as the status report does. The office may choose another
 * outcome, such as stopped.
 */
@Component
class OutcomeRules {

  private final DeadlineSchedule schedule;

  OutcomeRules(DeadlineSchedule schedule) {
    this.schedule = schedule;
  }

  ClosureOutcome suggest(Function<String, Object> item) {
    ImplementationState state = ImplementationState.parse(item.apply(Vars.IMPLEMENTATION_STATE)).orElse(null);
    if (state == ImplementationState.CANNOT_DO) {
      return ClosureOutcome.NOT_COMPLETED;
    }
    if (state == ImplementationState.IN_PROGRESS) {
      if (!ReviewDecision.ACCEPT.name().equals(item.apply(Vars.FINAL_REVIEW_DECISION))) {
        return ClosureOutcome.PARTLY_COMPLETED;
      }
      return timeliness(date(item.apply(Vars.COMPLETION_DATE)), (Date) item.apply(Vars.COMPLETION_DUE_AT));
    }
    Date due = item.apply(Vars.RESPONSE_DUE_AT) != null ? (Date) item.apply(Vars.RESPONSE_DUE_AT)
        : (Date) item.apply(Vars.COMPLETION_DUE_AT);
    return timeliness(date(item.apply(Vars.RESPONSE_DATE)), due);
  }

  private ClosureOutcome timeliness(LocalDate done, Date due) {
    if (done == null || due == null) {
      return ClosureOutcome.COMPLETED_ON_TIME;
    }
    return done.isAfter(schedule.lastDayOf(due.toInstant())) ? ClosureOutcome.COMPLETED_LATE
        : ClosureOutcome.COMPLETED_ON_TIME;
  }

  private static LocalDate date(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(DeadlineSchedule.VIETNAM).toLocalDate();
    }
    return value == null || value.toString().isBlank() ? null : LocalDate.parse(value.toString().trim());
  }
}
