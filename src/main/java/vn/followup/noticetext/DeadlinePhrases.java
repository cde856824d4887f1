package vn.followup.noticetext;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.followup.deadline.DeadlineReader;
import vn.followup.deadline.DeadlineReading;
import vn.followup.organisation.Folding;

/**
 * Finds the deadline phrases inside an item's words ("phấn đấu hoàn thành dứt điểm trong quý III
 * năm 2022", "xong trước 30/12/2021", "Thường xuyên huy động...", "Khẩn trương rà soát...") and
 * keeps those the deadline reader reads; a phrase it refuses is reported, never guessed. Dates
 * that only cite something ("Chỉ thị 03-CT/TU, ngày 26/10/2020") are not deadlines: a date counts
 * only after "trước", "xong trước", "chậm nhất" or "đến hết".
 */
final class DeadlinePhrases {

  private static final String VERB = "(?:(?:hoan thanh|giai quyet|thuc hien|trien khai)(?: (?:dut diem|xong))? )?";
  private static final String DATE = "\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}|\\d{1,2} thang \\d{1,2} nam \\d{4}";
  private static final String YEAR = "(?:/\\d{4}| nam \\d{4})";
  private static final Pattern DATED = pattern(VERB + "(?:"
      + "(?:xong truoc|truoc|cham nhat(?: la)?|den het|han cuoi(?: la)?)(?: ngay)? (?:" + DATE + ")"
      + "|(?:trong|truoc|het|xong trong|xong truoc) quy (?:iv|i{1,3}|[1-4])" + YEAR
      + "|(?:trong|truoc|xong truoc) thang \\d{1,2}" + YEAR
      + "|(?:trong )?6 thang dau nam(?: \\d{4})?"
      + "|(?:truoc |den )?(?:giua|cuoi) nam \\d{4}"
      + "|(?:trong|het) nam \\d{4})(?![\\d/])");
  private static final Pattern ONGOING = pattern("(?<![\\p{L}])thuong xuyen(?![\\p{L}])");
  private static final Pattern URGENT = pattern("(?<![\\p{L}])(?:khan truong|kip thoi)(?![\\p{L}])");

  private final DeadlineReader reader;

  DeadlinePhrases(DeadlineReader reader) {
    this.reader = reader;
  }

  /** The first completion deadline of an item: a dated phrase, else "thường xuyên", else "khẩn trương". */
  Optional<String> completion(Piece text, String field, Proposal out) {
    for (Pattern pattern : new Pattern[] {DATED, ONGOING, URGENT}) {
      Optional<String> phrase = first(pattern, text, field, out);
      if (phrase.isPresent()) {
        return phrase;
      }
    }
    return Optional.empty();
  }

  /** The dated phrase of the paragraph that asks for written answers. */
  Optional<String> response(Piece text, String field, Proposal out) {
    return first(DATED, text, field, out);
  }

  private Optional<String> first(Pattern pattern, Piece text, String field, Proposal out) {
    Matcher matcher = pattern.matcher(Folding.fold(text.text));
    while (matcher.find()) {
      String phrase = asPhrase(text.text.substring(matcher.start(), matcher.end()));
      DeadlineReading reading = reader.read(phrase);
      if (reading.isRead()) {
        out.sources.add(text.span(field, matcher.start(), matcher.end()));
        return Optional.of(phrase);
      }
      out.finding(field, "Không đọc được thời hạn \"" + phrase + "\": " + reading.refusal(), text, matcher.start(),
          matcher.end());
    }
    return Optional.empty();
  }

  /** A phrase as the notice file holds it: single spaces, the first letter in lower case. */
  static String asPhrase(String words) {
    String phrase = words.trim().replaceAll("\\s+", " ");
    return phrase.isEmpty() ? phrase : phrase.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + phrase.substring(1);
  }

  private static Pattern pattern(String regex) {
    return Pattern.compile(regex.replace(" ", "\\s+"));
  }
}
