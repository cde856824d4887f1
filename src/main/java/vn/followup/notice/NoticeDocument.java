package vn.followup.notice;

import java.time.LocalDate;
import java.util.List;
import vn.followup.deadline.DeadlineType;

/**
 * A conclusion notice as a clerk registers it ({@code POST /api/notices}, the Tasklist start form,
 * the demo file): the document's own fields and its items. Agency references are registry ids,
 * which are also the Camunda group ids tasks are offered to.
 *
 * @param id          stable id of the notice in this system; derived from number, symbol and year
 *                    when absent; required for a draft, which has no number yet
 * @param number      "số" as printed (e.g. "125"); empty for a draft
 * @param symbol      "ký hiệu" (e.g. "TB/TU"); Party and State numbering differ, so it is free text
 * @param date        date of the notice; may be absent for a draft
 * @param place       place of issue (e.g. "TP. Lào Cai")
 * @param issuer      agency id of the issuing body
 * @param signer      who signed, for whom
 * @param summary     "trích yếu"
 * @param remarks     what the clerk noticed in the source (typos, a wrong name) without changing it
 * @param items       the conclusions and recommendations to follow up
 * @param reports     periodic reports the notice asks for (e.g. the 6-month and annual reports)
 */
public record NoticeDocument(
    String id,
    String number,
    String symbol,
    LocalDate date,
    String place,
    String issuer,
    Signer signer,
    String summary,
    List<String> remarks,
    List<Item> items,
    List<Report> reports) {

  /** The person who signed and the capacity in which they signed ("T/M Ban Thường vụ, Bí thư"). */
  public record Signer(String name, String position, String onBehalfOf) {
  }

  /**
   * One numbered item.
   *
   * @param number       as printed: "1.1", "1.7.5", "2.1.3"
   * @param kind         a task assigned, or a recommendation the city must answer
   * @param lead         agency id of the lead agency (chủ trì)
   * @param coordinators agency ids of the coordinating agencies (phối hợp)
   * @param proposer     for a recommendation, agency id of the body that proposed it (e.g. the ward
   *                     Party Committee), which is told the accepted answer; optional
   */
  public record Item(
      String number,
      String text,
      ItemKind kind,
      String lead,
      List<String> coordinators,
      List<DeadlineEntry> deadlines,
      String proposer) {

    /** An item without a proposing body. */
    public Item(String number, String text, ItemKind kind, String lead, List<String> coordinators,
        List<DeadlineEntry> deadlines) {
      this(number, text, kind, lead, coordinators, deadlines, null);
    }
  }

  /** A deadline as printed, and which step it binds. */
  public record DeadlineEntry(DeadlineType type, String phrase) {
  }

  /**
   * A periodic report.
   *
   * @param phrase  as printed, e.g. "báo cáo 6 tháng, 01 năm của cấp ủy trong năm 2022"
   * @param agency  agency id of the body that writes it
   * @param items   item numbers the report covers
   */
  public record Report(String phrase, String agency, List<String> items) {
  }

  public enum ItemKind {
    /** nhiệm vụ: an agency must do something. */
    TASK,
    /** kiến nghị, đề xuất: the city must answer in writing. */
    RECOMMENDATION
  }
}
