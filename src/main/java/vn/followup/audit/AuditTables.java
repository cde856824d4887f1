package vn.followup.audit;

import static vn.followup.export.Table.column;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.followup.export.Table;

/** Audit timelines as one table (one row per entry), for the CSV download. */
final class AuditTables {

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
        rows.add(Arrays.asList(item.itemNumber(), local(entry.at()), entry.kind(), entry.process(), entry.stepId(),
            entry.step(), local(entry.start()), local(entry.end()), entry.duration(), entry.user(), entry.agency(),
            local(entry.deadline()), entry.late(), entry.detail()));
      }
    }
    return new Table("Nhật ký", null, List.of(column("Nội dung số", 9), column("Thời điểm (giờ Việt Nam)", 20),
        column("Loại", 12), column("Quy trình", 24), column("Mã bước", 28), column("Bước", 32),
        column("Bắt đầu", 20), column("Kết thúc", 20), column("Thời lượng", 14), column("Người thực hiện", 18),
        column("Cơ quan", 28), column("Thời hạn", 20), column("Quá hạn", 8), column("Chi tiết", 60)), rows);
  }

  private static Object local(OffsetDateTime time) {
    return time == null ? null : time.toLocalDateTime();
  }
}
