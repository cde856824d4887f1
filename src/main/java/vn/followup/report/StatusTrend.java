package vn.followup.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import vn.followup.report.StatusReport.FigureHeading;
import vn.followup.report.StatusReport.Totals;

/**
 * The status report's totals at the end of several dates a week apart, the last one the date asked
 * for: each point's figures are those of the status report as of its date.
 *
 * @param noticeId    only this notice's items; null for every notice
 * @param dueSoonDays an item is due soon when its last day is within this many days of a point's date
 */
public record StatusTrend(String noticeId, int dueSoonDays, List<Point> points) {

  /** The figures' keys and headings, as in the status report. */
  @JsonProperty
  public List<FigureHeading> figures() {
    return FigureHeading.all();
  }

  /** The totals at the end of {@code asOf}. */
  public record Point(LocalDate asOf, Totals summary) {
  }
}
