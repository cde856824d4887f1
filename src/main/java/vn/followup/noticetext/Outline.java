package vn.followup.noticetext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.followup.noticetext.AgencyNames.Name;
import vn.followup.organisation.Folding;

/**
 * The shape of a direction document: its numbered paragraphs as a tree ("1.", "1.7.", "1.7.1.",
 * numbers restarting under Roman sections), the bullets and paragraphs under a numbered paragraph
 * that introduces them, the paragraphs after the items (closing, response, reports), and the
 * paragraphs of a document without numbers; then the candidate items it holds, each with the
 * headings it sits under.
 */
final class Outline {

  private static final Pattern NUMBERED = Pattern.compile(
      "^(\\d{1,2}(?:\\.\\d{1,2}){1,4})\\.?\\s+|^(\\d{1,2})[.)]\\s+");
  private static final Pattern BULLET = Pattern.compile("^(?:([a-zđ])\\)|[-+•–])\\s*");
  private static final Pattern SECTION = Pattern.compile("^[ivx]{1,4}\\s*[-.)]\\s");
  private static final Pattern ASSESSMENT = Pattern.compile(
      "\\b(?:danh gia|ket qua|tinh hinh|han che|ton tai|nguyen nhan|uu diem|khuyet diem)\\b");
  private static final Pattern DEADLINE_WORDS = Pattern.compile("\\b(?:truoc ngay|hoan thanh|trong thang|trong quy)\\b");
  private static final int TITLE_HEADING = 120;
  /** A body's name followed by the end of a line or a mark: an addressee, not a subject. */
  private static final int LONG_DIRECTIVE = 150;

  /** A numbered paragraph: its number (with its section's), its text after the number. */
  record Entry(String number, Piece text, String folded) {
  }

  /** A paragraph under a numbered heading or in a document without numbers. */
  record Child(String parent, Piece text, boolean bullet, boolean topic) {
  }

  /** One item about to be proposed: its number, words, label as printed and the heading it sits under. */
  record Candidate(String number, String label, Piece text, List<Entry> headings, List<Name> headingLeads,
      boolean decimal) {
  }

  /** The numbered paragraphs by number, in document order. */
  final Map<String, Entry> entries = new LinkedHashMap<>();
  /** The paragraphs after the items (closing, response asked, reports). */
  final List<Piece> closing = new ArrayList<>();
  /** The number of the last item before each paragraph of {@link #closing}. */
  final Map<Piece, String> after = new LinkedHashMap<>();
  private final Map<String, List<Child>> children = new LinkedHashMap<>();
  private final List<Piece> plain = new ArrayList<>();
  private final Map<String, String> labels = new LinkedHashMap<>();
  private final Directives directives;

  // Where the reading is: the last numbered paragraph, the Roman section, what it has seen since.
  private String last;
  private boolean assessment;
  private boolean topicOpen;
  private boolean ended;
  private boolean restarts;
  private String section = "";
  private String sectionLabel = "";

  private Outline(Directives directives) {
    this.directives = directives;
  }

  /** Reads the document's paragraphs into their places; a number printed twice is reported and its second use left out. */
  static Outline of(NoticeText text, Directives directives, Proposal proposal) {
    Outline outline = new Outline(directives);
    outline.read(text, proposal);
    return outline;
  }

  private void read(NoticeText text, Proposal proposal) {
    restarts = numbersRestartInSections(text);
    for (Piece paragraph : text.paragraphs) {
      String folded = Folding.fold(paragraph.text);
      if (folded.replaceFirst("^[|\\s]+", "").startsWith("noi nhan")) {
        break;
      }
      Matcher sectionMark = SECTION.matcher(folded);
      if (sectionMark.find()) {
        openSection(paragraph, folded, sectionMark);
        continue;
      }
      Matcher numbered = NUMBERED.matcher(folded);
      if (assessment && (numbered.find(0) || last == null)) {
        last = null;
        continue;
      }
      numbered.reset();
      if (numbered.find()) {
        numbered(paragraph, numbered, proposal);
      } else if (last != null && Character.isLowerCase(paragraph.text.codePointAt(0))
          && !BULLET.matcher(paragraph.text).find()) {
        joinToLast(paragraph);
      } else if (last != null && !ended && introduces(entries.get(last)) && !Directives.closing(paragraph)) {
        underIntroduction(paragraph);
      } else if (last != null) {
        close(paragraph);
      } else if (!assessment) {
        plain.add(paragraph);
      }
    }
  }

  /** "I.", "II. …": a Roman section; one that assesses ("Đánh giá …", "Kết quả …") holds no items. */
  private void openSection(Piece paragraph, String folded, Matcher sectionMark) {
    assessment = ASSESSMENT.matcher(folded).find() && !folded.contains("nhiem vu");
    String roman = paragraph.text.substring(0, sectionMark.end()).replaceAll("[^IVXivx]", "")
        .toUpperCase(java.util.Locale.ROOT);
    section = restarts ? roman(roman) + "." : "";
    sectionLabel = restarts ? roman + "." : "";
    last = null;
  }

  /** A numbered paragraph: a new entry of the tree, unless its number was already used. */
  private void numbered(Piece paragraph, Matcher numbered, Proposal proposal) {
    String printed = numbered.group(1) != null ? numbered.group(1) : numbered.group(2);
    String number = section + printed;
    labels.put(number, sectionLabel + printed);
    Piece body = paragraph.sub(numbered.end(), paragraph.text.length());
    if (entries.containsKey(number)) {
      proposal.finding("items", "Số thứ tự " + number + " xuất hiện hai lần; giữ lần đầu.", paragraph, 0, numbered.end());
      return;
    }
    entries.put(number, new Entry(number, body, Folding.fold(body.text)));
    last = number;
    topicOpen = false;
    ended = false;
  }

  /** A paragraph starting in lower case continues the one before it (a page break, a broken copy). */
  private void joinToLast(Piece paragraph) {
    Entry previous = entries.get(last);
    List<Child> under = children.get(last);
    if (under != null && !under.isEmpty()) {
      Child child = under.remove(under.size() - 1);
      under.add(new Child(child.parent(), child.text().join(paragraph), child.bullet(), child.topic()));
    } else {
      Piece joined = previous.text().join(paragraph);
      entries.put(last, new Entry(last, joined, Folding.fold(joined.text)));
    }
  }

  /** A paragraph under a numbered one that introduces it: a bullet or directive is a child, a topic opens one. */
  private void underIntroduction(Piece paragraph) {
    Matcher bullet = BULLET.matcher(paragraph.text);
    boolean isBullet = bullet.find();
    Piece body = isBullet ? paragraph.sub(bullet.end(), paragraph.text.length()) : paragraph;
    boolean topic = isBullet && body.text.trim().endsWith(":") && body.text.length() < 200;
    boolean titled = titleHeading(entries.get(last));
    if (titled && (assessing(entries.get(last)) || !directives.directs(body))) {
      close(paragraph);
    } else if (topic) {
      topicOpen = true;
    } else if (isBullet || topicOpen || directives.directs(body)
        || heading(entries.get(last)).isPresent() && !children.containsKey(last)) {
      children.computeIfAbsent(last, k -> new ArrayList<>()).add(new Child(last, body, isBullet, false));
    } else {
      close(paragraph);
    }
  }

  /** A paragraph after the items: what follows no longer belongs to the last item. */
  private void close(Piece paragraph) {
    ended = true;
    closing.add(paragraph);
    after.put(paragraph, last);
  }

  /** The items the document holds, in document order. */
  List<Candidate> candidates() {
    List<Candidate> candidates = new ArrayList<>();
    for (Entry entry : entries.values()) {
      List<Entry> headings = ancestors(entry.number(), entries);
      List<Child> under = children.getOrDefault(entry.number(), List.of());
      if (!isLeaf(entry.number(), entries)) {
        continue;
      }
      String label = labels.getOrDefault(entry.number(), entry.number());
      // a heading that names a subject ("Nhiệm vụ thời gian tới", "Đánh giá chung") directs no one itself
      if (!titleHeading(entry)
          && (under.isEmpty() || !heading(entry).isPresent() && entry.text().text.length() > LONG_DIRECTIVE)) {
        candidates.add(new Candidate(entry.number(), label, entry.text(), headings, List.of(), true));
      }
      List<Entry> withEntry = new ArrayList<>(headings);
      withEntry.add(entry);
      List<Name> leads = headingLeads(entry);
      int position = 0;
      for (Child child : under) {
        for (Piece part : directives.split(child.text())) {
          position++;
          candidates.add(new Candidate(free(entry.number() + "." + position, entries), label, part, withEntry,
              leads, false));
        }
      }
    }
    if (entries.isEmpty()) {
      plainItems(plain, candidates);
    }
    return candidates;
  }

  /**
   * A numbered heading that names a subject, not a body: short, no sentence ("Nhiệm vụ thời gian tới",
   * "Đánh giá chung", "Về công tác cán bộ"). What it introduces is kept when it directs someone.
   */
  private boolean titleHeading(Entry entry) {
    String body = entry.text().text.trim();
    return !body.isEmpty() && body.length() <= TITLE_HEADING && !body.matches("(?s).*[.:;,]$")
        && heading(entry).isEmpty() && !directives.directs(entry.text()) && !Character.isLowerCase(body.codePointAt(0))
        && (assessing(entry) || !DEADLINE_WORDS.matcher(entry.folded()).find());
  }

  /** A heading that evaluates rather than directs: "Đánh giá chung", "Kết quả đạt được", "Tình hình …", "Hạn chế". */
  private static boolean assessing(Entry entry) {
    return ASSESSMENT.matcher(entry.folded()).find() && !entry.folded().contains("nhiem vu");
  }

  /** Whether top-level numbers start again under each Roman section ("I. … 1. 2. II. … 1. 2."). */
  private static boolean numbersRestartInSections(NoticeText text) {
    Set<String> seen = new LinkedHashSet<>();
    Set<String> inSection = new LinkedHashSet<>();
    for (Piece paragraph : text.paragraphs) {
      String folded = Folding.fold(paragraph.text);
      if (SECTION.matcher(folded).find()) {
        seen.addAll(inSection);
        inSection.clear();
        continue;
      }
      Matcher numbered = NUMBERED.matcher(folded);
      if (numbered.find() && numbered.group(2) != null) {
        if (seen.contains(numbered.group(2))) {
          return true;
        }
        inSection.add(numbered.group(2));
      }
    }
    return false;
  }

  private static int roman(String numeral) {
    int total = 0;
    int previous = 0;
    for (int i = numeral.length() - 1; i >= 0; i--) {
      int value = switch (numeral.charAt(i)) {
        case 'I' -> 1;
        case 'V' -> 5;
        default -> 10;
      };
      total += value < previous ? -value : value;
      previous = Math.max(previous, value);
    }
    return total;
  }

  /** A numbered paragraph that introduces what follows: it names its addressee alone, or ends with ":". */
  private boolean introduces(Entry entry) {
    return entry != null && (heading(entry).isPresent() || entry.text().text.trim().endsWith(":") || titleHeading(entry)
        || entry.text().text.length() > LONG_DIRECTIVE && entry.folded().matches("(?s).*\\b(?:sau|nhu sau)\\s*:\\s*$"));
  }

  /** "1. Sở Công Thương", "2. Các cơ quan chuyên trách …; các chi bộ, đảng bộ cơ sở": the heading is the addressee. */
  private static Optional<List<Name>> heading(Entry entry) {
    String body = entry.text().text.trim();
    if (body.endsWith(".") || body.endsWith(":")) {
      return Optional.empty();
    }
    List<Name> all = new ArrayList<>();
    for (String part : body.split(";")) {
      Optional<Name> name = AgencyNames.heading(part.trim());
      if (name.isEmpty()) {
        return Optional.empty();
      }
      all.add(name.get());
    }
    return Optional.of(all);
  }

  /** The addressees a heading names: the heading itself, or the bodies its sentence directs. */
  private List<Name> headingLeads(Entry entry) {
    return heading(entry).orElseGet(() -> directives.directed(entry.text()).orElse(List.of()));
  }

  private static String free(String number, Map<String, Entry> entries) {
    String candidate = number;
    while (entries.containsKey(candidate)) {
      candidate = candidate + ".1";
    }
    return candidate;
  }

  static boolean isLeaf(String number, Map<String, Entry> entries) {
    return entries.keySet().stream().noneMatch(other -> other.startsWith(number + "."));
  }

  static List<Entry> ancestors(String number, Map<String, Entry> entries) {
    List<Entry> chain = new ArrayList<>();
    String[] parts = number.split("\\.");
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < parts.length - 1; i++) {
      prefix.append(i == 0 ? "" : ".").append(parts[i]);
      Entry heading = entries.get(prefix.toString());
      if (heading != null) {
        chain.add(heading);
      }
    }
    return chain;
  }

  /** The items of a document without numbers: each paragraph that directs someone, and the bullets of a lead-in. */
  private void plainItems(List<Piece> plain, List<Candidate> candidates) {
    List<Name> leadIn = List.of();
    int position = 0;
    for (Piece paragraph : plain) {
      Matcher bullet = BULLET.matcher(paragraph.text);
      boolean isBullet = bullet.find();
      Piece body = isBullet ? paragraph.sub(bullet.end(), paragraph.text.length()) : paragraph;
      String folded = Folding.fold(body.text).trim();
      if (Directives.closing(body)) {
        leadIn = List.of();
        continue;
      }
      if (folded.endsWith(":")) {
        leadIn = directives.directed(body).orElse(List.of());
        continue;
      }
      if (directives.directs(body) || isBullet && !leadIn.isEmpty()) {
        for (Piece part : directives.split(body)) {
          position++;
          candidates.add(new Candidate(String.valueOf(position), null, part, List.of(), leadIn, false));
        }
      }
    }
  }
}
