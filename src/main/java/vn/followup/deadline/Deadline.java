package vn.followup.deadline;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One deadline read from a phrase of a notice, with how it was read, so that a clerk can check
 * the reading and a report can show it.
 *
 * @param phrase             the phrase as given
 * @param kind               whether a date was given
 * @param lastDay            last day of the period (after rolling, when rolled); null unless {@link DeadlineKind#DATED}
 * @param dueAt              24:00 of {@code lastDay} in Vietnam, i.e. the start of the next day there;
 *                           null unless {@link DeadlineKind#DATED}
 * @param rule               stable code of the rule applied (EXACT_DATE, BEFORE_DATE, QUARTER_END, …)
 * @param explanation        one Vietnamese sentence saying how the last day follows from the phrase
 * @param reading            the reading applied to a "trước &lt;ngày&gt;" phrase; null for any other phrase
 * @param rolledToWorkingDay whether the last day was moved to the next working day
 * @param confidence         how surely the phrase fixes this day, see {@link DeadlineReader}
 */
public record Deadline(
    String phrase,
    DeadlineKind kind,
    LocalDate lastDay,
    Instant dueAt,
    String rule,
    String explanation,
    BeforeDateReading reading,
    boolean rolledToWorkingDay,
    double confidence) {
}
