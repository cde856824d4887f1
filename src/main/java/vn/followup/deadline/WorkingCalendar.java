package vn.followup.deadline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days of the Vietnamese civil service: Monday to Friday, minus the days off the
 * Government announces each year (holidays, compensatory days off, swapped days off), plus the
 * Saturdays and Sundays worked to repay a swap. Reminders and internal deadlines count these days,
 * not calendar days, because an office does not act on a holiday.
 *
 * <p>The days off are data, not code: the product ships {@code calendar/vn-days-off.csv}, and an
 * administrator may load a further file after it. For the same date the row read last wins, so
 * the extra file can add a year that was announced after the release or correct a row (type
 * {@code working_day} cancels an earlier day off). A year without rows counts as plain
 * Monday–Friday: check {@link #years()} before relying on a far-off date.
 *
 * <p>CSV format: lines starting with {@code #} and blank lines are ignored; the first other line is
 * the header {@code date,weekday,type,occasion,status}; fields may be quoted with {@code "}.
 * Instances are immutable and thread-safe.
 */
public final class WorkingCalendar {

  /** What a row says about its date. */
  enum DayType {
    HOLIDAY("holiday", false),
    COMPENSATORY_DAY_OFF("compensatory_day_off", false),
    SWAPPED_DAY_OFF("swapped_day_off", false),
    WORKING_WEEKEND("working_weekend", true),
    WORKING_DAY("working_day", true);

    private final String code;
    private final boolean working;

    DayType(String code, boolean working) {
      this.code = code;
      this.working = working;
    }

    static DayType ofCode(String code) {
      for (DayType type : values()) {
        if (type.code.equals(code)) {
          return type;
        }
      }
      return null;
    }
  }

  /** A named CSV source, so that a refused row can be traced to its file. */
  public record CsvSource(String name, Reader reader) {
  }

  private static final List<String> HEADER = List.of("date", "weekday", "type", "occasion", "status");

  /** Guards the day-by-day searches against data that would make every day a day off. */
  private static final int MAX_SEARCH_DAYS = 3660;

  private final Map<LocalDate, DayType> days;
  private final Set<Integer> years;

  private WorkingCalendar(Map<LocalDate, DayType> days) {
    this.days = Map.copyOf(days);
    TreeSet<Integer> present = new TreeSet<>();
    days.keySet().forEach(date -> present.add(date.getYear()));
    this.years = Collections.unmodifiableSet(present);
  }

  /**
   * Reads the sources in order; a later row for the same date replaces an earlier one. The
   * sources are named "nguồn 1", "nguồn 2"… in error messages; use {@link #fromSources} to give
   * file names. The readers are read to the end but not closed.
   *
   * @throws CalendarDataException when a row is malformed
   */
  public static WorkingCalendar fromCsv(List<Reader> readers) {
    List<CsvSource> sources = new ArrayList<>();
    for (int i = 0; i < readers.size(); i++) {
      sources.add(new CsvSource("nguồn " + (i + 1), readers.get(i)));
    }
    return fromSources(sources);
  }

  /**
   * Reads named sources in order; a later row for the same date replaces an earlier one.
   *
   * @throws CalendarDataException when a row is malformed, naming the source and line
   */
  public static WorkingCalendar fromSources(List<CsvSource> sources) {
    Map<LocalDate, DayType> days = new HashMap<>();
    for (CsvSource source : sources) {
      read(source, days);
    }
    return new WorkingCalendar(days);
  }

  private static void read(CsvSource source, Map<LocalDate, DayType> days) {
    BufferedReader lines = new BufferedReader(source.reader());
    boolean headerSeen = false;
    int number = 0;
    try {
      String line;
      while ((line = lines.readLine()) != null) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        List<String> fields = split(trimmed, source.name(), number);
        if (!headerSeen) {
          List<String> header = fields.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList();
          if (!header.equals(HEADER)) {
            throw new CalendarDataException(source.name(), number,
                "dòng tiêu đề phải là \"" + String.join(",", HEADER) + "\"");
          }
          headerSeen = true;
          continue;
        }
        Map.Entry<LocalDate, DayType> row = row(fields, source.name(), number);
        days.put(row.getKey(), row.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Không đọc được tệp lịch ngày nghỉ \"" + source.name() + "\"", e);
    }
  }

  private static Map.Entry<LocalDate, DayType> row(List<String> fields, String source, int line) {
    if (fields.size() != HEADER.size()) {
      throw new CalendarDataException(source, line,
          "cần " + HEADER.size() + " cột (" + String.join(",", HEADER) + ") nhưng có " + fields.size());
    }
    LocalDate date;
    try {
      date = LocalDate.parse(fields.get(0));
    } catch (DateTimeParseException e) {
      throw new CalendarDataException(source, line,
          "ngày \"" + fields.get(0) + "\" không hợp lệ (cần dạng YYYY-MM-DD và là ngày có thật)");
    }
    String weekday = fields.get(1);
    String actual = date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    if (!weekday.isEmpty() && !weekday.equalsIgnoreCase(actual)) {
      throw new CalendarDataException(source, line,
          "ngày " + date + " là " + actual + ", không phải \"" + weekday + "\"");
    }
    DayType type = DayType.ofCode(fields.get(2));
    if (type == null) {
      throw new CalendarDataException(source, line, "loại ngày \"" + fields.get(2)
          + "\" không hợp lệ (cần holiday, compensatory_day_off, swapped_day_off, working_weekend"
          + " hoặc working_day)");
    }
    if (type == DayType.WORKING_WEEKEND && !isWeekend(date)) {
      throw new CalendarDataException(source, line,
          "ngày làm bù " + date + " phải là thứ Bảy hoặc Chủ nhật");
    }
    return Map.entry(date, type);
  }

  /** Splits one CSV line; a field may be quoted, with "" for a quote inside it. */
  private static List<String> split(String line, String source, int number) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString().strip());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new CalendarDataException(source, number, "dấu ngoặc kép chưa được đóng");
    }
    fields.add(field.toString().strip());
    return fields;
  }

  private static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }

  /** Whether civil servants work on this day. */
  public boolean isWorkingDay(LocalDate date) {
    DayType type = days.get(date);
    if (type != null) {
      return type.working;
    }
    return !isWeekend(date);
  }

  /** The day itself when it is a working day, otherwise the first working day after it. */
  public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
    LocalDate day = date;
    for (int i = 0; i < MAX_SEARCH_DAYS; i++) {
      if (isWorkingDay(day)) {
        return day;
      }
      day = day.plusDays(1);
    }
    throw new IllegalStateException("Không tìm thấy ngày làm việc nào sau ngày " + date);
  }

  /**
   * The working day {@code n} working days before {@code day}, counting only working days
   * strictly before it: {@code workingDaysBefore(Thu 30/12/2021, 5)} is Thu 23/12/2021. For
   * {@code n = 0} the day itself when it is a working day, otherwise the working day before it.
   *
   * @throws IllegalArgumentException when {@code n} is negative
   */
  public LocalDate workingDaysBefore(LocalDate day, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("Số ngày làm việc không được âm: " + n);
    }
    if (n == 0 && isWorkingDay(day)) {
      return day;
    }
    int remaining = Math.max(n, 1);
    LocalDate current = day;
    for (int i = 0; i < MAX_SEARCH_DAYS; i++) {
      current = current.minusDays(1);
      if (isWorkingDay(current) && --remaining == 0) {
        return current;
      }
    }
    throw new IllegalStateException("Không tìm thấy ngày làm việc nào trước ngày " + day);
  }

  /** Years for which the data has at least one row, in ascending order. */
  public Set<Integer> years() {
    return years;
  }
}
