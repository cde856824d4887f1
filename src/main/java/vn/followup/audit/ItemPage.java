package vn.followup.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One item as its page "Hồ sơ nội dung" shows it: its card, each deadline as its last day, its state
 * in words, its documents, and the office's actions the caller may start on it.
 *
 * @param stateLabel      where the item stands ("Dừng thực hiện" for a stopped item), from the report's rules
 * @param timelinessLabel where it stands against its deadline; null when that says nothing more
 * @param running         its latest follow-up is still running
 * @param officeActions   the actions of the office on this item; empty for anyone else
 */
record ItemPage(String businessKey, String noticeId, String noticeLabel, String itemNumber, String itemText,
    String itemKindLabel, String leadAgencyName, String responsibleAgencyName, String coordinatingAgencyNames,
    List<DeadlineLine> deadlines, String stateLabel, String timelinessLabel, boolean stopped, boolean running,
    int followUps, List<Map<String, Object>> documents, List<ActionOffer> officeActions) {

  /**
   * A deadline of the item: its label, its last day and the office's words for it ("hết ngày
   * 13/01/2027"); {@code originalText} when a decision or an extension moved it.
   */
  record DeadlineLine(String type, String label, LocalDate lastDay, String text, String originalText) {
  }

  /** An office action offered on the page: its address part, its label and the process its form belongs to. */
  record ActionOffer(String action, String label, String processKey) {
  }
}
