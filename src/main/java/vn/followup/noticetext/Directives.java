package vn.followup.noticetext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.followup.noticetext.AgencyNames.Name;
import vn.followup.organisation.Folding;

/**
 * Whom a sentence of a direction document directs: "Giao X …", "Yêu cầu X …", "Đề nghị X …",
 * "Thủ tướng Chính phủ giao X …", or a body as the subject of its verb ("Bộ Xây dựng soạn thảo …");
 * not narration ("… đã …", "… ghi nhận …") nor a closing formula ("… thông báo để … biết, thực
 * hiện./."). Also where a directive paragraph is cut because a sentence directs another body.
 */
final class Directives {

  /** "giao", "yêu cầu", "đề nghị" directing a body, at a sentence's start, after a comma or after who directs. */
  private static final Pattern DIRECTIVE_VERB = Pattern.compile("(?<![\\p{L}])(?:giao|yeu cau|de nghi)\\s+(?!cua\\b)");
  /** What a subject does when the sentence tells, not directs. */
  private static final Pattern NARRATION = Pattern.compile("^\\s*(?:da|dang|duoc|la|xin|thong bao|ghi nhan|danh gia"
      + "|bieu duong|co y kien|ket luan|nhan duoc|cho biet|to chuc cuoc hop|chu tri cuoc hop|bao cao ket qua|tham du)\\b");
  private static final Pattern CLOSING = Pattern.compile(
      "\\bthong bao (?:de|va de nghi|cho)\\b|\\bbiet,? (?:va )?(?:nghiem tuc )?(?:trien khai )?thuc hien\\b"
          + "|^(?:can cu|tren day)\\b|\\bnghiem tuc (?:trien khai\\s+)?thuc hien\\s*[./]*$");

  private final AgencyNames names;

  Directives(AgencyNames names) {
    this.names = names;
  }

  /** Whether a paragraph directs a body: "Giao X …", "Yêu cầu X …", "X khẩn trương …", "Thủ tướng giao X …". */
  boolean directs(Piece paragraph) {
    String folded = Folding.fold(paragraph.text);
    if (folded.trim().endsWith(":") || closing(paragraph)) {
      return false;
    }
    return directed(paragraph).isPresent();
  }

  /** The bodies a sentence directs: the object of "giao", "yêu cầu", "đề nghị" in its first sentence, or its subject. */
  Optional<List<Name>> directed(Piece paragraph) {
    String text = paragraph.text;
    String folded = Folding.fold(text);
    List<Name> subject = names.listAt(text, 0);
    if (!subject.isEmpty()) {
      int end = subject.get(subject.size() - 1).end();
      String rest = folded.substring(end).replaceFirst("^\\s*,", "");
      if (!rest.isBlank() && Character.isLetter(rest.trim().charAt(0)) && !NARRATION.matcher(rest).find()) {
        return Optional.of(subject);
      }
    }
    int sentenceEnd = firstSentenceEnd(folded);
    Matcher verb = DIRECTIVE_VERB.matcher(folded);
    verb.region(0, sentenceEnd);
    while (verb.find()) {
      String before = folded.substring(0, verb.start()).trim();
      if (!before.isEmpty() && !before.endsWith(",") && !before.endsWith(";") && !authority(text, before.length())) {
        continue;
      }
      List<Name> listed = names.listAt(text, verb.end());
      if (!listed.isEmpty()) {
        return Optional.of(listed);
      }
    }
    return Optional.empty();
  }

  /** Who directs, printed before the verb: "Thủ tướng Chính phủ", "Phó Thủ tướng … Vương Đình Huệ", "Chủ tịch UBND tỉnh". */
  private static boolean authority(String text, int end) {
    String before = Folding.fold(text.substring(0, end));
    int clause = Math.max(before.lastIndexOf(','), before.lastIndexOf('.')) + 1;
    String who = before.substring(clause).trim();
    return who.matches("(?:(?:ve viec nay|sau khi \\S.*)\\s*,?\\s*)?(?:pho )?(?:thu tuong|chu tich|bo truong|bi thu"
        + "|ban thuong vu|thuong truc|uy ban nhan dan|ubnd|van phong)\\b.*");
  }

  private static int firstSentenceEnd(String folded) {
    Matcher end = Pattern.compile("[.](?:\\s|$)").matcher(folded);
    return end.find() ? end.start() : folded.length();
  }

  /** A directive paragraph cut where a sentence directs another body: ". Bộ Tài chính, Bộ … thống nhất …". */
  List<Piece> split(Piece paragraph) {
    List<Piece> parts = new ArrayList<>();
    String folded = Folding.fold(paragraph.text);
    Matcher boundary = Pattern.compile("(?<=[.;])\\s+(?=\\p{Lu})").matcher(paragraph.text);
    int start = 0;
    while (boundary.find()) {
      int at = boundary.end();
      boolean semicolon = folded.charAt(boundary.start() - 1) == ';';
      if (semicolon && folded.substring(Math.max(folded.lastIndexOf('.', boundary.start() - 1), start), at).contains(":")) {
        continue;
      }
      Piece before = paragraph.sub(start, boundary.start());
      if (semicolon && !hasPredicate(before)) {
        continue;
      }
      Piece rest = paragraph.sub(at, paragraph.text.length());
      if (directed(rest).isPresent() && AgencyNames.startsAt(folded, at) || startsDirective(folded, at)) {
        parts.add(paragraph.sub(start, boundary.start()).trim());
        start = at;
      }
    }
    parts.add(paragraph.sub(start, paragraph.text.length()).trim());
    return parts;
  }

  /** Whether a clause says what its bodies do, not only who they are ("Giao các sở, ngành tỉnh" has no verb yet). */
  private boolean hasPredicate(Piece clause) {
    List<Name> named = directed(clause).orElse(List.of());
    if (named.isEmpty()) {
      return true;
    }
    return !clause.text.substring(named.get(named.size() - 1).end()).replaceAll("[\\s,;.:]", "").isEmpty();
  }

  private boolean startsDirective(String folded, int at) {
    Matcher verb = Pattern.compile("^(?:giao|yeu cau|de nghi)\\s+").matcher(folded.substring(at));
    return verb.find() && AgencyNames.startsAt(folded, at + verb.end());
  }

  /** A closing formula: "… thông báo để … biết, thực hiện./.", "Căn cứ …, yêu cầu … triển khai thực hiện./.". */
  static boolean closing(Piece paragraph) {
    return paragraph.text.length() < 300 && CLOSING.matcher(Folding.fold(paragraph.text).trim()).find();
  }
}
