package vn.followup.support;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.deadline.DeadlineSettings;
import vn.followup.deadline.WorkingCalendar;

/** The working calendar the product ships ({@code calendar/vn-days-off.csv}) for unit tests, without Spring. */
public final class ShippedCalendar {

  private ShippedCalendar() {
  }

  public static WorkingCalendar calendar() {
    InputStream csv = ShippedCalendar.class.getClassLoader().getResourceAsStream("calendar/vn-days-off.csv");
    if (csv == null) {
      throw new IllegalStateException("calendar/vn-days-off.csv is not on the class path");
    }
    return WorkingCalendar.fromCsv(List.of(new InputStreamReader(csv, StandardCharsets.UTF_8)));
  }

  /** The deadline schedule on the shipped calendar with the default settings. */
  public static DeadlineSchedule schedule() {
    return new DeadlineSchedule(calendar(), DeadlineSettings.defaults());
  }

  /** The instant a deadline whose last day is {@code isoDay} falls due: the end of that day in Vietnam. */
  public static Date endOf(String isoDay) {
    return Date.from(schedule().endOfDay(LocalDate.parse(isoDay)));
  }
}
