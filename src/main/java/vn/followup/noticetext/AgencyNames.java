package vn.followup.noticetext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.followup.organisation.AgencyMentions;
import vn.followup.organisation.AgencyMentions.Mention;
import vn.followup.organisation.Folding;

/**
 * Reads agency names as a document writes them, whether or not the registry knows them: a name
 * starts with the word for a kind of body ("Bộ", "Sở", "Ủy ban nhân dân", "UBND", "Văn phòng",
 * "Ban", "Công an", "Tổng Thanh tra", "Chủ tịch", "Công ty", "các sở, ngành", "các cơ quan, đơn
 * vị"…) and runs until the verb of the sentence ("chủ trì", "phối hợp", "khẩn trương",
 * "nghiên cứu"…), a punctuation mark, or "và" before a verb. A list ("A, B và C", "A; B; C") gives
 * each name; a factored head ("các Bộ: Tài chính, Kế hoạch và Đầu tư") is written out ("Bộ Tài
 * chính", "Bộ Kế hoạch và Đầu tư"). A name maps to a registry agency only when the registry knows
 * the whole name: "Bộ Tài nguyên và Môi trường" is not the city's "Phòng TN&amp;MT", nor "Công an
 * tỉnh" the city police.
 */
final class AgencyNames {

  /** Words that open the name of a body (folded, longest first where one opens another). */
  private static final String HEAD = "(?:uy ban nhan dan|uy ban mat tran to quoc|uy ban|ubnd|hoi dong nhan dan|hdnd"
      + "|ban thuong vu|ban chap hanh|ban quan ly|ban chi huy|ban qlda|ban|bo chi huy|bo|so|van phong|cong an|tong thanh tra"
      + "|thanh tra|chu tich|pho chu tich|giam doc|thu truong|tong cuc|cuc|chi cuc|tap doan|tong cong ty|cong ty"
      + "|trung tam|phong|ngan hang|kho bac|dang uy|dang bo|tinh uy|thanh uy|huyen uy|thuong truc|mat tran"
      + "|vien|benh vien|hoi|doan|lien doan|chi bo|cap uy|to chuc dang|chu dau tu|nha dau tu"
      + "|co quan|don vi|dia phuong|nganh|tong thu ky|thu tuong|bo truong)";
  /** A plural opening: "các sở, ngành", "các cơ quan, đơn vị", "các chi bộ". */
  private static final Pattern START = Pattern.compile("(?:cac\\s+)?" + HEAD + "(?![\\p{L}])");
  /** A collective word that continues a plural name after a comma: "các sở, ban, ngành", "các xã, phường". */
  private static final Set<String> COLLECTIVE = Set.of("ban", "nganh", "don vi", "dia phuong", "phuong", "xa",
      "thi tran", "thanh pho", "huyen", "thi xa", "quan", "co quan", "dang bo co so", "dang bo", "to chuc",
      "doanh nghiep", "hoi", "doan the", "ban nganh", "tinh");
  private static final Pattern COLLECTIVE_NEXT = Pattern.compile(
      "^,\\s*(ban nganh|ban|nganh|don vi|dia phuong|phuong|xa|thi tran|thanh pho|huyen|thi xa|quan|co quan"
          + "|dang bo co so|dang bo|to chuc|doanh nghiep|doan the|tinh)(?![\\p{L}])");
  /** Words that end a name: the sentence's verb or a function word. */
  private static final Pattern STOP = Pattern.compile("^(?:chu tri|phoi hop|thuc hien|nghien cuu|to chuc(?! dang)"
      + "|xay dung|khan truong|chi dao|lanh dao|xuc tien|thu hut|bao cao|tham muu|ra soat|kiem tra|huong dan|day nhanh|bo tri|xem xet|soan ?thao"
      + "|lam viec|can cu|hoan thien|hoan thanh|thong nhat|co |theo doi|tap trung|tiep tuc|de xuat|trao doi|gui |lap "
      + "|khao sat|chu dong|trien khai|de |dau tu|voi|tai|ve |cung|dong thoi|nghiem tuc|quan triet"
      + "|tiep thu|giai quyet|xu ly|cap nhat|danh gia|quan ly|phan cong|giao|yeu cau|de nghi|sao gui|ket luan|thong bao"
      + "|da |dang |duoc |se |can |phai |la |cho |nam |ngay |truoc|trong |theo |den |tang cuong|phat huy"
      + "|uu tien|moi |dam bao|bao dam|phu trach|thanh lap|tong hop|chuan bi|ban hanh|trinh|dieu chinh|sua doi"
      + "|bo sung|cung cap|van dong|tuyen truyen|pho bien|tiep nhan|giam sat|don doc|cong bo|cong khai|thanh tra(?= [\\p{Ll}]))");
  /** A function word that ends a name even right after its opening word: "các chủ đầu tư để …". */
  private static final Pattern FUNCTION_WORD = Pattern.compile("^(?:để|với|tại|cho|theo|đến|trong)(?![\\p{L}])");
  /** Where a heading names its addressee alone ("1. Sở Công Thương"), the whole heading is the name. */
  private static final int MAX_WORDS = 14;

  /** A name as written, where it stands in the text it was read from. */
  record Name(String written, int start, int end) {
  }

  private final AgencyMentions mentions;

  AgencyNames(AgencyMentions mentions) {
    this.mentions = mentions;
  }

  /** Whether an agency name starts at this offset of the folded text. */
  static boolean startsAt(String folded, int at) {
    Matcher start = START.matcher(folded);
    return start.region(at, folded.length()).lookingAt();
  }

  /**
   * The names listed from an offset ("Bộ Tài chính, Bộ Công Thương và Tập đoàn Dầu khí Việt Nam
   * kiểm tra…"), up to the verb; empty when no name starts there.
   */
  List<Name> listAt(String text, int at) {
    String folded = Folding.fold(text);
    List<Name> names = new ArrayList<>();
    int position = skipSpaces(folded, at);
    while (position < folded.length()) {
      int from = position;
      Optional<List<Name>> next = factored(text, folded, from).or(() -> one(text, folded, from).map(List::of));
      if (next.isEmpty()) {
        break;
      }
      names.addAll(next.get());
      int end = next.get().get(next.get().size() - 1).end();
      Matcher separator = Pattern.compile("^\\s*(?:,|;|,?\\s*va(?![\\p{L}]))\\s*").matcher(folded.substring(end));
      if (!separator.find() || !startsAt(folded, end + separator.end())) {
        break;
      }
      position = end + separator.end();
    }
    return names;
  }

  /** The whole of a short heading as one name ("Ủy ban nhân dân các xã, phường có cụm công nghiệp"). */
  static Optional<Name> heading(String text) {
    String trimmed = text.replaceAll("[\\s:.;,]+$", "");
    String folded = Folding.fold(trimmed);
    if (!startsAt(folded, 0) || trimmed.split("\\s+").length > MAX_WORDS) {
      return Optional.empty();
    }
    return Optional.of(new Name(trimmed, 0, trimmed.length()));
  }

  /** A registry agency whose whole name is this one, if any. */
  Optional<String> registryId(String written) {
    List<Mention> found = mentions.find(written);
    if (found.size() != 1) {
      return Optional.empty();
    }
    Mention mention = found.get(0);
    String before = Folding.fold(written.substring(0, mention.start())).trim();
    String after = Folding.fold(written.substring(mention.end())).trim();
    return before.isEmpty() && after.isEmpty() ? Optional.of(mention.agency().id()) : Optional.empty();
  }

  /** "các Bộ: Tài chính, Kế hoạch và Đầu tư" or "các Bộ Tài nguyên và Môi trường, Tư pháp": one name per department. */
  private static Optional<List<Name>> factored(String text, String folded, int at) {
    Matcher foldedHead = Pattern.compile("^cac\\s+(bo|so|ban)\\s*:?\\s*").matcher(folded.substring(at));
    if (!foldedHead.find() || at + foldedHead.end() >= text.length()
        || !Character.isUpperCase(text.codePointAt(at + foldedHead.end()))) {
      return Optional.empty();
    }
    String word = text.substring(at + foldedHead.start(1), at + foldedHead.end(1));
    String capital = Character.toUpperCase(word.charAt(0)) + word.substring(1);
    List<Name> names = new ArrayList<>();
    int position = at + foldedHead.end();
    while (position < text.length() && Character.isUpperCase(text.codePointAt(position))) {
      int end = nameEnd(text, folded, position, true, position);
      if (end <= position) {
        break;
      }
      names.add(new Name(capital + " " + text.substring(position, end).trim(), position, end));
      Matcher comma = Pattern.compile("^\\s*,\\s*").matcher(text.substring(end));
      if (!comma.find()) {
        break;
      }
      position = end + comma.end();
    }
    return names.size() < 2 && !folded.startsWith(":", at + foldedHead.end() - 1) && names.size() < 2
        ? Optional.empty() : Optional.of(names);
  }

  private static Optional<Name> one(String text, String folded, int at) {
    Matcher start = START.matcher(folded);
    if (!start.region(at, folded.length()).lookingAt()) {
      return Optional.empty();
    }
    int end = nameEnd(text, folded, start.end(), false, at);
    String written = text.substring(at, end).trim();
    return written.isEmpty() ? Optional.empty() : Optional.of(new Name(written, at, at + written.length()));
  }

  /** Where a name that has reached {@code from} ends: at a verb, a punctuation mark, or "và" before one. */
  private static int nameEnd(String text, String folded, int from, boolean departmentOnly, int nameStart) {
    int position = from;
    int words = 0;
    int end = from;
    while (position < folded.length() && words < MAX_WORDS) {
      int next = skipSpaces(folded, position);
      if (next >= folded.length()) {
        break;
      }
      char c = folded.charAt(next);
      if (c == ',') {
        Matcher collective = COLLECTIVE_NEXT.matcher(folded.substring(next));
        if (!departmentOnly && collective.find() && folded.substring(nameStart, next).matches("(?s).*\\bcac\\b.*")) {
          position = next + collective.end();
          end = position;
          words++;
          continue;
        }
        if (!departmentOnly && innerComma(text, folded, next, nameStart)) {
          position = next + 1;
          continue;
        }
        break;
      }
      if (!Character.isLetterOrDigit(c) && c != '&' && c != '-' && c != '(' && c != ')') {
        break;
      }
      String rest = folded.substring(next);
      boolean capital = Character.isUpperCase(text.codePointAt(next));
      if (!capital && FUNCTION_WORD.matcher(text.substring(next)).lookingAt()) {
        break;
      }
      if (words > 0 && !capital && STOP.matcher(rest).lookingAt() && !compound(folded, next) && !homograph(text, folded, next)) {
        break;
      }
      if (words > 0 && rest.startsWith("va ")) {
        int after = skipSpaces(folded, next + 2);
        if (after >= folded.length() || !Character.isUpperCase(text.codePointAt(after)) || startsAt(folded, after)) {
          break;
        }
      }
      int wordEnd = next;
      while (wordEnd < folded.length() && !Character.isWhitespace(folded.charAt(wordEnd)) && ",;:.".indexOf(folded.charAt(wordEnd)) < 0) {
        wordEnd++;
      }
      if (c == '(') {
        break;
      }
      position = wordEnd;
      end = wordEnd;
      words++;
    }
    return end;
  }

  /**
   * A comma inside one name: "Trung tâm Văn hóa, Thông tin và Thể thao huyện", where the words after
   * it are capitalised, open no body of their own and run to a "và" before the name's end.
   */
  private static boolean innerComma(String text, String folded, int comma, int nameStart) {
    int after = skipSpaces(folded, comma + 1);
    if (after >= folded.length() || !Character.isUpperCase(text.codePointAt(after)) || startsAt(folded, after)
        || folded.substring(nameStart, comma).matches("(?s).*\\bcac\\b.*")) {
      return false;
    }
    Matcher tail = Pattern.compile("^\\p{Lu}\\p{L}*(?:\\s+\\p{L}+){0,3}\\s+và\\s+\\p{Lu}").matcher(text.substring(after));
    return tail.find();
  }

  /** A verb that is part of a name: "đầu tư xây dựng", "Ban xây dựng đảng". */
  private static boolean compound(String folded, int at) {
    String before = folded.substring(0, at).trim();
    return folded.startsWith("xay dung", at) && (before.endsWith("dau tu") || before.endsWith("ban"))
        || folded.startsWith("dau tu", at) && before.endsWith("du an")
        || folded.startsWith("trinh", at) && before.endsWith("cong");
  }

  /** A word that folds like a verb but is not one: "đảng" (not "đang"), "giao thông", "Tuyên giáo" (not "giao"), "vận tải", "cơ quan" (not "có"). */
  private static boolean homograph(String text, String folded, int at) {
    return folded.startsWith("dang ", at) && !text.startsWith("đang", at)
        || folded.startsWith("giao thong", at) || folded.startsWith("giao", at) && !text.startsWith("giao", at) || folded.startsWith("tai", at) && text.startsWith("tải", at)
        || folded.startsWith("co ", at) && !text.startsWith("có", at);
  }

  private static int skipSpaces(String folded, int at) {
    int position = at;
    while (position < folded.length() && Character.isWhitespace(folded.charAt(position))) {
      position++;
    }
    return position;
  }
}
