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
import vn.followup.notice.NoticeDocument.DeadlineEntry;
import vn.followup.deadline.DeadlineType;
import vn.followup.notice.NoticeDocument.Item;
import vn.followup.notice.NoticeDocument.ItemKind;
import vn.followup.notice.NoticeDocument.Report;
import vn.followup.noticetext.AgencyNames.Name;
import vn.followup.noticetext.DeadlinePhrases.Found;
import vn.followup.organisation.Agency;
import vn.followup.organisation.AgencyMentions;
import vn.followup.organisation.AgencyMentions.Mention;
import vn.followup.organisation.AgencyTopics;
import vn.followup.organisation.Folding;

/**
 * Reads the items of a direction document, whatever its shape.
 *
 * <p>Numbered paragraphs "1.", "1.7.", "1.7.1." make a tree whose leaves are items and whose inner
 * numbers are headings. A numbered paragraph that introduces what follows (it names its addressee
 * alone, "1. Sở Công Thương", or ends with ":") is a heading for the "-", "+", "a)" bullets and the
 * paragraphs under it: each bullet is an item, a topic bullet ("- Về …:") is not, and each
 * paragraph that directs someone is. Such a numbered paragraph that is itself a long directive is
 * an item too. Items without a number of their own are numbered by position under their heading
 * ("2.1", "2.2"); their label as printed is kept in the reading.
 *
 * <p>In a document without numbered items, every paragraph that directs someone is an item,
 * numbered by position: "Giao Sở X chủ trì …", "Yêu cầu X …", "Đề nghị X …", "Thủ tướng Chính phủ
 * giao X …", or a paragraph whose subject is a body followed by its verb ("Bộ Xây dựng soạn thảo
 * …", "X khẩn trương …"). A paragraph ending with ":" introduces items; closing formulas
 * ("… thông báo để … biết, thực hiện./.") and narration ("… đã …", "… ghi nhận …") are not items.
 * A sentence inside an item that directs another body ("… . Bộ Tài chính, Bộ Nông nghiệp … thống
 * nhất …") starts an item of its own.
 *
 * <p>The lead is the body the sentence directs: "X chủ trì", the object of "giao", "yêu cầu",
 * "đề nghị", the subject of the directive verb, else the heading's addressee; a generic subject
 * ("Các cấp ủy, tổ chức đảng") under a heading that names the addressee keeps the heading's.
 * Coordinators are the bodies after "phối hợp (chặt chẽ) với" or "trao đổi, thống nhất với", unless
 * another body is the subject of that "phối hợp". Names are kept as written; one the registry does
 * not know wholly is proposed as written and reported for the clerk to map or add.
 *
 * <p>After the items, the paragraph asking agencies to answer in writing gives the recommendations
 * their response deadline, and one asking for a section in the periodic reports gives the report.
 */
final class ItemReader {

  private static final Pattern NUMBERED = Pattern.compile(
      "^(\\d{1,2}(?:\\.\\d{1,2}){1,4})\\.?\\s+|^(\\d{1,2})[.)]\\s+");
  private static final Pattern BULLET = Pattern.compile("^(?:([a-zđ])\\)|[-+•–])\\s*");
  private static final Pattern SECTION = Pattern.compile("^[ivx]{1,4}\\s*[-.)]\\s");
  private static final Pattern RECOMMENDATION = Pattern.compile("\\b(?:kien nghi|de xuat)\\b");
  private static final Pattern PROPOSER = Pattern.compile("(?:kien nghi|de xuat)\\s+cua\\s+$");
  private static final Pattern OWN_LEAD = Pattern.compile("\\bchu tri\\b");
  private static final Pattern COORDINATE = Pattern.compile(
      "\\b(?:phoi hop|trao doi, thong nhat|thong nhat)\\s+(?:chat che\\s+)?voi\\s+");
  private static final Pattern GENERIC = Pattern.compile(
      "^cac\\s+co\\s+quan|^cac\\s+don\\s+vi|\\btham muu cho\\s+(?:ubnd\\s+|uy ban nhan dan\\s+)?thanh pho");
  private static final Pattern DIRECTS = Pattern.compile("\\bchi dao\\s*$");
  private static final Pattern RESPONSE_ASKED = Pattern.compile("\\bvan ban\\b.*\\b(?:kien nghi|de xuat)\\b");
  private static final Pattern REPORT = Pattern.compile(
      "\\bbao cao\\s+(?:\\d{1,2}|sau)\\s+thang(?:\\s*,\\s*\\d{1,2}\\s+nam)?(?:\\s+cua\\s+[^.;]{1,40}?)?\\s+(?:trong\\s+)?nam\\s+\\d{4}");
  /** "giao", "yêu cầu", "đề nghị" directing a body, at a sentence's start, after a comma or after who directs. */
  private static final Pattern DIRECTIVE_VERB = Pattern.compile("(?<![\\p{L}])(?:giao|yeu cau|de nghi)\\s+(?!cua\\b)");
  /** What a subject does when the sentence tells, not directs. */
  private static final Pattern NARRATION = Pattern.compile("^\\s*(?:da|dang|duoc|la|xin|thong bao|ghi nhan|danh gia"
      + "|bieu duong|co y kien|ket luan|nhan duoc|cho biet|to chuc cuoc hop|chu tri cuoc hop|bao cao ket qua|tham du)\\b");
  private static final Pattern CLOSING = Pattern.compile(
      "\\bthong bao (?:de|va de nghi|cho)\\b|\\bbiet,? (?:va )?(?:nghiem tuc )?(?:trien khai )?thuc hien\\b"
          + "|^(?:can cu|tren day)\\b|\\bnghiem tuc (?:trien khai\\s+)?thuc hien\\s*[./]*$");
  private static final Pattern ASSESSMENT = Pattern.compile(
      "\\b(?:danh gia|ket qua|tinh hinh|han che|ton tai|nguyen nhan|uu diem|khuyet diem)\\b");
  private static final Pattern DEADLINE_WORDS = Pattern.compile("\\b(?:truoc ngay|hoan thanh|trong thang|trong quy)\\b");
  private static final int TITLE_HEADING = 120;
  /** A body's name followed by the end of a line or a mark: an addressee, not a subject. */
  private static final int LONG_DIRECTIVE = 150;

  private final AgencyMentions mentions;
  private final AgencyNames names;
  private final AgencyTopics topics;
  private final DeadlinePhrases phrases;
  private final Proposal out;

  ItemReader(AgencyMentions mentions, AgencyTopics topics, DeadlinePhrases phrases, Proposal out) {
    this.mentions = mentions;
    this.names = new AgencyNames(mentions);
    this.topics = topics;
    this.phrases = phrases;
    this.out = out;
  }

  private record Entry(String number, Piece text, String folded) {
  }

  /** A paragraph under a numbered heading or in a document without numbers. */
  private record Child(String parent, Piece text, boolean bullet, boolean topic) {
  }

  /** One item about to be proposed: its number, words, label as printed and the heading it sits under. */
  private record Candidate(String number, String label, Piece text, List<Entry> headings, List<Name> headingLeads,
      boolean decimal) {
  }

  void read(NoticeText text) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    Map<String, List<Child>> children = new LinkedHashMap<>();
    List<Piece> closing = new ArrayList<>();
    List<Piece> plain = new ArrayList<>();
    Map<Piece, String> after = new LinkedHashMap<>();
    String last = null;
    boolean assessment = false;
    boolean topicOpen = false;
    boolean ended = false;
    boolean restarts = numbersRestartInSections(text);
    String section = "";
    String sectionLabel = "";
    Map<String, String> labels = new LinkedHashMap<>();
    for (Piece paragraph : text.paragraphs) {
      String folded = Folding.fold(paragraph.text);
      if (folded.replaceFirst("^[|\\s]+", "").startsWith("noi nhan")) {
        break;
      }
      Matcher numbered = NUMBERED.matcher(folded);
      Matcher sectionMark = SECTION.matcher(folded);
      if (sectionMark.find()) {
        assessment = ASSESSMENT.matcher(folded).find() && !folded.contains("nhiem vu");
        String roman = paragraph.text.substring(0, sectionMark.end()).replaceAll("[^IVXivx]", "").toUpperCase(java.util.Locale.ROOT);
        section = restarts ? roman(roman) + "." : "";
        sectionLabel = restarts ? roman + "." : "";
        last = null;
        continue;
      }
      if (assessment && (numbered.find(0) || last == null)) {
        last = null;
        continue;
      }
      numbered.reset();
      if (numbered.find()) {
        String printed = numbered.group(1) != null ? numbered.group(1) : numbered.group(2);
        String number = section + printed;
        labels.put(number, sectionLabel + printed);
        Piece body = paragraph.sub(numbered.end(), paragraph.text.length());
        if (entries.containsKey(number)) {
          out.finding("items", "Số thứ tự " + number + " xuất hiện hai lần; giữ lần đầu.", paragraph, 0, numbered.end());
          continue;
        }
        entries.put(number, new Entry(number, body, Folding.fold(body.text)));
        last = number;
        topicOpen = false;
        ended = false;
      } else if (last != null && Character.isLowerCase(paragraph.text.codePointAt(0))
          && !BULLET.matcher(paragraph.text).find()) {
        Entry previous = entries.get(last);
        List<Child> under = children.get(last);
        if (under != null && !under.isEmpty()) {
          Child child = under.remove(under.size() - 1);
          under.add(new Child(child.parent(), child.text().join(paragraph), child.bullet(), child.topic()));
        } else {
          Piece joined = previous.text().join(paragraph);
          entries.put(last, new Entry(last, joined, Folding.fold(joined.text)));
        }
      } else if (last != null && !ended && introduces(entries.get(last)) && !closing(paragraph)) {
        Matcher bullet = BULLET.matcher(paragraph.text);
        boolean isBullet = bullet.find();
        Piece body = isBullet ? paragraph.sub(bullet.end(), paragraph.text.length()) : paragraph;
        boolean topic = isBullet && body.text.trim().endsWith(":") && body.text.length() < 200;
        boolean titled = titleHeading(entries.get(last));
        if (titled && (assessing(entries.get(last)) || !directs(body))) {
          ended = true;
          closing.add(paragraph);
          after.put(paragraph, last);
        } else if (topic) {
          topicOpen = true;
        } else if (isBullet || topicOpen || directs(body)
            || heading(entries.get(last)).isPresent() && !children.containsKey(last)) {
          children.computeIfAbsent(last, k -> new ArrayList<>()).add(new Child(last, body, isBullet, false));
        } else {
          ended = true;
          closing.add(paragraph);
          after.put(paragraph, last);
        }
      } else if (last != null) {
        ended = true;
        closing.add(paragraph);
        after.put(paragraph, last);
      } else if (!assessment) {
        plain.add(paragraph);
      }
    }
    Integer year = out.year;
    Optional<String> response = responseDeadline(closing, year);
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
        for (Piece part : split(child.text())) {
          position++;
          candidates.add(new Candidate(free(entry.number() + "." + position, entries), label, part, withEntry,
              leads, false));
        }
      }
    }
    if (entries.isEmpty()) {
      plainItems(plain, candidates);
    }
    for (Candidate candidate : candidates) {
      item(candidate, response, year);
    }
    closing.forEach(paragraph -> report(paragraph, after.get(paragraph), entries));
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
      if (closing(body)) {
        leadIn = List.of();
        continue;
      }
      if (folded.endsWith(":")) {
        leadIn = directed(body).orElse(List.of());
        continue;
      }
      if (directs(body) || isBullet && !leadIn.isEmpty()) {
        for (Piece part : split(body)) {
          position++;
          candidates.add(new Candidate(String.valueOf(position), null, part, List.of(), leadIn, false));
        }
      }
    }
  }

  /** A closing formula: "… thông báo để … biết, thực hiện./.", "Căn cứ …, yêu cầu … triển khai thực hiện./.". */
  private static boolean closing(Piece paragraph) {
    return paragraph.text.length() < 300 && CLOSING.matcher(Folding.fold(paragraph.text).trim()).find();
  }

  /**
   * A numbered heading that names a subject, not a body: short, no sentence ("Nhiệm vụ thời gian tới",
   * "Đánh giá chung", "Về công tác cán bộ"). What it introduces is kept when it directs someone.
   */
  private boolean titleHeading(Entry entry) {
    String body = entry.text().text.trim();
    return !body.isEmpty() && body.length() <= TITLE_HEADING && !body.matches("(?s).*[.:;,]$")
        && heading(entry).isEmpty() && !directs(entry.text()) && !Character.isLowerCase(body.codePointAt(0))
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
    return heading(entry).orElseGet(() -> directed(entry.text()).orElse(List.of()));
  }

  /** Whether a paragraph directs a body: "Giao X …", "Yêu cầu X …", "X khẩn trương …", "Thủ tướng giao X …". */
  private boolean directs(Piece paragraph) {
    String folded = Folding.fold(paragraph.text);
    if (folded.trim().endsWith(":") || closing(paragraph)) {
      return false;
    }
    return directed(paragraph).isPresent();
  }

  /** The bodies a sentence directs: the object of "giao", "yêu cầu", "đề nghị" in its first sentence, or its subject. */
  private Optional<List<Name>> directed(Piece paragraph) {
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
  private List<Piece> split(Piece paragraph) {
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

  private static String free(String number, Map<String, Entry> entries) {
    String candidate = number;
    while (entries.containsKey(candidate)) {
      candidate = candidate + ".1";
    }
    return candidate;
  }

  private void item(Candidate candidate, Optional<String> response, Integer year) {
    String field = "items[" + out.items.size() + "]";
    Piece text = candidate.text();
    String folded = Folding.fold(text.text);
    boolean recommendation = candidate.headings().stream().anyMatch(h -> RECOMMENDATION.matcher(h.folded()).find());
    out.sources.add(text.span(field + ".text"));

    List<Name> leads = ownLeads(text, candidate);
    Entry leadHeading = null;
    String leadId = null;
    List<String> written = new ArrayList<>();
    Mention registryLead = candidate.decimal() || leads.isEmpty() ? ownRegistryLead(text, folded) : null;
    if (registryLead != null && (leads.isEmpty() || names.registryId(leads.get(0).written()).isPresent())) {
      leadId = registryLead.agency().id();
      written.add(text.text.substring(registryLead.start(), registryLead.end()));
      out.sources.add(text.span(field + ".lead", registryLead.start(), registryLead.end()));
    } else if (!leads.isEmpty()) {
      leadId = leadOf(leads, text, field, written);
    } else {
      for (int i = candidate.headings().size() - 1; i >= 0 && leadId == null; i--) {
        Entry heading = candidate.headings().get(i);
        Optional<Mention> mention = headingLead(heading);
        if (mention.isPresent() && names.listAt(heading.text().text, mention.get().start()).stream()
            .allMatch(n -> names.registryId(n.written()).isPresent())) {
          leadId = mention.get().agency().id();
          leadHeading = heading;
          written.add(heading.text().text.substring(mention.get().start(), mention.get().end()));
          out.sources.add(heading.text().span(field + ".lead", mention.get().start(), mention.get().end()));
        }
      }
      if (leadId == null && !candidate.headingLeads().isEmpty()) {
        leadId = leadOf(candidate.headingLeads(), null, field, written);
      }
    }
    if (leadId == null && candidate.decimal()) {
      out.finding(field + ".lead", "Không xác định được cơ quan chủ trì của nội dung " + candidate.number() + ".",
          text, 0, Math.min(40, text.text.length()));
    } else if (leadId == null) {
      out.finding(field + ".lead", "Không xác định được cơ quan chủ trì của nội dung " + candidate.number()
          + " (đoạn không đánh số trong văn bản; số thứ tự theo vị trí).", text, 0, Math.min(40, text.text.length()));
    }
    boolean directs = leadHeading != null && DIRECTS.matcher(leadHeading.folded()).find();
    List<String> writtenCoordinators = new ArrayList<>();
    List<String> coordinators = coordinators(text, field, leadId, written, directs, writtenCoordinators);

    List<Found> found = phrases.all(text, year, field + ".deadlines", out);
    List<DeadlineEntry> deadlines = new ArrayList<>();
    response.filter(phrase -> recommendation).ifPresent(phrase -> deadlines.add(new DeadlineEntry(DeadlineType.RESPONSE, phrase)));
    DeadlinePhrases.completion(found).ifPresent(f -> {
      deadlines.add(new DeadlineEntry(DeadlineType.COMPLETION, f.phrase()));
      out.sources.add(text.span(field + ".deadlines", f.start(), f.end()));
      if (f.deadline().rule().endsWith("+DOCUMENT_YEAR") || f.deadline().confidence() < 0.75) {
        out.finding(field + ".deadlines", "Thời hạn \"" + f.phrase() + "\" được hiểu là: " + f.deadline().explanation()
            + "; hãy xác nhận.", text, f.start(), f.end());
      }
    });
    out.readings.add(new ItemReading(candidate.label(), List.copyOf(written), List.copyOf(writtenCoordinators),
        found.stream().map(f -> new ItemReading.DeadlineFound(f.phrase(), f.deadline().kind().name(),
            f.deadline().lastDay(), f.deadline().rule(), f.deadline().explanation())).toList()));
    out.items.add(new Item(candidate.number(), text.text, recommendation ? ItemKind.RECOMMENDATION : ItemKind.TASK,
        leadId, coordinators, deadlines, recommendation ? proposer(candidate, leadId) : null));
  }

  /**
   * The body whose recommendations a heading answers ("kiến nghị, đề xuất của Đảng ủy phường Xuân
   * Tăng"), when the registry knows it and it does not lead the item itself.
   */
  private String proposer(Candidate candidate, String leadId) {
    for (int i = candidate.headings().size() - 1; i >= 0; i--) {
      Entry heading = candidate.headings().get(i);
      for (Mention mention : mentions.find(heading.text().text)) {
        if (PROPOSER.matcher(heading.folded().substring(0, mention.start())).find()
            && !mention.agency().id().equals(leadId)) {
          return mention.agency().id();
        }
      }
    }
    return null;
  }

  /** The lead of several bodies named as written: the first, each name mapped to the registry or reported. */
  private String leadOf(List<Name> leads, Piece text, String field, List<String> written) {
    String first = null;
    for (Name name : leads) {
      written.add(name.written());
      Optional<String> id = names.registryId(name.written());
      if (text != null && name.start() >= 0 && name.end() <= text.text.length()) {
        out.sources.add(text.span(field + ".lead", name.start(), name.end()));
      }
      if (id.isEmpty()) {
        out.finding(field + ".lead", "Cơ quan chủ trì \"" + name.written() + "\" (ghi như trong văn bản) không có trong "
            + "danh mục cơ quan: hãy chọn cơ quan tương ứng trong danh mục hoặc bổ sung danh mục.", text,
            text == null ? 0 : name.start(), text == null ? 0 : name.end());
      }
      if (first == null && id.isPresent()) {
        first = id.get();
      }
    }
    if (leads.size() > 1) {
      out.finding(field + ".lead", "Văn bản giao cùng lúc cho " + leads.size() + " cơ quan: "
          + String.join("; ", leads.stream().map(Name::written).toList()) + ". Một nội dung theo dõi có một cơ quan chủ trì:"
          + " hãy chọn cơ quan chủ trì, hoặc tách thành nhiều nội dung.", null, 0, 0);
    }
    return first;
  }

  /** The bodies this item's own sentence directs, unless only a generic subject under a heading that names the addressee. */
  private List<Name> ownLeads(Piece text, Candidate candidate) {
    List<Name> own = directed(text).orElse(List.of());
    String folded = Folding.fold(text.text);
    Matcher chair = OWN_LEAD.matcher(folded);
    if (chair.find()) {
      int before = chair.start();
      for (Name name : names.listAt(text.text, 0)) {
        if (folded.substring(name.end(), before).isBlank()) {
          return List.of(name);
        }
      }
    }
    boolean generic = !own.isEmpty() && own.stream().allMatch(n -> Folding.fold(n.written()).startsWith("cac "))
        && (!candidate.headingLeads().isEmpty() || !candidate.headings().isEmpty());
    return generic ? List.of() : own;
  }

  /** "X chủ trì" or "giao X chủ trì" naming a registry agency, as the seed writes them. */
  private Mention ownRegistryLead(Piece text, String folded) {
    Matcher chair = OWN_LEAD.matcher(folded);
    if (!chair.find()) {
      return null;
    }
    return mentions.find(text.text).stream().filter(m -> m.end() <= chair.start()
        && folded.substring(m.end(), chair.start()).isBlank()).findFirst().orElse(null);
  }

  /** The first agency a heading names, unless it is the one whose proposals these are. */
  private Optional<Mention> headingLead(Entry heading) {
    return mentions.find(heading.text().text).stream()
        .filter(m -> !PROPOSER.matcher(heading.folded().substring(0, m.start())).find()).findFirst();
  }

  private List<String> coordinators(Piece text, String field, String lead, List<String> leads, boolean directs,
      List<String> written) {
    Set<String> ids = new LinkedHashSet<>();
    String folded = Folding.fold(text.text);
    boolean generic = directs || GENERIC.matcher(folded).find();
    Matcher coordinate = COORDINATE.matcher(folded);
    while (coordinate.find()) {
      int at = coordinate.end();
      if (someoneElse(text.text, folded, coordinate.start(), leads)) {
        continue;
      }
      List<Name> listed = names.listAt(text.text, at);
      if (listed.isEmpty()) {
        if (folded.startsWith("cac ", at)) {
          generic = true;
        }
        continue;
      }
      for (Name name : listed) {
        written.add(name.written());
        out.sources.add(text.span(field + ".coordinators", name.start(), name.end()));
        Optional<String> id = names.registryId(name.written());
        if (id.isPresent()) {
          ids.add(id.get());
        } else if (Folding.fold(name.written()).startsWith("cac ")) {
          generic = true;
          out.finding(field + ".coordinators", "Cơ quan phối hợp ghi chung \"" + name.written() + "\": hãy chọn các cơ quan"
              + " cụ thể trong danh mục.", text, name.start(), name.end());
        } else {
          out.finding(field + ".coordinators", "Cơ quan phối hợp \"" + name.written() + "\" (ghi như trong văn bản) không có"
              + " trong danh mục; hãy chọn hoặc bổ sung danh mục.", text, name.start(), name.end());
        }
      }
    }
    if (generic) {
      for (AgencyTopics.Suggestion suggestion : topics.suggest(text.text)) {
        Agency agency = suggestion.agency();
        if (!agency.id().equals(lead) && ids.add(agency.id())) {
          out.finding(field + ".coordinators", "Gợi ý " + agency.name() + " phối hợp theo nội dung (\""
              + suggestion.keyword() + "\"); văn bản không nêu đích danh: hãy xác nhận.", text,
              suggestion.start(), suggestion.end());
        }
      }
    }
    ids.remove(lead);
    return List.copyOf(ids);
  }

  /** Whether the "phối hợp" at this offset is done by another body the item names ("chỉ đạo Công an tỉnh phối hợp"). */
  private boolean someoneElse(String text, String folded, int at, List<String> leads) {
    int clause = Math.max(Math.max(folded.lastIndexOf(',', at - 1), folded.lastIndexOf(';', at - 1)),
        folded.lastIndexOf('.', at - 1)) + 1;
    String words = text.substring(clause, at);
    String foldedWords = Folding.fold(words);
    for (int i = 0; i < foldedWords.length(); i++) {
      if ((i == 0 || !Character.isLetter(foldedWords.charAt(i - 1))) && AgencyNames.startsAt(foldedWords, i)) {
        List<Name> named = names.listAt(words, i);
        if (!named.isEmpty() && named.stream().noneMatch(n -> leads.contains(n.written()))
            && !foldedWords.substring(0, i).matches("\\s*(?:giao\\s*)?")) {
          return true;
        }
        if (!named.isEmpty()) {
          i = named.get(named.size() - 1).end();
        }
      }
    }
    return false;
  }

  private Optional<String> responseDeadline(List<Piece> closing, Integer year) {
    for (Piece paragraph : closing) {
      if (RESPONSE_ASKED.matcher(Folding.fold(paragraph.text)).find()) {
        Optional<String> phrase = phrases.response(paragraph, year, "items[].deadlines", out);
        if (phrase.isPresent()) {
          return phrase;
        }
      }
    }
    return Optional.empty();
  }

  /** "... thành 01 mục riêng trong báo cáo 6 tháng, 01 năm của cấp ủy trong năm 2022." */
  private void report(Piece paragraph, String lastBefore, Map<String, Entry> entries) {
    Matcher report = REPORT.matcher(Folding.fold(paragraph.text));
    if (!report.find()) {
      return;
    }
    String section = lastBefore.split("\\.")[0];
    List<String> covered = out.items.stream().map(Item::number)
        .filter(number -> number.equals(section) || number.startsWith(section + ".")).toList();
    Entry top = entries.get(section);
    String agency = top == null ? null : headingLead(top).map(m -> m.agency().id()).orElse(null);
    String field = "reports[" + out.reports.size() + "]";
    out.sources.add(paragraph.span(field + ".phrase", report.start(), report.end()));
    out.reports.add(new Report(DeadlinePhrases.asPhrase(paragraph.text.substring(report.start(), report.end())), agency,
        covered));
  }

  private static boolean isLeaf(String number, Map<String, Entry> entries) {
    return entries.keySet().stream().noneMatch(other -> other.startsWith(number + "."));
  }

  private static List<Entry> ancestors(String number, Map<String, Entry> entries) {
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
}
