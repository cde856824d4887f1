package vn.followup.report;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.followup.export.Table;

/**
 * The headings of the status report's item tables (per notice, overdue by age, extended), as the
 * CSV and XLSX files and Cockpit's dashboard show them: written once here, the dashboard reads them
 * from the report's JSON ({@link StatusReport#columns()}) by their {@link #key()}.
 */
public enum ReportColumn {
  RANK("Xếp hạng", 8),
  NOTICE("Thông báo", 28),
  ITEM_NUMBER("Nội dung số", 9),
  ITEM_TEXT("Nội dung (trích)", 48),
  LEAD_AGENCY("Cơ quan chủ trì", 28),
  LIFECYCLE("Tình trạng", 24),
  TIMELINESS("Tiến độ", 22),
  DEADLINE_KIND("Loại thời hạn", 10),
  DUE_DATE("Thời hạn", 12),
  ORIGINAL_DUE_DATE("Thời hạn ban đầu", 12),
  NEW_DUE_DATE("Thời hạn mới", 12),
  EXTENDED("Đã gia hạn", 9),
  DAYS_OVERDUE("Số ngày quá hạn", 9),
  RESPONSE_DOCUMENT("Văn bản trả lời (số, ký hiệu)", 18),
  RESPONSE_DATE("Ngày văn bản", 12),
  CLOSURE_OUTCOME("Đánh giá kết quả thực hiện", 18),
  LATE_COORDINATORS("Phối hợp quá hạn", 28),
  AGE_BAND("Nhóm", 18),
  BAND_COUNT("Số nội dung trong nhóm", 10),
  REASON("Lý do", 48),
  EXTENSION_REASON("Lý do gia hạn", 40),
  APPROVED_BY("Người duyệt", 16);

  private final String label;
  private final int width;

  ReportColumn(String label, int width) {
    this.label = label;
    this.width = width;
  }

  public String label() {
    return label;
  }

  Table.Column column() {
    return Table.column(label, width);
  }

  Table.Column column(int otherWidth) {
    return Table.column(label, otherWidth);
  }

  /** The heading's name in the report's JSON ({@code itemNumber}). */
  public String key() {
    return camelCase(name());
  }

  /** Every heading by its key, in order: what the dashboard reads. */
  static Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    for (ReportColumn column : values()) {
      labels.put(column.key(), column.label);
    }
    return labels;
  }

  /** {@code DONE_ON_TIME} → {@code doneOnTime}. */
  static String camelCase(String constant) {
    StringBuilder key = new StringBuilder();
    for (String word : constant.toLowerCase(Locale.ROOT).split("_")) {
      key.append(key.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return key.toString();
  }
}
