package vn.followup.deadline;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The calendar the product ships, read the way the application reads it, plus test overrides. */
final class TestCalendars {

  private TestCalendars() {
  }

  static WorkingCalendar shipped(String... extraCsv) {
    InputStream stream = TestCalendars.class.getClassLoader()
        .getResourceAsStream(DeadlineConfiguration.SHIPPED_CALENDAR);
    if (stream == null) {
      throw new IllegalStateException("missing " + DeadlineConfiguration.SHIPPED_CALENDAR);
    }
    List<Reader> readers = new ArrayList<>();
    readers.add(new InputStreamReader(stream, StandardCharsets.UTF_8));
    for (String csv : extraCsv) {
      readers.add(new StringReader(csv));
    }
    return WorkingCalendar.fromCsv(readers);
  }
}
