package vn.followup.audit;

import static vn.followup.export.Table.column;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.followup.export.Table;

/**
 * The columns of an audit timeline, defined once: the CSV download lays them out as one table (one
 * row per entry), and the JSON names them ({@link ItemAudit#columns()}) so that Cockpit's
 * "Lịch sử xử lý" shows the same headings over the same fields.
 */
final class AuditTables {

  /**
   * One column: the entry's field (as the JSON names it), its heading and width, and its value.
   */
  record AuditColumn(String field, String heading, @JsonIgnore int width,
      @JsonIgnore Function<AuditEntry, Object> value) {
  }

  /** The columns of an entry, in reading order. */
  static final List<AuditColumn> COLUMNS = List.of(
      new AuditColumn("at", "Thời điểm (giờ Việt Nam)", 20, AuditEntry::at),
      new AuditColumn("kind", "Loại", 12, AuditEntry::kind),
      new AuditColumn("process", "Quy trình", 24, AuditEntry::process),
      new AuditColumn("stepId", "Mã bước", 28, AuditEntry::stepId),
      new AuditColumn("step", "Bước", 32, AuditEntry::step),
      new AuditColumn("start", "Bắt đầu", 20, AuditEntry::start),
      new AuditColumn("end", "Kết thúc", 20, AuditEntry::end),
      new AuditColumn("duration", "Thời lượng", 14, AuditEntry::duration),
      new AuditColumn("user", "Người thực hiện", 18, AuditEntry::user),
      new AuditColumn("agency", "Cơ quan", 28, AuditEntry::agency),
      new AuditColumn("deadlineText", "Thời hạn", 20, AuditEntry::deadlineText),
      new AuditColumn("late", "Quá hạn", 8, AuditEntry::late),
      new AuditColumn("detail", "Chi tiết", 60, AuditEntry::detail));

  private AuditTables() {
  }

  static List<String> heading(ItemAudit item) {
    return List.of("NHẬT KÝ THEO DÕI NỘI DUNG " + item.itemNumber() + " (" + item.businessKey() + ")");
  }

  static List<String> heading(NoticeAudit notice) {
    return List.of("NHẬT KÝ THEO DÕI CÁC NỘI DUNG CỦA THÔNG BÁO " + notice.noticeId());
  }

  static Table table(List<ItemAudit> items) {
    List<List<Object>> rows = new ArrayList<>();
    for (ItemAudit item : items) {
      for (AuditEntry entry : item.entries()) {
        List<Object> row = new ArrayList<>();
        row.add(item.itemNumber());
        COLUMNS.forEach(column -> row.add(cell(column.value().apply(entry))));
        rows.add(row);
      }
    }
    List<Table.Column> columns = new ArrayList<>();
    columns.add(column("Nội dung số", 9));
    COLUMNS.forEach(column -> columns.add(column(column.heading(), column.width())));
    return new Table("Nhật ký", null, columns, rows);
  }

  private static Object cell(Object value) {
    return value instanceof OffsetDateTime time ? time.toLocalDateTime() : value;
  }
}
