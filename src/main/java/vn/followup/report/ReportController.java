package vn.followup.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.export.ApiRequestException;
import vn.followup.export.CsvExport;
import vn.followup.export.Downloads;
import vn.followup.export.XlsxExport;
import vn.followup.engine.EngineClock;

/**
 * {@code GET /api/reports/status?asOf=YYYY-MM-DD&notice=<id>&agency=<id>&format=json|csv|xlsx}: the status of
 * every item (or of one notice's items) at the end of a date, and {@code GET /api/reports/trend}, its totals week by
 * week, for supervisors, auditors, the office and operations (see the security configuration).
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

  private final StatusReportService reports;

  ReportController(StatusReportService reports) {
    this.reports = reports;
  }

  @GetMapping("/status")
  ResponseEntity<?> status(@RequestParam(required = false) String asOf, @RequestParam(required = false) String notice,
      @RequestParam(required = false) String agency, @RequestParam(required = false) String format) {
    Downloads download = Downloads.of(format, List.of(Downloads.JSON, Downloads.CSV, Downloads.XLSX));
    LocalDate date = date(asOf);
    String noticeId = notice == null || notice.isBlank() ? null : notice.trim();
    String agencyId = agency == null || agency.isBlank() ? null : agency.trim();
    StatusReport report = reports.asOf(date, noticeId, agencyId);
    String fileName = "bao-cao-tinh-hinh-" + date + (noticeId == null ? "" : "-" + noticeId)
        + (agencyId == null ? "" : "-" + agencyId);
    return switch (download) {
      case JSON -> ResponseEntity.ok(report);
      case CSV -> Downloads.file(CsvExport.write(StatusReportTables.heading(report), StatusReportTables.tables(report)),
          CsvExport.MEDIA_TYPE, fileName + ".csv");
      case XLSX -> Downloads.file(XlsxExport.write(StatusReportTables.heading(report),
          StatusReportTables.tables(report)), XlsxExport.MEDIA_TYPE, fileName + ".xlsx");
    };
  }

  /** Weeks a trend shows when not asked: about a quarter. */
  static final int DEFAULT_WEEKS = 12;
  /** The longest trend: two years of weeks. */
  static final int MAX_WEEKS = 104;

  /**
   * {@code GET /api/reports/trend?asOf=YYYY-MM-DD&notice=<id>&weeks=12}: the status report's totals
   * at the end of {@code asOf} (today when not given) and of the dates one, two … weeks before it,
   * {@code weeks} points in all, oldest first; for the same readers as the status report.
   */
  @GetMapping("/trend")
  StatusTrend trend(@RequestParam(required = false) String asOf, @RequestParam(required = false) String notice,
      @RequestParam(required = false) String weeks) {
    LocalDate date = date(asOf);
    String noticeId = notice == null || notice.isBlank() ? null : notice.trim();
    int count = weeks(weeks);
    List<LocalDate> dates = new ArrayList<>();
    for (int i = count - 1; i >= 0; i--) {
      LocalDate point = date.minusWeeks(i);
      if (!point.isBefore(EARLIEST)) {
        dates.add(point);
      }
    }
    return reports.trend(dates, noticeId);
  }

  private static int weeks(String weeks) {
    if (weeks == null || weeks.isBlank()) {
      return DEFAULT_WEEKS;
    }
    try {
      int count = Integer.parseInt(weeks.trim());
      if (count >= 1 && count <= MAX_WEEKS) {
        return count;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new ApiRequestException(HttpStatus.BAD_REQUEST, "Số tuần (weeks) phải là số nguyên từ 1 đến " + MAX_WEEKS
        + "; nhận được '" + weeks + "'.");
  }

  /**
   * {@code GET /api/reports/access}: 204 when the caller may read the reports (the same rule as the
   * reports, in the security configuration), so a webapp shows its dashboard only to them.
   */
  @GetMapping("/access")
  ResponseEntity<Void> access() {
    return ResponseEntity.noContent().build();
  }

  /** No record of the product is older: an earlier date is a typing error, and far ones overflow the clock. */
  private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  /** The report's date: today when not given; never a day still to come, whose figures would change. */
  private static LocalDate date(String asOf) {
    LocalDate today = EngineClock.now().atZone(DeadlineSchedule.VIETNAM).toLocalDate();
    if (asOf == null || asOf.isBlank()) {
      return today;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(asOf.trim());
    } catch (DateTimeParseException e) {
      throw new ApiRequestException(HttpStatus.BAD_REQUEST,
          "Ngày báo cáo (asOf) phải có dạng YYYY-MM-DD, ví dụ 2022-06-30; nhận được '" + asOf + "'.");
    }
    if (date.isBefore(EARLIEST)) {
      throw new ApiRequestException(HttpStatus.BAD_REQUEST, "Ngày báo cáo " + asOf
          + " quá xa: chỉ lập được báo cáo từ ngày 01/01/2000 trở đi.");
    }
    if (date.isAfter(today)) {
      throw new ApiRequestException(HttpStatus.BAD_REQUEST, "Ngày báo cáo " + asOf
          + " chưa đến: chỉ lập được báo cáo đến hết ngày hôm nay (" + today + ") hoặc một ngày đã qua.");
    }
    return date;
  }
}
