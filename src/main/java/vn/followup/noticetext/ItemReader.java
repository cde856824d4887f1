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
import vn.followup.notice.NoticeDocument.DeadlineType;
import vn.followup.notice.NoticeDocument.Item;
import vn.followup.notice.NoticeDocument.ItemKind;
import vn.followup.notice.NoticeDocument.Report;
import vn.followup.organisation.Agency;
import vn.followup.organisation.AgencyMentions;
import vn.followup.organisation.AgencyMentions.Mention;
import vn.followup.organisation.AgencyTopics;
import vn.followup.organisation.Folding;

/**
 * Reads the numbered items: "1.", "1.7.", "1.7.1." make a tree whose leaves are the items to
 * follow and whose inner numbers are headings. A heading names the lead agency of the items under
 * it ("1.7. Chỉ đạo UBND phường Xuân Tăng", "2.1. UBND thành phố chỉ đạo"), and one about
 * "kiến nghị, đề xuất" makes its items recommendations. A paragraph that starts in lower case
 * continues the item before it (a page break). After the items, the paragraph asking agencies to
 * answer in writing gives the recommendations their response deadline, and one asking for a
 * section in the periodic reports gives the report.
 */
final class ItemReader {

  private static final Pattern NUMBERED = Pattern.compile(
      "^(\\d{1,2}(?:\\.\\d{1,2}){1,4})\\.?\\s+|^(\\d{1,2})[.)]\\s+");
  private static final Pattern SECTION = Pattern.compile("^[ivx]{1,4}\\s*[-.)]\\s");
  private static final Pattern RECOMMENDATION = Pattern.compile("\\b(?:kien nghi|de xuat)\\b");
  private static final Pattern PROPOSER = Pattern.compile("(?:kien nghi|de xuat)\\s+cua\\s+$");
  private static final Pattern OWN_LEAD = Pattern.compile("\\bchu tri\\b");
  private static final Pattern COORDINATE = Pattern.compile("\\bphoi hop\\s+(?:chat che\\s+)?voi\\s+");
  private static final Pattern GENERIC = Pattern.compile(
      "^cac\\s+co\\s+quan|^cac\\s+don\\s+vi|\\btham muu cho\\s+(?:ubnd\\s+|uy ban nhan dan\\s+)?thanh pho");
  private static final Pattern DIRECTS = Pattern.compile("\\bchi dao\\s*$");
  private static final Pattern RESPONSE_ASKED = Pattern.compile("\\bvan ban\\b.*\\b(?:kien nghi|de xuat)\\b");
  private static final Pattern REPORT = Pattern.compile(
      "\\bbao cao\\s+(?:\\d{1,2}|sau)\\s+thang(?:\\s*,\\s*\\d{1,2}\\s+nam)?(?:\\s+cua\\s+[^.;]{1,40}?)?\\s+(?:trong\\s+)?nam\\s+\\d{4}");
  private static final Pattern UNKNOWN_NAME = Pattern.compile("^(\\S+(?:\\s+\\S+){0,7}?)(?=[,.;]|\\s+(?:de|va|thuc hien|xay dung|thanh lap|ra soat)\\b|$)");

  private final AgencyMentions mentions;
  private final AgencyTopics topics;
  private final DeadlinePhrases phrases;
  private final Proposal out;

  ItemReader(AgencyMentions mentions, AgencyTopics topics, DeadlinePhrases phrases, Proposal out) {
    this.mentions = mentions;
    this.topics = topics;
    this.phrases = phrases;
    this.out = out;
  }

  private record Entry(String number, Piece text, String folded) {
  }

  void read(NoticeText text) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    List<Piece> closing = new ArrayList<>();
    Map<Piece, String> after = new LinkedHashMap<>();
    String last = null;
    for (Piece paragraph : text.paragraphs) {
      String folded = Folding.fold(paragraph.text);
      if (folded.startsWith("noi nhan")) {
        break;
      }
      Matcher numbered = NUMBERED.matcher(folded);
      if (numbered.find()) {
        String number = numbered.group(1) != null ? numbered.group(1) : numbered.group(2);
        Piece body = paragraph.sub(numbered.end(), paragraph.text.length());
        if (entries.containsKey(number)) {
          out.finding("items", "Số thứ tự " + number + " xuất hiện hai lần; giữ lần đầu.", paragraph, 0, numbered.end());
          continue;
        }
        entries.put(number, new Entry(number, body, Folding.fold(body.text)));
        last = number;
      } else if (last != null && Character.isLowerCase(paragraph.text.codePointAt(0))) {
        Entry previous = entries.get(last);
        Piece joined = previous.text().join(paragraph);
        entries.put(last, new Entry(last, joined, Folding.fold(joined.text)));
      } else if (last != null && !SECTION.matcher(folded).find()) {
        closing.add(paragraph);
        after.put(paragraph, last);
      }
    }
    Optional<String> response = responseDeadline(closing);
    for (Entry entry : entries.values()) {
      if (isLeaf(entry.number(), entries)) {
        item(entry, entries, response);
      }
    }
    closing.forEach(paragraph -> report(paragraph, after.get(paragraph), entries));
  }

  private void item(Entry entry, Map<String, Entry> entries, Optional<String> response) {
    String field = "items[" + out.items.size() + "]";
    List<Entry> headings = ancestors(entry.number(), entries);
    boolean recommendation = headings.stream().anyMatch(h -> RECOMMENDATION.matcher(h.folded()).find());
    out.sources.add(entry.text().span(field + ".text"));
    Mention lead = ownLead(entry).orElse(null);
    Entry leadHeading = null;
    for (int i = headings.size() - 1; i >= 0 && lead == null; i--) {
      lead = headingLead(headings.get(i)).orElse(null);
      leadHeading = lead == null ? null : headings.get(i);
    }
    String leadId = null;
    if (lead == null) {
      out.finding(field + ".lead", "Không xác định được cơ quan chủ trì của nội dung " + entry.number() + ".",
          entry.text(), 0, Math.min(40, entry.text().text.length()));
    } else {
      leadId = lead.agency().id();
      out.sources.add((leadHeading == null ? entry.text() : leadHeading.text()).span(field + ".lead", lead.start(), lead.end()));
    }
    boolean directs = leadHeading != null && DIRECTS.matcher(leadHeading.folded()).find();
    List<String> coordinators = coordinators(entry, field, leadId, directs);
    List<DeadlineEntry> deadlines = new ArrayList<>();
    response.filter(phrase -> recommendation).ifPresent(phrase -> deadlines.add(new DeadlineEntry(DeadlineType.RESPONSE, phrase)));
    phrases.completion(entry.text(), field + ".deadlines", out)
        .ifPresent(phrase -> deadlines.add(new DeadlineEntry(DeadlineType.COMPLETION, phrase)));
    out.items.add(new Item(entry.number(), entry.text().text, recommendation ? ItemKind.RECOMMENDATION : ItemKind.TASK,
        leadId, coordinators, deadlines));
  }

  /** "X chủ trì" or "giao X chủ trì" in the item itself. */
  private Optional<Mention> ownLead(Entry entry) {
    Matcher chair = OWN_LEAD.matcher(entry.folded());
    if (!chair.find()) {
      return Optional.empty();
    }
    return mentions.find(entry.text().text).stream().filter(m -> m.end() <= chair.start()
        && entry.folded().substring(m.end(), chair.start()).isBlank()).findFirst();
  }

  /** The first agency a heading names, unless it is the one whose proposals these are. */
  private Optional<Mention> headingLead(Entry heading) {
    return mentions.find(heading.text().text).stream()
        .filter(m -> !PROPOSER.matcher(heading.folded().substring(0, m.start())).find()).findFirst();
  }

  private List<String> coordinators(Entry entry, String field, String lead, boolean directs) {
    Set<String> ids = new LinkedHashSet<>();
    List<Mention> named = mentions.find(entry.text().text);
    boolean generic = directs || GENERIC.matcher(entry.folded()).find();
    Matcher coordinate = COORDINATE.matcher(entry.folded());
    while (coordinate.find()) {
      int at = coordinate.end();
      List<Mention> listed = listedFrom(named, at, entry.folded());
      if (!listed.isEmpty()) {
        listed.forEach(m -> {
          ids.add(m.agency().id());
          out.sources.add(entry.text().span(field + ".coordinators", m.start(), m.end()));
        });
      } else if (entry.folded().startsWith("cac ", at)) {
        generic = true;
      } else {
        Matcher unknown = UNKNOWN_NAME.matcher(entry.folded().substring(at));
        int end = at + (unknown.find() ? unknown.end(1) : 0);
        out.finding(field + ".coordinators", "Cơ quan phối hợp không có trong danh mục; hãy chọn hoặc bổ sung danh mục.",
            entry.text(), at, end);
      }
    }
    if (generic) {
      for (AgencyTopics.Suggestion suggestion : topics.suggest(entry.text().text)) {
        Agency agency = suggestion.agency();
        if (!agency.id().equals(lead) && ids.add(agency.id())) {
          out.sources.add(entry.text().span(field + ".coordinators", suggestion.start(), suggestion.end()));
          out.finding(field + ".coordinators", "Gợi ý " + agency.name() + " phối hợp theo nội dung (\""
              + suggestion.keyword() + "\"); văn bản không nêu đích danh: hãy xác nhận.", entry.text(),
              suggestion.start(), suggestion.end());
        }
      }
    }
    ids.remove(lead);
    return List.copyOf(ids);
  }

  /** Agencies named one after another from a position: "với X, Y và Z". */
  private static List<Mention> listedFrom(List<Mention> named, int at, String folded) {
    List<Mention> listed = new ArrayList<>();
    int position = at;
    for (Mention mention : named) {
      if (mention.start() < position) {
        continue;
      }
      String between = folded.substring(position, mention.start()).trim();
      if (!(between.isEmpty() || between.equals(",") || between.equals("va") || between.equals(", va"))) {
        break;
      }
      listed.add(mention);
      position = mention.end();
    }
    return listed;
  }

  private Optional<String> responseDeadline(List<Piece> closing) {
    for (Piece paragraph : closing) {
      if (RESPONSE_ASKED.matcher(Folding.fold(paragraph.text)).find()) {
        Optional<String> phrase = phrases.response(paragraph, "items[].deadlines", out);
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
