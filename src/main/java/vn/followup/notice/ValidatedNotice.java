package vn.followup.notice;

import java.util.List;
import java.util.Optional;
import vn.followup.deadline.Deadline;

/**
 * A notice document that passed every check, with what was read from it: the id it is kept under,
 * whether it is a draft, each item's deadlines and the periodic reports with their dates.
 */
public record ValidatedNotice(NoticeDocument document, String id, boolean draft, List<PlannedItem> items,
    List<PlannedReport> reports) {

  /** Human label, e.g. "Thông báo số 125-TB/TU ngày 25/11/2021" or "Thông báo (dự thảo) -TB/TU". */
  public String label() {
    return NoticeLabels.label(document.number(), document.symbol(), document.date());
  }

  /**
   * An item with its deadlines as read.
   *
   * @param response   the deadline of the written response, when there is one (the RESPONSE phrase,
   *                   else the item's COMPLETION deadline, else the last report covering it)
   * @param responseSource how {@code response} was chosen, in Vietnamese, for the audit trail
   * @param completion the deadline of the work itself, when dated
   * @param answeredByReport the item has no response deadline of its own and a periodic report covers
   *                   it: the report's section is its answer, so it gets no separate response task
   */
  public record PlannedItem(NoticeDocument.Item item, String businessKey, Optional<Deadline> response,
      String responseSource, Optional<Deadline> completion, boolean urgent, boolean ongoing,
      boolean answeredByReport) {

    /** An item that answers by its own written response. */
    public PlannedItem(NoticeDocument.Item item, String businessKey, Optional<Deadline> response,
        String responseSource, Optional<Deadline> completion, boolean urgent, boolean ongoing) {
      this(item, businessKey, response, responseSource, completion, urgent, ongoing, false);
    }
  }

  /** One periodic report: who writes it, which items it covers, and when it is due. */
  public record PlannedReport(String phrase, String agency, List<String> items, Deadline deadline) {
  }
}
