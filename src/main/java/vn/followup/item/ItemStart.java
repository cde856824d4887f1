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

  /** Starts building the item of this business key ({@code <notice id>/<item number>}). */
  public static Builder item(String businessKey) {
    return new Builder(businessKey);
  }

  /**
   * Builds an {@link ItemStart} part by part: the notice, the item, its agencies and its deadlines.
   * Coordinators, deadlines, flags and the proposer are optional; the notice, the item's number and
   * its lead are required.
   */
  public static final class Builder {
    private final String businessKey;
    private String noticeId;
    private String noticeLabel;
    private boolean noticeNumbered;
    private String itemNumber;
    private String itemText;
    private boolean recommendation;
    private String leadAgency;
    private List<String> coordinators = List.of();
    private Optional<Deadline> response = Optional.empty();
    private String responseSource = "";
    private Optional<Deadline> completion = Optional.empty();
    private boolean urgent;
    private boolean ongoing;
    private String proposer;
    private boolean answeredByReport;

    private Builder(String businessKey) {
      this.businessKey = businessKey;
    }

    /** The notice: its id, its label as forms show it and whether it has its official number yet. */
    public Builder notice(String id, String label, boolean numbered) {
      this.noticeId = id;
      this.noticeLabel = label;
      this.noticeNumbered = numbered;
      return this;
    }

    /** The item's number in the notice, its text and whether it is a recommendation (kiến nghị). */
    public Builder text(String number, String text, boolean recommendation) {
      this.itemNumber = number;
      this.itemText = text;
      this.recommendation = recommendation;
      return this;
    }

    /** The lead agency and the coordinating agencies (none when null). */
    public Builder agencies(String lead, List<String> coordinators) {
      this.leadAgency = lead;
      this.coordinators = coordinators == null ? List.of() : List.copyOf(coordinators);
      return this;
    }

    /** The written response's deadline and how it was chosen. */
    public Builder response(Optional<Deadline> deadline, String source) {
      this.response = deadline;
      this.responseSource = source == null ? "" : source;
      return this;
    }

    public Builder completion(Optional<Deadline> deadline) {
      this.completion = deadline;
      return this;
    }

    public Builder urgent(boolean urgent) {
      this.urgent = urgent;
      return this;
    }

    /** An ongoing task (thường xuyên): followed by periodic reports, without a completion date. */
    public Builder ongoing(boolean ongoing) {
      this.ongoing = ongoing;
      return this;
    }

    public Builder proposer(String agency) {
      this.proposer = agency;
      return this;
    }

    public Builder answeredByReport(boolean answeredByReport) {
      this.answeredByReport = answeredByReport;
      return this;
    }

    public ItemStart build() {
      require(businessKey, "business key");
      require(noticeId, "notice");
      require(itemNumber, "item number");
      require(leadAgency, "lead agency");
      return new ItemStart(businessKey, noticeId, noticeLabel, noticeNumbered, itemNumber, itemText, recommendation,
          leadAgency, coordinators, response, responseSource, completion, urgent, ongoing, proposer, answeredByReport);
    }

    private static void require(String value, String part) {
      if (value == null || value.isBlank()) {
        throw new IllegalStateException("An item is started with its " + part);
      }
    }
  }
}
