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
import java.util.function.BiFunction;
import java.util.function.Function;
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
 * <p>The forms are two ordered tables: the dated rules (pattern, rule code, confidence, how the
 * last day follows from the match and why), then the undated words; the first rule found wins.
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

  /**
   * The dated phrase forms, most specific first: the first rule whose pattern is found in the
   * phrase and which yields something decides. A rule may refuse the phrase instead (a named day
   * that does not exist, a missing year, a start that is not named).
   */
  private static final List<Rule> DATED = List.of(
      namedDay(FULL_DATE, match -> match.numeric()
          ? date(match.number(1), match.number(2), match.number(3))
          : date(match.number(4), match.number(5), match.number(6))),
      new Rule(REPORT_WORD, DeadlineReader::reports),
      period("FIRST_HALF", FIRST_HALF, 1.0,
          match -> LocalDate.of(match.year(1, "\"6 tháng đầu năm\""), 6, 30),
          (match, day) -> "6 tháng đầu năm " + day.getYear() + " kết thúc ngày " + format(day)),
      period("MID_YEAR", MID_YEAR, 1.0,
          match -> LocalDate.of(match.year(1, "\"giữa năm\""), 6, 30),
          (match, day) -> "Giữa năm là ngày 30/06 (BLDS 2015, Điều 146): ngày " + format(day)),
      period("YEAR_END", YEAR_END, 1.0,
          match -> LocalDate.of(match.year(1, "\"cuối năm\""), 12, 31),
          (match, day) -> "Cuối năm là ngày 31/12 (BLDS 2015, Điều 146): ngày " + format(day)),
      period("MID_MONTH", MID_MONTH, 1.0,
          match -> {
            int month = month(match.group(1));
            return LocalDate.of(match.year(2, "\"giữa tháng " + month + "\""), month, 15);
          },
          (match, day) -> "Giữa tháng là ngày 15 (BLDS 2015, Điều 146): ngày " + format(day)),
      refusal(VAGUE_PART, match -> "Mốc \"đầu …\" hoặc \"giữa quý\" không xác định một ngày cuối cùng;"
          + " cần ghi rõ ngày."),
      period("QUARTER_END", QUARTER, 1.0,
          match -> {
            int quarter = quarter(match.group(1));
            int year = match.year(2, "\"quý " + match.group(1).toUpperCase(Locale.ROOT) + "\"");
            return YearMonth.of(year, quarter * 3).atEndOfMonth();
          },
          (match, day) -> "Quý " + ROMAN[day.getMonthValue() / 3 - 1] + " năm " + day.getYear()
              + " kết thúc ngày " + format(day)),
      period("BEFORE_MONTH", BEFORE_MONTH, 0.9,
          match -> {
            int month = month(match.group(1));
            return LocalDate.of(match.year(2, "\"trước tháng " + month + "\""), month, 1).minusDays(1);
          },
          (match, day) -> "\"Trước tháng " + day.plusDays(1).getMonthValue() + " năm " + day.plusDays(1).getYear()
              + "\": ngày cuối là ngày cuối tháng " + day.getMonthValue() + " năm " + day.getYear()
              + ", " + format(day)),
      period("IN_MONTH", IN_MONTH, 1.0,
          match -> {
            int month = month(match.group(1));
            return YearMonth.of(match.year(2, "\"tháng " + month + "\""), month).atEndOfMonth();
          },
          (match, day) -> "Tháng " + day.getMonthValue() + " năm " + day.getYear() + " kết thúc ngày "
              + format(day)),
      namedDay(DATE_WITHOUT_YEAR, match -> date(match.number(1), match.number(2), match.documentYear(
          "Thiếu năm: ngày \"" + match.group(0) + "\" cần ghi rõ năm (ví dụ \"30/12/2021\")."))),
      refusal(RELATIVE, match -> "Thời hạn \"" + match.group(0) + "\" tính từ một mốc không được ghi trong"
          + " cụm từ; cần ngày cụ thể."),
      period("YEAR_SPAN", YEAR_SPAN, 0.6,
          match -> LocalDate.of(Math.max(match.number(1), match.number(2)), 12, 31),
          (match, day) -> "Các năm " + match.group(1) + " và " + match.group(2)
              + ": nếu coi là thời hạn thì ngày cuối là cuối năm sau, " + format(day)),
      period("BEFORE_YEAR", BEFORE_YEAR, 0.9,
          match -> LocalDate.of(match.number(1) - 1, 12, 31),
          (match, day) -> "\"Trước năm " + (day.getYear() + 1) + "\": ngày cuối là ngày cuối năm "
              + day.getYear() + ", " + format(day)),
      period("YEAR", YEAR, 0.7,
          match -> LocalDate.of(match.number(1), 12, 31),
          (match, day) -> "Mục tiêu, nhiệm vụ của năm " + day.getYear()
              + ": nếu coi là thời hạn thì ngày cuối là " + format(day)));

  /** The undated forms, read only when no dated form is found: kind, rule code and explanation. */
  private static final List<Undated> UNDATED = List.of(
      new Undated(PERIODIC, DeadlineKind.ONGOING, "PERIODIC", phrase -> "Nhiệm vụ định kỳ (" + phrase.trim()
          + "), không có hạn cuối; theo dõi theo từng kỳ, không tự đặt hạn"),
      new Undated(ONGOING, DeadlineKind.ONGOING, "ONGOING", phrase ->
          "Nhiệm vụ thường xuyên, không có thời hạn cụ thể; theo dõi riêng, không tính quá hạn"),
      new Undated(URGENT, DeadlineKind.URGENT, "URGENT", phrase ->
          "Yêu cầu thực hiện khẩn trương nhưng không ghi ngày; đánh dấu khẩn, không tự đặt hạn"));

  private Optional<DeadlineReading> readDated(String phrase, String text, Integer documentYear) {
    for (Rule rule : DATED) {
      Matcher matcher = rule.pattern().matcher(text);
      if (matcher.find()) {
        List<LastDay> found = rule.yields().from(new Match(matcher, text, documentYear, settings.beforeDateReading()));
        if (!found.isEmpty()) {
          return Optional.of(DeadlineReading.of(phrase, found.stream().map(day -> dated(phrase, day)).toList()));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<DeadlineReading> readUndated(String phrase, String text) {
    return UNDATED.stream().filter(form -> form.pattern().matcher(text).find()).findFirst()
        .map(form -> DeadlineReading.of(phrase, List.of(new Deadline(phrase, form.kind(), null, null,
            form.rule(), form.explanation().apply(phrase), null, false, 0.9))));
  }

  /** A form of dated phrase: the pattern that finds it, and what its first match yields. */
  private record Rule(Pattern pattern, Yield yields) {
  }

  /** What a match yields: the last days it names, none when the match is not this form after all. */
  @FunctionalInterface
  private interface Yield {
    /** @throws Refusal when the match names an impossible or incomplete date */
    List<LastDay> from(Match match);
  }

  /** A last day read from a phrase, before any rolling to a working day. */
  private record LastDay(String rule, LocalDate day, String reason, BeforeDateReading reading, double confidence) {
  }

  /** A form without a date: its pattern, the kind it flags, its rule code and explanation. */
  private record Undated(Pattern pattern, DeadlineKind kind, String rule, Function<String, String> explanation) {
  }

  /** A calendar period whose last day the match fixes: a quarter, a month, a year, half a year. */
  private static Rule period(String code, Pattern pattern, double confidence, Function<Match, LocalDate> lastDay,
      BiFunction<Match, LocalDate, String> reason) {
    return new Rule(pattern, match -> {
      LocalDate day = lastDay.apply(match);
      return List.of(new LastDay(code, day, reason.apply(match, day), null, confidence));
    });
  }

  /** A named day: the deadline itself (EXACT_DATE), or the end of "trước …" (BEFORE_DATE). */
  private static Rule namedDay(Pattern pattern, Function<Match, LocalDate> named) {
    return new Rule(pattern, match -> {
      LocalDate day = named.apply(match);
      return List.of(match.afterBefore() ? beforeDate(day, match.beforeReading())
          : new LastDay("EXACT_DATE", day, "Hạn là ngày " + format(day), null, 1.0));
    });
  }

  /** A form that is refused whenever it is found, with the reason. */
  private static Rule refusal(Pattern pattern, Function<Match, String> reason) {
    return new Rule(pattern, match -> {
      throw new Refusal(reason.apply(match));
    });
  }

  /** The first match of a rule's pattern in the normalised phrase, with what reading it needs. */
  private record Match(Matcher matcher, String text, Integer documentYearOrNull, BeforeDateReading beforeReading) {

    String group(int group) {
      return matcher.group(group);
    }

    int number(int group) {
      return DeadlineReader.number(matcher.group(group));
    }

    /** Whether the numeric alternative of FULL_DATE matched ("30/12/2021", not "30 tháng 12 năm 2021"). */
    boolean numeric() {
      return matcher.group(1) != null;
    }

    /** The year in {@code group}, or the document's year when the phrase prints none. */
    int year(int group, String what) {
      return DeadlineReader.year(matcher.group(group), what, documentYearOrNull);
    }

    /** The document's year; refused with {@code refusal} when unknown. */
    int documentYear(String refusal) {
      if (documentYearOrNull == null) {
        throw new Refusal(refusal);
      }
      return documentYearOrNull;
    }

    /** Whether the match follows "trước" or "trước ngày". */
    boolean afterBefore() {
      return BEFORE_PREFIX.matcher(text.substring(0, matcher.start())).find();
    }
  }

  private static LastDay beforeDate(LocalDate named, BeforeDateReading reading) {
    if (reading == BeforeDateReading.STRICT) {
      LocalDate day = named.minusDays(1);
      return new LastDay("BEFORE_DATE", day, "\"Trước " + format(named)
          + "\" theo cách hiểu chặt: ngày cuối là ngày liền trước, " + format(day), reading, 0.9);
    }
    return new LastDay("BEFORE_DATE", named, "\"Trước " + format(named)
        + "\" theo cách hiểu thông thường: ngày cuối là chính ngày " + format(named), reading, 0.9);
  }

  /** "báo cáo 6 tháng, 01 năm … trong năm 2022": the end of each reporting period named. */
  private static List<LastDay> reports(Match match) {
    boolean six = SIX_MONTHS.matcher(match.text()).find();
    boolean annual = ANNUAL.matcher(match.text()).find();
    if (!six && !annual) {
      return List.of();
    }
    Matcher m = ANY_YEAR.matcher(match.text());
    if (!m.find()) {
      throw new Refusal("Thiếu năm: báo cáo định kỳ cần ghi rõ năm (ví dụ \"báo cáo 6 tháng,"
          + " 01 năm … trong năm 2022\").");
    }
    int year = number(m.group(1));
    List<LastDay> days = new ArrayList<>();
    if (six) {
      LocalDate day = LocalDate.of(year, 6, 30);
      days.add(new LastDay("REPORT_6_MONTHS", day, "Báo cáo sơ kết 6 tháng năm " + year
          + ": kỳ báo cáo kết thúc ngày " + format(day), null, 0.8));
    }
    if (annual) {
      LocalDate day = LocalDate.of(year, 12, 31);
      days.add(new LastDay("REPORT_ANNUAL", day, "Báo cáo tổng kết năm " + year
          + ": kỳ báo cáo kết thúc ngày " + format(day), null, 0.8));
    }
    return days;
  }

  private Deadline dated(String phrase, LastDay day) {
    return dated(phrase, day.rule(), day.day(), day.reason(), day.reading(), day.confidence());
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
