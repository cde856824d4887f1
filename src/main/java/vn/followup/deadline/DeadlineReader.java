package vn.followup.deadline;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the deadline phrases of a conclusion notice ("xong trước 30/12/2021", "trong quý I năm
 * 2022", "báo cáo 6 tháng, 01 năm … trong năm 2022", "khẩn trương") into deadlines, following the
 * Civil Code 2015: art. 146 fixes "giữa tháng" (the 15th), "giữa năm" (30/06), "cuối tháng" and
 * "cuối năm" (the last day); art. 147–148 end a period at 24:00 of its last day, and move that day
 * to the next working day when it is a day off (only when
 * {@link DeadlineSettings#rollToWorkingDay()} is set, since an office may keep internal deadlines
 * on the calendar day).
 *
 * <p>Phrases are compared without diacritics, case or extra spaces, so "truoc thang 9 nam 2022"
 * reads as "trước tháng 9 năm 2022". A phrase is refused with a Vietnamese reason, never guessed,
 * when it names a day that does not exist (31/02/2022, quý V, tháng 13), lacks the year of a
 * quarter, month or year form, counts from an unnamed start ("trong 30 ngày") or contains nothing
 * recognisable. Words with no date ("thường xuyên", "khẩn trương", "sớm"…) give a deadline without
 * a date. Explicit dates are looked for first, so "khẩn trương, xong trước 30/12/2021" is dated.
 *
 * <p>Confidence scale (how surely the phrase fixes the day; the rule code says how it was read):
 * <ul>
 *   <li>1.0: the phrase names the day, or a calendar period whose end the Civil Code fixes
 *       (EXACT_DATE, QUARTER_END, IN_MONTH, MID_MONTH, FIRST_HALF, MID_YEAR, YEAR_END);</li>
 *   <li>0.9: "trước …" (BEFORE_DATE, BEFORE_MONTH, BEFORE_YEAR): the day is named but "before"
 *       needs a reading; also ONGOING and URGENT, classified from a word;</li>
 *   <li>0.8: the periodic reports (REPORT_6_MONTHS, REPORT_ANNUAL): the reporting period ends on
 *       that day, the report itself may follow the committee's own report calendar;</li>
 *   <li>0.7: YEAR: a year-scoped target ("năm 2022") that is a deadline only if treated as one.</li>
 * </ul>
 * Thread-safe.
 */
public final class DeadlineReader {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
  private static final String CIVIL_CODE_END = "; hạn hết 24:00 ngày đó (BLDS 2015, Điều 147–148)";
  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  /** The year after a month or quarter: "năm 2022", "/2022", "-2022", ", năm 2022". */
  private static final String YEAR_SUFFIX = "(?:\\s*,?\\s*(?:nam\\s*|[/.-]\\s*)(\\d{4})(?!\\d))?";
  /** The year after a form that already ends in "năm". */
  private static final String YEAR_DIGITS = "(?:\\s+(\\d{4})(?!\\d))?";

  private static final Pattern FULL_DATE = Pattern.compile(
      "(?<!\\d)(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})(?!\\d)"
          + "|(?<!\\d)(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s*,?\\s*nam\\s+(\\d{4})(?!\\d)");
  private static final Pattern BEFORE_PREFIX = Pattern.compile("(?:^|\\s)truoc(?:\\s+ngay)?\\s*$");

  private static final Pattern REPORT_WORD = Pattern.compile("\\b(?:bao cao|so ket|tong ket)\\b");
  private static final Pattern SIX_MONTHS = Pattern.compile("\\b(?:0?6|sau) thang\\b");
  private static final Pattern ANNUAL = Pattern.compile(
      "\\b(?:0?1|mot|ca) nam\\b|\\btong ket nam\\b|\\bbao cao nam\\b");
  private static final Pattern ANY_YEAR = Pattern.compile("\\bnam\\s+(\\d{4})(?!\\d)");

  private static final Pattern FIRST_HALF = Pattern.compile(
      "\\b(?:0?6|sau) thang dau nam\\b" + YEAR_DIGITS);
  private static final Pattern MID_YEAR = Pattern.compile("\\bgiua nam\\b" + YEAR_DIGITS);
  private static final Pattern YEAR_END = Pattern.compile("\\bcuoi nam\\b" + YEAR_DIGITS);
  private static final Pattern MID_MONTH = Pattern.compile(
      "\\bgiua thang\\s+(\\d{1,2})(?!\\d)" + YEAR_SUFFIX);
  private static final Pattern VAGUE_PART = Pattern.compile("\\b(?:dau|giua) (?:thang|quy|nam)\\b");
  private static final Pattern QUARTER = Pattern.compile(
      "\\bquy\\s+([ivx]+|\\d{1,2})\\b" + YEAR_SUFFIX);
  private static final Pattern BEFORE_MONTH = Pattern.compile(
      "\\btruoc\\s+thang\\s+(\\d{1,2})(?!\\d)" + YEAR_SUFFIX);
  private static final Pattern IN_MONTH = Pattern.compile(
      "\\bthang\\s+(\\d{1,2})(?!\\d)" + YEAR_SUFFIX);
  private static final Pattern DATE_WITHOUT_YEAR = Pattern.compile(
      "(?<!\\d)(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?![\\d/.-])");
  private static final Pattern RELATIVE = Pattern.compile(
      "\\b(?:trong(?:\\s+vong)?|sau|truoc|toi da)\\s+(\\d+)\\s+(?:ngay|tuan|thang|nam)\\b");
  private static final Pattern BEFORE_YEAR = Pattern.compile("\\btruoc\\s+nam\\s+(\\d{4})(?!\\d)");
  private static final Pattern YEAR = Pattern.compile("\\bnam\\s+(\\d{4})(?!\\d)");
  /** "trong kế hoạch các năm 2009 và 2010": a span of plan years, read as the end of the later one. */
  private static final Pattern YEAR_SPAN = Pattern.compile(
      "\\bnam\\s+(\\d{4})\\s*(?:va|den|-|–)\\s*(?:nam\\s+)?(\\d{4})(?!\\d)");
  private static final Pattern FOUR_DIGITS = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");
  private static final Pattern PERIODIC = Pattern.compile("\\bdinh ky\\b");
  private static final Pattern ONGOING = Pattern.compile(
      "\\b(?:thuong xuyen|lien tuc|hang ngay|hang tuan|hang thang|hang quy|hang nam)\\b");
  private static final Pattern URGENT = Pattern.compile(
      "\\b(?:khan truong|khan cap|hoa toc|kip thoi|som|ngay(?!\\s*\\d)(?!\\s+thang))\\b");

  private final WorkingCalendar calendar;
  private final DeadlineSettings settings;
  private final DeadlineSchedule schedule;

  public DeadlineReader(WorkingCalendar calendar, DeadlineSettings settings) {
    this.calendar = calendar;
    this.settings = settings;
    this.schedule = new DeadlineSchedule(calendar, settings);
  }

  /** Reads one phrase; never throws for a phrase that cannot be read, but refuses it. */
  public DeadlineReading read(String phrase) {
    return read(phrase, null);
  }

  /**
   * Reads one phrase of a document issued in {@code documentYear}: a day, month or quarter printed
   * without its year ("trước 30/6", "trong quý II") is of that year, and the rule says so. Without
   * a year such a phrase is refused.
   */
  public DeadlineReading read(String phrase, Integer documentYear) {
    DeadlineReading reading = readWithin(phrase, documentYear);
    if (documentYear == null || !reading.isRead() || !yearMissing(normalise(phrase))) {
      return reading;
    }
    return DeadlineReading.of(phrase, reading.deadlines().stream().map(d -> d.kind() != DeadlineKind.DATED ? d : new Deadline(d.phrase(), d.kind(),
        d.lastDay(), d.dueAt(), d.rule() + "+DOCUMENT_YEAR", d.explanation() + "; cụm từ không ghi năm nên lấy năm "
        + documentYear + " của văn bản", d.reading(), d.rolledToWorkingDay(), Math.min(d.confidence(), 0.8))).toList());
  }

  private static boolean yearMissing(String text) {
    return !FOUR_DIGITS.matcher(text).find();
  }

  private DeadlineReading readWithin(String phrase, Integer documentYear) {
    String text = normalise(phrase == null ? "" : phrase);
    if (text.isEmpty()) {
      return DeadlineReading.refused(phrase, "Cụm từ thời hạn trống.");
    }
    try {
      return readDated(phrase, text, documentYear)
          .or(() -> readUndated(phrase, text))
          .orElseGet(() -> DeadlineReading.refused(phrase,
              "Không nhận ra thời hạn trong cụm từ; cần ghi rõ ngày, tháng, quý hoặc năm"
                  + " (ví dụ \"trước 30/12/2021\", \"trong quý I năm 2022\")."));
    } catch (Refusal refusal) {
      return DeadlineReading.refused(phrase, refusal.getMessage());
    }
  }

  /**
   * The form in which phrases are compared: decomposed, without combining marks, đ as d, lower
   * case, single spaces, without trailing punctuation.
   */
  static String normalise(String phrase) {
    String decomposed = Normalizer.normalize(phrase, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .replace('đ', 'd')
        .replace('Đ', 'D')
        .toLowerCase(Locale.ROOT);
    return decomposed.replaceAll("[\\s\\u00A0]+", " ").strip().replaceAll("[\\s.,;:!/]+$", "")
        .replaceAll("\\b(nam|thang|quy|ngay)(\\d)", "$1 $2");
  }

  private Optional<DeadlineReading> readDated(String phrase, String text, Integer documentYear) {
    Matcher m = FULL_DATE.matcher(text);
    if (m.find()) {
      boolean numeric = m.group(1) != null;
      LocalDate day = date(number(m.group(numeric ? 1 : 4)), number(m.group(numeric ? 2 : 5)),
          number(m.group(numeric ? 3 : 6)));
      if (BEFORE_PREFIX.matcher(text.substring(0, m.start())).find()) {
        return one(phrase, beforeDate(phrase, day));
      }
      return one(phrase, dated(phrase, "EXACT_DATE", day, "Hạn là ngày " + format(day), null, 1.0));
    }
    if (REPORT_WORD.matcher(text).find()) {
      boolean six = SIX_MONTHS.matcher(text).find();
      boolean annual = ANNUAL.matcher(text).find();
      if (six || annual) {
        return Optional.of(reports(phrase, text, six, annual));
      }
    }
    m = FIRST_HALF.matcher(text);
    if (m.find()) {
      int year = year(m.group(1), "\"6 tháng đầu năm\"", documentYear);
      LocalDate day = LocalDate.of(year, 6, 30);
      return one(phrase, dated(phrase, "FIRST_HALF", day,
          "6 tháng đầu năm " + year + " kết thúc ngày " + format(day), null, 1.0));
    }
    m = MID_YEAR.matcher(text);
    if (m.find()) {
      int year = year(m.group(1), "\"giữa năm\"", documentYear);
      LocalDate day = LocalDate.of(year, 6, 30);
      return one(phrase, dated(phrase, "MID_YEAR", day,
          "Giữa năm là ngày 30/06 (BLDS 2015, Điều 146): ngày " + format(day), null, 1.0));
    }
    m = YEAR_END.matcher(text);
    if (m.find()) {
      int year = year(m.group(1), "\"cuối năm\"", documentYear);
      LocalDate day = LocalDate.of(year, 12, 31);
      return one(phrase, dated(phrase, "YEAR_END", day,
          "Cuối năm là ngày 31/12 (BLDS 2015, Điều 146): ngày " + format(day), null, 1.0));
    }
    m = MID_MONTH.matcher(text);
    if (m.find()) {
      int month = month(m.group(1));
      int year = year(m.group(2), "\"giữa tháng " + month + "\"", documentYear);
      LocalDate day = LocalDate.of(year, month, 15);
      return one(phrase, dated(phrase, "MID_MONTH", day,
          "Giữa tháng là ngày 15 (BLDS 2015, Điều 146): ngày " + format(day), null, 1.0));
    }
    if (VAGUE_PART.matcher(text).find()) {
      throw new Refusal("Mốc \"đầu …\" hoặc \"giữa quý\" không xác định một ngày cuối cùng;"
          + " cần ghi rõ ngày.");
    }
    m = QUARTER.matcher(text);
    if (m.find()) {
      int quarter = quarter(m.group(1));
      int year = year(m.group(2), "\"quý " + m.group(1).toUpperCase(Locale.ROOT) + "\"", documentYear);
      LocalDate day = YearMonth.of(year, quarter * 3).atEndOfMonth();
      return one(phrase, dated(phrase, "QUARTER_END", day,
          "Quý " + ROMAN[quarter - 1] + " năm " + year + " kết thúc ngày " + format(day), null, 1.0));
    }
    m = BEFORE_MONTH.matcher(text);
    if (m.find()) {
      int month = month(m.group(1));
      int year = year(m.group(2), "\"trước tháng " + month + "\"", documentYear);
      LocalDate day = LocalDate.of(year, month, 1).minusDays(1);
      return one(phrase, dated(phrase, "BEFORE_MONTH", day,
          "\"Trước tháng " + month + " năm " + year + "\": ngày cuối là ngày cuối tháng "
              + day.getMonthValue() + " năm " + day.getYear() + ", " + format(day), null, 0.9));
    }
    m = IN_MONTH.matcher(text);
    if (m.find()) {
      int month = month(m.group(1));
      int year = year(m.group(2), "\"tháng " + month + "\"", documentYear);
      LocalDate day = YearMonth.of(year, month).atEndOfMonth();
      return one(phrase, dated(phrase, "IN_MONTH", day,
          "Tháng " + month + " năm " + year + " kết thúc ngày " + format(day), null, 1.0));
    }
    m = DATE_WITHOUT_YEAR.matcher(text);
    if (m.find() && documentYear != null) {
      LocalDate day = date(number(m.group(1)), number(m.group(2)), documentYear);
      if (BEFORE_PREFIX.matcher(text.substring(0, m.start())).find()) {
        return one(phrase, beforeDate(phrase, day));
      }
      return one(phrase, dated(phrase, "EXACT_DATE", day, "Hạn là ngày " + format(day), null, 1.0));
    }
    if (m.find(0)) {
      throw new Refusal("Thiếu năm: ngày \"" + m.group() + "\" cần ghi rõ năm (ví dụ \"30/12/2021\").");
    }
    m = RELATIVE.matcher(text);
    if (m.find()) {
      throw new Refusal("Thời hạn \"" + m.group() + "\" tính từ một mốc không được ghi trong cụm từ;"
          + " cần ngày cụ thể.");
    }
    m = YEAR_SPAN.matcher(text);
    if (m.find()) {
      int year = Math.max(number(m.group(1)), number(m.group(2)));
      LocalDate day = LocalDate.of(year, 12, 31);
      return one(phrase, dated(phrase, "YEAR_SPAN", day, "Các năm " + m.group(1) + " và " + m.group(2)
          + ": nếu coi là thời hạn thì ngày cuối là cuối năm sau, " + format(day), null, 0.6));
    }
    m = BEFORE_YEAR.matcher(text);
    if (m.find()) {
      int year = number(m.group(1));
      LocalDate day = LocalDate.of(year - 1, 12, 31);
      return one(phrase, dated(phrase, "BEFORE_YEAR", day,
          "\"Trước năm " + year + "\": ngày cuối là ngày cuối năm " + (year - 1) + ", " + format(day),
          null, 0.9));
    }
    m = YEAR.matcher(text);
    if (m.find()) {
      int year = number(m.group(1));
      LocalDate day = LocalDate.of(year, 12, 31);
      return one(phrase, dated(phrase, "YEAR", day, "Mục tiêu, nhiệm vụ của năm " + year
          + ": nếu coi là thời hạn thì ngày cuối là " + format(day), null, 0.7));
    }
    return Optional.empty();
  }

  private Optional<DeadlineReading> readUndated(String phrase, String text) {
    if (PERIODIC.matcher(text).find()) {
      return one(phrase, new Deadline(phrase, DeadlineKind.ONGOING, null, null, "PERIODIC",
          "Nhiệm vụ định kỳ (" + phrase.trim() + "), không có hạn cuối; theo dõi theo từng kỳ, không tự đặt hạn",
          null, false, 0.9));
    }
    if (ONGOING.matcher(text).find()) {
      return one(phrase, new Deadline(phrase, DeadlineKind.ONGOING, null, null, "ONGOING",
          "Nhiệm vụ thường xuyên, không có thời hạn cụ thể; theo dõi riêng, không tính quá hạn",
          null, false, 0.9));
    }
    if (URGENT.matcher(text).find()) {
      return one(phrase, new Deadline(phrase, DeadlineKind.URGENT, null, null, "URGENT",
          "Yêu cầu thực hiện khẩn trương nhưng không ghi ngày; đánh dấu khẩn, không tự đặt hạn",
          null, false, 0.9));
    }
    return Optional.empty();
  }

  private Deadline beforeDate(String phrase, LocalDate named) {
    BeforeDateReading reading = settings.beforeDateReading();
    if (reading == BeforeDateReading.STRICT) {
      LocalDate day = named.minusDays(1);
      return dated(phrase, "BEFORE_DATE", day, "\"Trước " + format(named)
          + "\" theo cách hiểu chặt: ngày cuối là ngày liền trước, " + format(day), reading, 0.9);
    }
    return dated(phrase, "BEFORE_DATE", named, "\"Trước " + format(named)
        + "\" theo cách hiểu thông thường: ngày cuối là chính ngày " + format(named), reading, 0.9);
  }

  private DeadlineReading reports(String phrase, String text, boolean six, boolean annual) {
    Matcher m = ANY_YEAR.matcher(text);
    if (!m.find()) {
      throw new Refusal("Thiếu năm: báo cáo định kỳ cần ghi rõ năm (ví dụ \"báo cáo 6 tháng,"
          + " 01 năm … trong năm 2022\").");
    }
    int year = number(m.group(1));
    List<Deadline> deadlines = new ArrayList<>();
    if (six) {
      LocalDate day = LocalDate.of(year, 6, 30);
      deadlines.add(dated(phrase, "REPORT_6_MONTHS", day, "Báo cáo sơ kết 6 tháng năm " + year
          + ": kỳ báo cáo kết thúc ngày " + format(day), null, 0.8));
    }
    if (annual) {
      LocalDate day = LocalDate.of(year, 12, 31);
      deadlines.add(dated(phrase, "REPORT_ANNUAL", day, "Báo cáo tổng kết năm " + year
          + ": kỳ báo cáo kết thúc ngày " + format(day), null, 0.8));
    }
    return DeadlineReading.of(phrase, deadlines);
  }

  /** A dated deadline, rolled to the next working day when the setting asks for it. */
  private Deadline dated(String phrase, String rule, LocalDate lastDay, String reason,
      BeforeDateReading reading, double confidence) {
    if (settings.rollToWorkingDay() && !calendar.isWorkingDay(lastDay)) {
      LocalDate rolled = calendar.nextWorkingDayOnOrAfter(lastDay);
      String explanation = reason + "; ngày " + format(lastDay) + " không phải ngày làm việc nên hạn"
          + " chuyển sang hết 24:00 ngày làm việc tiếp theo " + format(rolled) + " (BLDS 2015, Điều 148)";
      return new Deadline(phrase, DeadlineKind.DATED, rolled, schedule.endOfDay(rolled), rule,
          explanation, reading, true, confidence);
    }
    return new Deadline(phrase, DeadlineKind.DATED, lastDay, schedule.endOfDay(lastDay), rule,
        reason + CIVIL_CODE_END, reading, false, confidence);
  }

  private static Optional<DeadlineReading> one(String phrase, Deadline deadline) {
    return Optional.of(DeadlineReading.of(phrase, List.of(deadline)));
  }

  private static LocalDate date(int day, int month, int year) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new Refusal("Ngày " + day + "/" + month + "/" + year + " không tồn tại.");
    }
  }

  private static int quarter(String token) {
    int quarter = switch (token) {
      case "i", "1" -> 1;
      case "ii", "2" -> 2;
      case "iii", "3" -> 3;
      case "iv", "4" -> 4;
      default -> 0;
    };
    if (quarter == 0) {
      throw new Refusal("Quý " + token.toUpperCase(Locale.ROOT)
          + " không tồn tại: một năm chỉ có quý I đến quý IV.");
    }
    return quarter;
  }

  private static int month(String token) {
    int month = number(token);
    if (month < 1 || month > 12) {
      throw new Refusal("Tháng " + month + " không tồn tại: một năm chỉ có tháng 1 đến tháng 12.");
    }
    return month;
  }

  private static int year(String token, String what, Integer documentYear) {
    if (token == null && documentYear != null) {
      return documentYear;
    }
    if (token == null) {
      throw new Refusal("Thiếu năm: " + what + " cần ghi rõ năm bằng bốn chữ số (ví dụ \"năm 2022\").");
    }
    return number(token);
  }

  private static int number(String digits) {
    return Integer.parseInt(digits);
  }

  private static String format(LocalDate day) {
    return DAY.format(day);
  }

  /** A phrase that names something impossible or incomplete; carries the Vietnamese reason. */
  private static final class Refusal extends RuntimeException {
    Refusal(String reason) {
      super(reason, null, false, false);
    }
  }
}
