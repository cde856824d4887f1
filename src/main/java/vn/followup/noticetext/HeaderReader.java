package vn.followup.noticetext;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.followup.notice.NoticeDocument.Signer;
import vn.followup.organisation.AgencyMentions;
import vn.followup.organisation.Folding;

/**
 * Reads a notice's heading and signature: place and date ("TP. Lào Cai, ngày 25 tháng 11 năm
 * 2021"), number and symbol ("Số 125-TB/TU"), the title after "THÔNG BÁO" as the summary and its
 * issuing body, and the signer ("T/M BAN THƯỜNG VỤ / BÍ THƯ / name"). A draft's blanks are kept
 * blank and reported.
 */
final class HeaderReader {

  private static final int HEADING_PARAGRAPHS = 24;
  private static final Pattern PLACE_DATE = Pattern.compile(
      "^(.{2,60}?),\\s*ngay\\s*(\\d{1,2})?\\s*thang\\s*(\\d{1,2})?\\s*nam\\s*(\\d{4})");
  private static final Pattern NUMBER = Pattern.compile(
      "^so\\s*:?\\s*(\\d{0,6}[a-z]?)\\s*[-/]?\\s*([a-z0-9][a-z0-9/.&\\-]{1,30})(?=\\s|$)");
  private static final Pattern SUBJECT = Pattern.compile("^\\s*(?:v/v|ve viec)\\s*:?\\s*");
  private static final Pattern NATIONAL = Pattern.compile("^(?:cong hoa|dang cong san|doc lap)");
  private static final Pattern TITLE = Pattern.compile("^thong\\s+bao\\s+");
  /** The document type alone on its line; the title follows on the next line(s). */
  private static final Pattern DOCUMENT_TYPE = Pattern.compile("^\\s*thong\\s+bao\\s*$");
  /** A paragraph that opens the body, not a title's second line. */
  private static final Pattern BODY = Pattern.compile(
      "^(?:ngay\\s+\\d|can cu|kinh gui|thuc hien|sau khi|vua qua|trong\\s|\\d{1,2}[.)]\\s|[ivx]{1,4}[.)]\\s|[a-z][)]\\s|[-+•–])");
  private static final int TITLE_LENGTH = 300;
  private static final Pattern PARTNER = Pattern.compile("\\bvoi\\s+.*?\\b(?:phuong|xa|thi tran)\\s+([a-z ]{2,40})$");
  private static final Pattern ON_BEHALF = Pattern.compile("^(t/m|tm\\.?|kt\\.?|tl\\.?|tuq\\.?)\\s+(.+)$");
  private static final Pattern PERSON = Pattern.compile("^(\\p{Lu}\\p{L}*\\s+){1,5}\\p{Lu}\\p{L}*$");

  private final AgencyMentions mentions;
  private final Proposal out;
  private final Casing casing;

  HeaderReader(AgencyMentions mentions, Proposal out, Casing casing) {
    this.mentions = mentions;
    this.out = out;
    this.casing = casing;
  }

  void read(NoticeText text) {
    List<Piece> heading = text.paragraphs.subList(0, Math.min(HEADING_PARAGRAPHS, text.paragraphs.size()));
    for (int index = 0; index < heading.size(); index++) {
      Piece paragraph = heading.get(index);
      String folded = Folding.fold(paragraph.text);
      Matcher placeDate = PLACE_DATE.matcher(folded);
      Matcher number = NUMBER.matcher(folded);
      if (out.place == null && placeDate.find()) {
        placeAndDate(paragraph, placeDate);
      } else if (out.symbol == null && number.find()) {
        out.number = paragraph.text.substring(number.start(1), number.end(1));
        out.symbol = paragraph.text.substring(number.start(2), number.end(2));
        out.sources.add(paragraph.span("number", number.start(1), Math.max(number.end(1), number.start(1) + 1)));
        out.sources.add(paragraph.span("symbol", number.start(2), number.end(2)));
        if (out.number.isEmpty()) {
          out.finding("number", "Văn bản chưa có số (bản dự thảo): đăng ký như dự thảo, cấp số sau.", paragraph, 0,
              paragraph.text.length());
        }
        Matcher subject = SUBJECT.matcher(folded.substring(number.end()));
        if (out.summary == null && subject.find()) {
          subject(paragraph, number.end() + subject.end());
        }
      } else if (out.summary == null && SUBJECT.matcher(folded).find()) {
        Matcher subject = SUBJECT.matcher(folded);
        subject.find();
        subject(paragraph, subject.end());
      } else if (out.summary == null && DOCUMENT_TYPE.matcher(folded).matches() && index + 1 < heading.size()) {
        title(titleLines(text, index + 1), 0);
      } else if (out.summary == null && TITLE.matcher(folded).find()) {
        title(paragraph, TITLE.matcher(folded).results().findFirst().orElseThrow().end());
      }
    }
    if (out.issuer == null && !heading.isEmpty()) {
      issuerAsWritten(heading.get(0));
    }
    signer(text.lines);
    if (out.summary == null) {
      out.finding("summary", "Không tìm thấy tên loại \"THÔNG BÁO\" và trích yếu ở phần đầu văn bản.", null, 0, 0);
    }
  }

  private void placeAndDate(Piece paragraph, Matcher m) {
    out.place = paragraph.text.substring(m.start(1), m.end(1)).trim();
    out.sources.add(paragraph.span("place", m.start(1), m.end(1)));
    out.year = Integer.parseInt(m.group(4));
    out.month = m.group(3) == null ? null : Integer.valueOf(m.group(3));
    if (m.group(2) == null || m.group(3) == null) {
      out.finding("date", "Ngày của văn bản để trống (bản dự thảo).", paragraph, m.end(1), m.end());
      return;
    }
    try {
      out.date = LocalDate.of(out.year, out.month, Integer.parseInt(m.group(2)));
      out.sources.add(paragraph.span("date", m.end(1) + 1, m.end()));
    } catch (DateTimeException e) {
      out.finding("date", "Ngày của văn bản không có thật: " + paragraph.text.substring(m.end(1) + 1, m.end()).trim(),
          paragraph, m.end(1) + 1, m.end());
    }
  }

  /** "V/v kiểm tra phản ánh của báo chí": the subject of an official letter, its summary. */
  private void subject(Piece paragraph, int start) {
    String rest = paragraph.text.substring(start).trim();
    if (!rest.isEmpty()) {
      out.summary = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
      out.sources.add(paragraph.span("summary", start, paragraph.text.length()));
    }
  }

  /**
   * The issuing body printed at the top left ("VĂN PHÒNG CHÍNH PHỦ"), proposed as written when the
   * registry does not know it; the clerk maps it to a registry agency or adds one.
   */
  private void issuerAsWritten(Piece first) {
    String folded = Folding.fold(first.text);
    if (NATIONAL.matcher(folded).find() || PLACE_DATE.matcher(folded).find() || NUMBER.matcher(folded).find()
        || !first.text.equals(first.text.toUpperCase(java.util.Locale.ROOT))) {
      return;
    }
    String name = casing.sentence(first.text);
    out.sources.add(first.span("issuer"));
    out.finding("issuer", "Cơ quan ban hành \"" + name + "\" không có trong danh mục cơ quan: hãy chọn cơ quan tương ứng "
        + "trong danh mục hoặc bổ sung danh mục trước khi đăng ký.", first, 0, first.text.length());
  }

  /**
   * The title after a document type set alone on its line: the next paragraph and those following it
   * without a blank line between, up to the first that opens the body ("Ngày 10/5/2023, …", "Căn cứ …",
   * "1. …") or a title that already ends a sentence.
   */
  private static Piece titleLines(NoticeText text, int first) {
    Piece title = text.paragraphs.get(first);
    for (int i = first + 1; i < text.paragraphs.size(); i++) {
      Piece next = text.paragraphs.get(i);
      String between = text.received.substring(title.originOf(title.text.length() - 1) + 1, next.originOf(0));
      if (between.matches("(?s).*\\n\\s*\\n.*") || BODY.matcher(Folding.fold(next.text)).find()
          || title.text.endsWith(".") || title.text.endsWith(":") || title.text.length() + next.text.length() > TITLE_LENGTH) {
        break;
      }
      title = title.join(next);
    }
    return title;
  }

  private void title(Piece paragraph, int start) {
    String rest = paragraph.text.substring(start);
    int caps = 0;
    for (String word : rest.split(" ")) {
      if (word.isEmpty() || !word.equals(word.toUpperCase(java.util.Locale.ROOT)) || word.chars().noneMatch(Character::isLetter)) {
        break;
      }
      caps += word.length() + 1;
    }
    caps = Math.min(caps, rest.length());
    String summary = (casing.sentence(rest.substring(0, caps)) + " " + rest.substring(caps)).trim();
    out.summary = summary.isEmpty() ? null : summary;
    out.sources.add(paragraph.span("summary", start, paragraph.text.length()));
    mentions.find(paragraph.text).stream().findFirst().ifPresent(issuer -> {
      out.issuer = issuer.agency().id();
      out.sources.add(paragraph.span("issuer", issuer.start(), issuer.end()));
    });
    Matcher partner = PARTNER.matcher(Folding.fold(paragraph.text));
    if (out.number == null || out.number.isEmpty()) {
      String slug = partner.find() ? partner.group(1).trim().replaceAll("\\s+", "-") : "thong-bao";
      out.id = slug + "-" + (out.year == null ? "" : out.year + (out.month == null ? "" : String.format("-%02d", out.month)));
      out.id = out.id.replaceAll("-+$", "");
      out.finding("id", "Mã thông báo đề xuất cho bản dự thảo: " + out.id + " (có thể sửa).", null, 0, 0);
    }
  }

  /** The signature block: the last line a person's name, above it the capacity and "T/M ...". */
  private void signer(List<Piece> lines) {
    if (lines.size() < 2) {
      return;
    }
    Piece name = lines.get(lines.size() - 1);
    if (!PERSON.matcher(name.text).matches()) {
      out.finding("signer", "Không nhận ra họ tên người ký ở dòng cuối văn bản.", name, 0, name.text.length());
      return;
    }
    String position = null;
    String onBehalfOf = null;
    for (int i = lines.size() - 2; i >= Math.max(0, lines.size() - 4); i--) {
      Piece line = lines.get(i);
      Matcher behalf = ON_BEHALF.matcher(Folding.fold(line.text));
      if (behalf.matches()) {
        onBehalfOf = line.text.substring(0, behalf.end(1)) + " " + casing.sentence(line.text.substring(behalf.start(2)));
        out.sources.add(line.span("signer.onBehalfOf"));
        break;
      }
      if (position == null && line.text.equals(line.text.toUpperCase(java.util.Locale.ROOT))) {
        position = casing.sentence(line.text);
        out.sources.add(line.span("signer.position"));
      }
    }
    out.sources.add(name.span("signer.name"));
    out.signer = new Signer(name.text, position, onBehalfOf);
  }
}
