package vn.followup.noticetext;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.followup.notice.NoticeDocument;

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
