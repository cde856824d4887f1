package vn.followup.report;

import static vn.followup.export.Table.column;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.followup.export.Cells;
import vn.followup.export.Table;
import vn.followup.report.StatusReport.AgeBand;
import vn.followup.report.StatusReport.AgencyRow;
import vn.followup.report.StatusReport.NoticeSection;
import vn.followup.report.StatusReport.Totals;

/**
 * The status report as the five tables offices expect (summary, per agency, per notice, overdue by
 * age, extensions), with Vietnamese headings; the CSV and the XLSX files are both written from
 * these tables.
 */
final class StatusReportTables {


  private StatusReportTables() {
  }

  static List<String> heading(StatusReport report) {
    return List.of("BÁO CÁO TÌNH HÌNH THỰC HIỆN CÁC THÔNG BÁO KẾT LUẬN",
        "(Tính đến hết ngày " + Cells.DATE.format(report.asOf()) + ")");
  }

  static List<Table> tables(StatusReport report) {
    return List.of(summary(report), agencies(report), notices(report), overdue(report), extensions(report));
  }

  private static List<Table.Column> totalsColumns() {
    return List.of(column("Tổng số nội dung", 12), column("Đã đến hạn", 11), column("Hoàn thành đúng hạn", 13),
        column("Hoàn thành quá hạn", 13), column("Chưa hoàn thành – trong hạn", 15),
        column("Đã gia hạn – chưa hoàn thành, trong hạn mới", 18), column("Chưa hoàn thành – quá hạn", 15),
        column("Không thời hạn / thường xuyên", 15), column("Dừng thực hiện", 11),
        column("Trong đó: đã gia hạn", 12), column("Tỷ lệ quá hạn (%)", 11), column("Tỷ lệ đúng hạn (%)", 11));
  }

  private static List<Object> totalsCells(Totals totals) {
    List<Object> cells = new ArrayList<>();
    cells.add(totals.total());
    cells.add(totals.due());
    cells.add(totals.doneOnTime());
    cells.add(totals.doneLate());
    cells.add(totals.openInTerm());
    cells.add(totals.openExtended());
    cells.add(totals.openOverdue());
    cells.add(totals.noDeadline());
    cells.add(totals.stopped());
    cells.add(totals.extended());
    cells.add(totals.overdueShare());
    cells.add(totals.onTimeShare());
    return cells;
  }

  private static Table summary(StatusReport report) {
    return new Table("Tổng hợp", "I. TỔNG HỢP", totalsColumns(), List.of(totalsCells(report.summary())));
  }

  private static Table agencies(StatusReport report) {
    List<Table.Column> columns = new ArrayList<>(List.of(column("Xếp hạng", 8), column("Cơ quan chủ trì", 36)));
    columns.addAll(totalsColumns());
    List<List<Object>> rows = new ArrayList<>();
    for (AgencyRow row : report.agencies()) {
      List<Object> cells = new ArrayList<>(List.of(row.rank(), name(row.agencyName(), row.agency())));
      cells.addAll(totalsCells(row.totals()));
      rows.add(cells);
    }
    return new Table("Theo cơ quan", "II. THEO CƠ QUAN CHỦ TRÌ (xếp theo tỷ lệ quá hạn, cao nhất trước)",
        columns, rows);
  }

  private static Table notices(StatusReport report) {
    List<List<Object>> rows = new ArrayList<>();
    for (NoticeSection notice : report.notices()) {
      for (ItemStatus item : notice.items()) {
        rows.add(Arrays.asList(notice.noticeLabel(), item.itemNumber(), excerpt(item.itemText()),
            name(item.leadAgencyName(), item.leadAgency()), item.lifecycleLabel(), item.timelinessLabel(),
            item.deadlineKind(), item.dueDate(), item.originalDueDate(), item.extended(), item.daysOverdue(),
            item.responseDocument(), item.responseDate(), item.closureOutcome(), item.lateCoordinators()));
      }
    }
    return new Table("Theo thông báo", "III. THEO TỪNG THÔNG BÁO, TỪNG NỘI DUNG", List.of(column("Thông báo", 28),
        column("Nội dung số", 9), column("Nội dung (trích)", 48), column("Cơ quan chủ trì", 28),
        column("Tình trạng", 24), column("Tiến độ", 22), column("Loại thời hạn", 10), column("Thời hạn", 12),
        column("Thời hạn ban đầu", 12), column("Đã gia hạn", 9), column("Số ngày quá hạn", 9),
        column("Văn bản trả lời (số, ký hiệu)", 18), column("Ngày văn bản", 12), column("Đánh giá kết quả thực hiện", 18),
        column("Phối hợp quá hạn", 28)),
        rows);
  }

  private static Table overdue(StatusReport report) {
    List<List<Object>> rows = new ArrayList<>();
    for (AgeBand band : report.overdueBands()) {
      if (band.items().isEmpty()) {
        rows.add(Arrays.asList(band.label(), 0, null, null, null, null, null, null));
      }
      for (ItemStatus item : band.items()) {
        rows.add(Arrays.asList(band.label(), band.count(), item.noticeLabel(), item.itemNumber(),
            name(item.leadAgencyName(), item.leadAgency()), item.dueDate(), item.daysOverdue(), item.reason()));
      }
    }
    return new Table("Quá hạn", "IV. NỘI DUNG QUÁ HẠN THEO THỜI GIAN QUÁ HẠN", List.of(column("Nhóm", 18),
        column("Số nội dung trong nhóm", 10), column("Thông báo", 28), column("Nội dung số", 9),
        column("Cơ quan chủ trì", 28), column("Thời hạn", 12), column("Số ngày quá hạn", 9), column("Lý do", 48)),
        rows);
  }

  private static Table extensions(StatusReport report) {
    List<List<Object>> rows = new ArrayList<>();
    for (ItemStatus item : report.extensions()) {
      rows.add(Arrays.asList(item.noticeLabel(), item.itemNumber(),
          name(item.leadAgencyName(), item.leadAgency()), item.originalDueDate(), item.dueDate(),
          item.extensionReason(), item.extensionApprovedBy(), item.timelinessLabel()));
    }
    return new Table("Gia hạn", "V. NỘI DUNG ĐƯỢC GIA HẠN", List.of(column("Thông báo", 28),
        column("Nội dung số", 9), column("Cơ quan chủ trì", 28), column("Thời hạn ban đầu", 12),
        column("Thời hạn mới", 12), column("Lý do gia hạn", 40), column("Người duyệt", 16), column("Tiến độ", 22)),
        rows);
  }

  private static String name(String name, String id) {
    return name != null ? name : id;
  }

  private static String excerpt(String text) {
    return text == null || text.length() <= 200 ? text : text.substring(0, 197) + "…";
  }
}
