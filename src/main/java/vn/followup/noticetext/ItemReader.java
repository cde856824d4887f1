package vn.followup.noticetext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.followup.deadline.DeadlineType;
import vn.followup.notice.NoticeDocument.DeadlineEntry;
import vn.followup.notice.NoticeDocument.Item;
import vn.followup.notice.NoticeDocument.ItemKind;
import vn.followup.notice.NoticeDocument.Report;
import vn.followup.noticetext.DeadlinePhrases.Found;
import vn.followup.noticetext.Outline.Candidate;
import vn.followup.noticetext.Outline.Entry;
import vn.followup.organisation.AgencyMentions;
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
 * <p>The document's shape is read by {@link Outline}, whom a sentence directs by {@link Directives},
 * and each item's lead, coordinators and proposer by {@link ItemLeads}.
 *
 * <p>After the items, the paragraph asking agencies to answer in writing gives the recommendations
 * their response deadline, and one asking for a section in the periodic reports gives the report.
 */
final class ItemReader {

  private static final Pattern RECOMMENDATION = Pattern.compile("\\b(?:kien nghi|de xuat)\\b");
  private static final Pattern RESPONSE_ASKED = Pattern.compile("\\bvan ban\\b.*\\b(?:kien nghi|de xuat)\\b");
  private static final Pattern REPORT = Pattern.compile(
      "\\bbao cao\\s+(?:\\d{1,2}|sau)\\s+thang(?:\\s*,\\s*\\d{1,2}\\s+nam)?(?:\\s+cua\\s+[^.;]{1,40}?)?\\s+(?:trong\\s+)?nam\\s+\\d{4}");

  private final Directives directives;
  private final ItemLeads leads;
  private final DeadlinePhrases phrases;
  private final Proposal out;

  ItemReader(AgencyMentions mentions, AgencyTopics topics, DeadlinePhrases phrases, Proposal out) {
    AgencyNames names = new AgencyNames(mentions);
    this.directives = new Directives(names);
    this.leads = new ItemLeads(mentions, names, topics, directives, out);
    this.phrases = phrases;
    this.out = out;
  }

  void read(NoticeText text) {
    Outline outline = Outline.of(text, directives, out);
    Optional<String> response = responseDeadline(outline.closing, out.year);
    for (Candidate candidate : outline.candidates()) {
      item(candidate, response, out.year);
    }
    outline.closing.forEach(paragraph -> report(paragraph, outline.after.get(paragraph), outline.entries));
  }

  private void item(Candidate candidate, Optional<String> response, Integer year) {
    String field = "items[" + out.items.size() + "]";
    Piece text = candidate.text();
    boolean recommendation = candidate.headings().stream().anyMatch(h -> RECOMMENDATION.matcher(h.folded()).find());
    out.sources.add(text.span(field + ".text"));

    List<String> written = new ArrayList<>();
    ItemLeads.Lead lead = leads.lead(candidate, text, field, written);
    String leadId = lead.id();
    List<String> writtenCoordinators = new ArrayList<>();
    List<String> coordinators = leads.coordinators(text, field, leadId, written, lead.directs(), writtenCoordinators);

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
        leadId, coordinators, deadlines, recommendation ? leads.proposer(candidate, leadId) : null));
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
    String agency = top == null ? null : leads.headingLead(top).map(m -> m.agency().id()).orElse(null);
    String field = "reports[" + out.reports.size() + "]";
    out.sources.add(paragraph.span(field + ".phrase", report.start(), report.end()));
    out.reports.add(new Report(DeadlinePhrases.asPhrase(paragraph.text.substring(report.start(), report.end())), agency,
        covered));
  }
}
