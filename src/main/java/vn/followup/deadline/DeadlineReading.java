package vn.followup.deadline;

import java.util.List;

/**
 * The outcome of reading one deadline phrase: either one or more deadlines, or none and the
 * reason why (Vietnamese, shown to the clerk). A phrase that cannot be read is refused rather than
 * guessed, so that the clerk enters the date by hand.
 *
 * @param phrase    the phrase as given
 * @param deadlines what was read; empty when refused
 * @param refusal   why the phrase was not read; null when read
 */
public record DeadlineReading(String phrase, List<Deadline> deadlines, String refusal) {

  public DeadlineReading {
    deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
  }

  static DeadlineReading of(String phrase, List<Deadline> deadlines) {
    return new DeadlineReading(phrase, deadlines, null);
  }

  static DeadlineReading refused(String phrase, String reason) {
    return new DeadlineReading(phrase, List.of(), reason);
  }

  /** Whether at least one deadline was read. */
  public boolean isRead() {
    return !deadlines.isEmpty();
  }
}
