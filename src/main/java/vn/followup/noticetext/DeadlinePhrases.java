package vn.followup.noticetext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.followup.deadline.Deadline;
import vn.followup.deadline.DeadlineKind;
import vn.followup.deadline.DeadlineReader;
import vn.followup.deadline.DeadlineReading;
import vn.followup.organisation.Folding;

/**
 * Finds the deadline phrases inside an item's words, in every spelling real documents use: a day
 * ("xong trước 30/12/2021", "hoàn thành trước ngày 31/12/2026", "chậm nhất ngày 15 tháng 7 năm
 * 2024", "trước 30/6" in the document's year), a month ("trong tháng 5 năm 2011", "cuối tháng 6",
 * "trước tháng 9 năm 2022"), a quarter ("trong quý II/2024", "trong quý III năm 2022"), a year
 * after a verb of completion ("hoàn thành trong năm 2023"), plan years ("trong kế hoạch các năm
 * 2009 và 2010"), and the undated kinds: periodic ("định kỳ hằng quý"), ongoing ("thường xuyên"),
 * urgent ("khẩn trương", "kịp thời"). It keeps those the deadline reader reads; a phrase it refuses
 * is reported, never guessed. Dates that only cite something ("Nghị quyết số 34-NQ/TU ngày
 * 27/12/2025", "Chỉ thị 03-CT/TU, ngày 26/10/2020") are not deadlines: a day counts only after
 * "trước", "xong trước", "chậm nhất", "đến hết" or "hạn cuối"; a plan period ("giai đoạn 2026 -
 * 2030", "ngân sách hằng năm") is never one.
 */
final class DeadlinePhrases {

  private static final String VERB = "(?:(?:hoan thanh|giai quyet|thuc hien|trien khai|bao cao)(?: (?:dut diem|xong))? )?";
  private static final String DATE = "\\d{1,2} ?[/.-] ?\\d{1,2} ?[/.-] ?\\d{4}|\\d{1,2} thang \\d{1,2},? nam ?\\d{4}"
      + "|\\d{1,2}/\\d{1,2}(?!\\d|[/.-]\\d)";
  private static final String YEAR = "(?:/\\d{4}|,? nam ?\\d{4})";
  private static final Pattern DATED = pattern(VERB + "(?:"
      + "(?:xong truoc|truoc|cham nhat(?: la)?(?: vao)?|den het|han cuoi(?: la)?)(?: ngay)? (?:" + DATE + ")"
      + "|(?:trong|truoc|het|xong trong|xong truoc|den het) quy (?:iv|i{1,3}|[1-4])" + YEAR + "?(?![\\p{L}\\d])"
      + "|(?:trong|truoc|xong truoc|den het|cuoi|het) thang \\d{1,2}" + YEAR + "?"
      + "|(?:trong )?6 thang dau nam(?: \\d{4})?"
      + "|(?:truoc |den )?(?:giua|cuoi) nam \\d{4}"
      + "|trong ke hoach (?:cac )?nam \\d{4}(?: (?:va|den|-) (?:nam )?\\d{4})?"
      + "|(?:hoan thanh|hoan tat|xong)(?: dut diem)? (?:trong|den het|het|truoc) nam \\d{4})"
      + "(?![\\d/])");
  private static final Pattern PERIODIC = pattern(
      "(?<![\\p{L}])dinh ky(?: (?:hang|moi) (?:tuan|thang|quy|nam|\\d{1,2} thang)| \\d{1,2} thang(?: \\d{1,2} lan)?)?(?![\\p{L}])");
  private static final Pattern ONGOING = pattern("(?<![\\p{L}])thuong xuyen(?![\\p{L}])");
  private static final Pattern URGENT = pattern("(?<![\\p{L}])(?:khan truong|kip thoi)(?![\\p{L}])");

  /** A deadline phrase found in an item, where it stands and how the deadline reader read it. */
  record Found(String phrase, int start, int end, Deadline deadline) {

    boolean dated() {
      return deadline.kind() == DeadlineKind.DATED;
    }
  }

  private final DeadlineReader reader;

  DeadlinePhrases(DeadlineReader reader) {
    this.reader = reader;
  }

  /**
   * Every deadline phrase of an item, in the order of the text, dated ones first where two
   * overlap; each refused phrase is reported under the field.
   */
  List<Found> all(Piece text, Integer year, String field, Proposal out) {
    List<Found> found = new ArrayList<>();
    String folded = Folding.fold(text.text);
    for (Pattern pattern : new Pattern[] {DATED, PERIODIC, ONGOING, URGENT}) {
      Matcher matcher = pattern.matcher(folded);
      while (matcher.find()) {
        int start = matcher.start();
        int end = matcher.end();
        if (found.stream().anyMatch(f -> f.start() < end && start < f.end())) {
          continue;
        }
        String phrase = asPhrase(text.text.substring(start, end));
        DeadlineReading reading = reader.read(phrase, year);
        if (reading.isRead()) {
          found.add(new Found(phrase, start, end, reading.deadlines().get(0)));
        } else {
          out.finding(field, "Không đọc được thời hạn \"" + phrase + "\": " + reading.refusal(), text, start, end);
        }
      }
    }
    found.sort(java.util.Comparator.comparingInt(Found::start));
    return found;
  }

  /** The completion deadline among those found: the first dated one, else a standing duty, else "khẩn trương". */
  static Optional<Found> completion(List<Found> found) {
    return found.stream().filter(Found::dated).findFirst()
        .or(() -> found.stream().filter(f -> f.deadline().kind() == DeadlineKind.ONGOING).findFirst())
        .or(() -> found.stream().findFirst());
  }

  /** The dated phrase of the paragraph that asks for written answers. */
  Optional<String> response(Piece text, Integer year, String field, Proposal out) {
    List<Found> found = all(text, year, field, out);
    Optional<Found> dated = found.stream().filter(Found::dated).findFirst();
    dated.ifPresent(f -> out.sources.add(text.span(field, f.start(), f.end())));
    return dated.map(Found::phrase);
  }

  /** A phrase as the notice file holds it: single spaces, the first letter in lower case. */
  static String asPhrase(String words) {
    String phrase = words.trim().replaceAll("\\s+", " ");
    return phrase.isEmpty() ? phrase : phrase.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + phrase.substring(1);
  }

  private static Pattern pattern(String regex) {
    return Pattern.compile(regex.replace(" ?", "\u0000").replace(" ", "\\s+").replace("\u0000", "\\s*"));
  }
}
