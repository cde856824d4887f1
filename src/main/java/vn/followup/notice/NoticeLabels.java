package vn.followup.notice;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** How a notice is named to people: number and symbol as printed, and the date in dd/MM/yyyy. */
final class NoticeLabels {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private NoticeLabels() {
  }

  static String label(String number, String symbol, LocalDate date) {
    boolean draft = number == null || number.isBlank();
    StringBuilder label = new StringBuilder(draft ? "Thông báo (dự thảo, chưa có số) -" : "Thông báo số " + number + "-");
    label.append(symbol == null ? "" : symbol);
    if (date != null) {
      label.append(" ngày ").append(DATE.format(date));
    }
    return label.toString();
  }
}
