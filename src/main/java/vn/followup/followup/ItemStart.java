package vn.followup.followup;

import java.util.List;
import java.util.Optional;
import vn.followup.deadline.Deadline;

/**
 * Everything needed to start the follow-up of one item, as read from its notice.
 *
 * @param responseSource how the response deadline was chosen (own phrase, completion deadline or a
 *                       report), kept with the deadline for auditors
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
    boolean ongoing) {
}
