package vn.followup.item;

import java.util.List;
import java.util.Optional;
import vn.followup.deadline.Deadline;

/**
 * Everything needed to start the follow-up of one item, as read from its notice.
 *
 * @param responseSource how the response deadline was chosen (own phrase, completion deadline or a
 *                       report), kept with the deadline for auditors
 * @param proposer       agency id of the body that proposed a recommendation, told the accepted
 *                       answer; null when there is none
 * @param answeredByReport the item answers by a periodic report's section (no response task)
 */
public record ItemStart(
    String businessKey,
    String noticeId,
    String noticeLabel,
    boolean noticeNumbered,
    String itemNumber,
    String itemText,
    boolean recommendation,
    String leadAgency,
    List<String> coordinators,
    Optional<Deadline> response,
    String responseSource,
    Optional<Deadline> completion,
    boolean urgent,
    boolean ongoing,
    String proposer,
    boolean answeredByReport) {

  /** An item that answers by its own written response. */
  public ItemStart(String businessKey, String noticeId, String noticeLabel, boolean noticeNumbered, String itemNumber,
      String itemText, boolean recommendation, String leadAgency, List<String> coordinators,
      Optional<Deadline> response, String responseSource, Optional<Deadline> completion, boolean urgent,
      boolean ongoing, String proposer) {
    this(businessKey, noticeId, noticeLabel, noticeNumbered, itemNumber, itemText, recommendation, leadAgency,
        coordinators, response, responseSource, completion, urgent, ongoing, proposer, false);
  }

  /** An item without a proposing body. */
  public ItemStart(String businessKey, String noticeId, String noticeLabel, boolean noticeNumbered, String itemNumber,
      String itemText, boolean recommendation, String leadAgency, List<String> coordinators,
      Optional<Deadline> response, String responseSource, Optional<Deadline> completion, boolean urgent,
      boolean ongoing) {
    this(businessKey, noticeId, noticeLabel, noticeNumbered, itemNumber, itemText, recommendation, leadAgency,
        coordinators, response, responseSource, completion, urgent, ongoing, null);
  }
}
