package vn.followup.noticetext;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.followup.notice.NoticeDocument;
import vn.followup.notice.NoticeProcess;

/**
 * What a notice's text proposes: the document to register once the clerk has confirmed or
 * corrected it, where each field came from, what needs the clerk's attention, and for each item how
 * it was read in the document's own words ({@code readings}, one per item, in the same order).
 */
public record NoticeProposal(NoticeDocument document, List<Span> sources, List<Finding> findings,
    List<ItemReading> readings) {

  private static final Pattern ITEM_FIELD = Pattern.compile("^items\\[(\\d+)]\\.(\\w+)$");
  private static final Map<String, String> LABELS = Map.of(
      "number", "Số", "date", "Ngày", "id", "Mã thông báo", "summary", "Trích yếu", "signer", "Người ký",
      "items", "Các nội dung", "items[].deadlines", "Thời hạn trả lời", "lead", "cơ quan chủ trì",
      "coordinators", "cơ quan phối hợp", "deadlines", "thời hạn");

  /** The registration form's field of each finding's field of the document (the rest stay in the notes only). */
  private static final Map<String, String> FORM_KEYS = Map.of(
      "number", NoticeProcess.Vars.NOTICE_NUMBER, "date", NoticeProcess.Vars.NOTICE_DATE,
      "id", NoticeProcess.Vars.NOTICE_ID_INPUT, "summary", NoticeProcess.Vars.NOTICE_SUMMARY,
      "signer", NoticeProcess.Vars.SIGNER_NAME, "issuer", NoticeProcess.Vars.NOTICE_ISSUER);
  /** The same for an item's fields (the keys of the rows of the form's list "items"). */
  private static final Map<String, String> ITEM_FORM_KEYS = Map.of("lead", "lead", "coordinators", "coordinators",
      "deadlines", "responseDeadline", "text", "text", "number", "number", "kind", "kind", "proposer", "proposer");

  /**
   * A finding placed at the field of the registration form it concerns, which Tasklist shows beside
   * that field (followup-form-validity.js): {@code item} is the item's number for a field of an item's
   * row, null for a field of the notice.
   */
  public record PlacedFinding(String item, String field, String message) {
  }

  /** The findings that concern one field of the form, each placed there. */
  public PlacedFinding[] placedFindings() {
    return findings.stream().map(finding -> {
      Matcher item = ITEM_FIELD.matcher(finding.field());
      if (item.matches()) {
        int index = Integer.parseInt(item.group(1));
        String key = ITEM_FORM_KEYS.get(item.group(2));
        return key == null || index >= document.items().size() ? null
            : new PlacedFinding(document.items().get(index).number(), key, finding.message());
      }
      String key = FORM_KEYS.get(finding.field());
      return key == null ? null : new PlacedFinding(null, key, finding.message());
    }).filter(java.util.Objects::nonNull).toArray(PlacedFinding[]::new);
  }

  /** The findings as lines a clerk reads ("• Nội dung 1.7.3 – cơ quan phối hợp: ..."), within a length. */
  public String notes(int maxLength) {
    StringBuilder notes = new StringBuilder();
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      String line = "• " + where(finding.field()) + finding.message() + "\n";
      if (notes.length() + line.length() > maxLength - 60) {
        notes.append("• … và ").append(findings.size() - i).append(" điểm khác.");
        break;
      }
      notes.append(line);
    }
    return notes.isEmpty() ? null : notes.toString().trim();
  }

  private String where(String field) {
    Matcher item = ITEM_FIELD.matcher(field);
    if (item.matches()) {
      int index = Integer.parseInt(item.group(1));
      String number = index < document.items().size() ? document.items().get(index).number() : "?";
      return "Nội dung " + number + " – " + LABELS.getOrDefault(item.group(2), item.group(2)) + ": ";
    }
    String label = LABELS.get(field);
    return label == null || field.isEmpty() ? "" : label + ": ";
  }
}
