package vn.followup.noticetext;

import java.time.LocalDate;
import java.util.List;

/**
 * How one proposed item was read, in the document's own words: its label as printed (null when
 * the text gives none and the item is numbered by its position), the lead and coordinating bodies
 * as written (a factored list "các Bộ: Tài chính, Tư pháp" written out), and every deadline
 * phrase found with its reading.
 */
public record ItemReading(String label, List<String> leads, List<String> coordinators, List<DeadlineFound> deadlines) {

  /**
   * A deadline phrase of the item and how the deadline reader read it.
   *
   * @param kind    DATED, ONGOING or URGENT
   * @param lastDay the last day; null unless dated
   * @param rule    the reader's rule code (EXACT_DATE, BEFORE_DATE, IN_MONTH, QUARTER_END, PERIODIC, …)
   */
  public record DeadlineFound(String phrase, String kind, LocalDate lastDay, String rule, String explanation) {
  }
}
