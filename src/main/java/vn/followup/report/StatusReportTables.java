package vn.followup.report;

import static vn.followup.report.ReportColumn.*;

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
    return Arrays.stream(Figure.values()).map(Figure::column).toList();
  }

  private static List<Object> totalsCells(Totals totals) {
    return Arrays.stream(Figure.values()).map(figure -> figure.of(totals)).toList();
  }

  private static Table summary(StatusReport report) {
    return new Table("Tổng hợp", "I. TỔNG HỢP", totalsColumns(), List.of(totalsCells(report.summary())));
  }

  private static Table agencies(StatusReport report) {
    List<Table.Column> columns = new ArrayList<>(List.of(ReportColumn.RANK.column(), ReportColumn.LEAD_AGENCY.column(36)));
    columns.addAll(totalsColumns());
    List<List<Object>> rows = new ArrayList<>();
    for (AgencyRow row : report.agencies()) {
      List<Object> cells = new ArrayList<>(Arrays.asList(row.rank(), name(row.agencyName(), row.agency())));
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
    return new Table("Theo thông báo", "III. THEO TỪNG THÔNG BÁO, TỪNG NỘI DUNG", columns(NOTICE,
        ITEM_NUMBER, ITEM_TEXT, LEAD_AGENCY, LIFECYCLE, TIMELINESS, DEADLINE_KIND, DUE_DATE, ORIGINAL_DUE_DATE,
        EXTENDED, DAYS_OVERDUE, RESPONSE_DOCUMENT, RESPONSE_DATE, CLOSURE_OUTCOME, LATE_COORDINATORS), rows);
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
    return new Table("Quá hạn", "IV. NỘI DUNG QUÁ HẠN THEO THỜI GIAN QUÁ HẠN", columns(AGE_BAND,
        BAND_COUNT, NOTICE, ITEM_NUMBER, LEAD_AGENCY, DUE_DATE, DAYS_OVERDUE, REASON), rows);
  }

  private static Table extensions(StatusReport report) {
    List<List<Object>> rows = new ArrayList<>();
    for (ItemStatus item : report.extensions()) {
      rows.add(Arrays.asList(item.noticeLabel(), item.itemNumber(),
          name(item.leadAgencyName(), item.leadAgency()), item.originalDueDate(), item.dueDate(),
          item.extensionReason(), item.extensionApprovedBy(), item.timelinessLabel()));
    }
    return new Table("Gia hạn", "V. NỘI DUNG ĐƯỢC GIA HẠN", columns(NOTICE, ITEM_NUMBER,
        LEAD_AGENCY, ORIGINAL_DUE_DATE, NEW_DUE_DATE, EXTENSION_REASON, APPROVED_BY, TIMELINESS), rows);
  }

  private static List<Table.Column> columns(ReportColumn... columns) {
    return Arrays.stream(columns).map(ReportColumn::column).toList();
  }

  private static String name(String name, String id) {
    return name != null ? name : id;
  }

  private static String excerpt(String text) {
    return text == null || text.length() <= 200 ? text : text.substring(0, 197) + "…";
  }
}
