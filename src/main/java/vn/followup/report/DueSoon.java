package vn.followup.report;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * "Sắp đến hạn": an item still open in its term (the first or an extended one) whose governing
 * deadline's last day falls on the report's date or within the next {@code days} calendar days
 * ({@code followup.report.due-soon-days}, 7 by default). Overdue, finished, stopped and ongoing
 * items never are.
 */
@Component
class DueSoon {

  static final int DEFAULT_DAYS = 7;
  static final DueSoon DEFAULT = new DueSoon(DEFAULT_DAYS);

  private final int days;

  DueSoon(@Value("${followup.report.due-soon-days:" + DEFAULT_DAYS + "}") int days) {
    if (days < 0) {
      throw new IllegalArgumentException(
          "followup.report.due-soon-days: số ngày không được âm, nhận được " + days);
    }
    this.days = days;
  }

  /** How many days ahead of the report's date a last day counts as near. */
  int days() {
    return days;
  }

  boolean test(Timeliness timeliness, LocalDate dueDate, LocalDate asOf) {
    if (dueDate == null || (timeliness != Timeliness.OPEN_IN_TERM && timeliness != Timeliness.OPEN_EXTENDED)) {
      return false;
    }
    return !dueDate.isBefore(asOf) && !dueDate.isAfter(asOf.plusDays(days));
  }
}
