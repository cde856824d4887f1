package vn.followup.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.followup.deadline.BeforeDateReading;
import vn.followup.deadline.Deadline;
import vn.followup.deadline.DeadlineSchedule;

/** How deadlines read to people in forms and reports: dd/MM/yyyy, Vietnam time, with their rule. */
public final class DeadlineTexts {

  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

  private DeadlineTexts() {
  }

  /** "hết ngày 30/12/2021". */
  public static String endOf(LocalDate lastDay) {
    return "hết ngày " + DATE.format(lastDay);
  }

  public static String dateTime(Instant instant) {
    return DATE_TIME.format(instant.atZone(DeadlineSchedule.VIETNAM));
  }

  /** The rule that turned a phrase into a date, for the audit trail. */
  public static String rule(Deadline deadline, String source) {
    List<String> parts = new ArrayList<>();
    parts.add("\"" + deadline.phrase() + "\" → " + endOf(deadline.lastDay()) + " [" + deadline.rule() + "]");
    if (deadline.explanation() != null) {
      parts.add(deadline.explanation());
    }
    if (deadline.reading() != null) {
      parts.add(deadline.reading() == BeforeDateReading.STRICT
          ? "cách hiểu chặt chẽ: ngày ghi trong thông báo không tính"
          : "cách hiểu thông thường: tính cả ngày ghi trong thông báo");
    }
    if (deadline.rolledToWorkingDay()) {
      parts.add("ngày cuối rơi vào ngày nghỉ nên lùi sang ngày làm việc kế tiếp");
    }
    if (source != null && !source.isBlank()) {
      parts.add(source);
    }
    return String.join("; ", parts);
  }
}
