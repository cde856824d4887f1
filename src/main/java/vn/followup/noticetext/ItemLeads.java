package vn.followup.noticetext;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.followup.noticetext.AgencyNames.Name;
import vn.followup.noticetext.Outline.Candidate;
import vn.followup.noticetext.Outline.Entry;
import vn.followup.organisation.Agency;
import vn.followup.organisation.AgencyMentions;
import vn.followup.organisation.AgencyMentions.Mention;
import vn.followup.organisation.AgencyTopics;
import vn.followup.organisation.Folding;

/**
 * Who an item of a direction document is for. The lead is the body the sentence directs: "X chủ
 * trì", the object of "giao", "yêu cầu", "đề nghị", the subject of the directive verb, else the
 * heading's addressee; a generic subject ("Các cấp ủy, tổ chức đảng") under a heading that names
 * the addressee keeps the heading's. Coordinators are the bodies after "phối hợp (chặt chẽ) với" or
 * "trao đổi, thống nhất với", unless another body is the subject of that "phối hợp"; a generic one
 * gets suggestions by topic. A recommendation's proposer is the body its heading names as such.
 * Names are kept as written; one the registry does not know wholly is reported for the clerk.
 */
final class ItemLeads {

  private static final Pattern PROPOSER = Pattern.compile("(?:kien nghi|de xuat)\\s+cua\\s+$");
  private static final Pattern OWN_LEAD = Pattern.compile("\\bchu tri\\b");
  private static final Pattern COORDINATE = Pattern.compile(
      "\\b(?:phoi hop|trao doi, thong nhat|thong nhat)\\s+(?:chat che\\s+)?voi\\s+");
  private static final Pattern GENERIC = Pattern.compile(
      "^cac\\s+co\\s+quan|^cac\\s+don\\s+vi|\\btham muu cho\\s+(?:ubnd\\s+|uy ban nhan dan\\s+)?thanh pho");
  private static final Pattern DIRECTS = Pattern.compile("\\bchi dao\\s*$");

  /** The item's lead agency (null when none was found) and whether its heading only directs ("… chỉ đạo"). */
  record Lead(String id, boolean directs) {
  }

  private final AgencyMentions mentions;
  private final AgencyNames names;
  private final AgencyTopics topics;
  private final Directives directives;
  private final Proposal out;

  ItemLeads(AgencyMentions mentions, AgencyNames names, AgencyTopics topics, Directives directives, Proposal out) {
    this.mentions = mentions;
    this.names = names;
    this.topics = topics;
    this.directives = directives;
    this.out = out;
  }

  /**
   * The lead of an item: "X chủ trì" naming a registry agency, else the bodies its own sentence
   * directs, else the nearest heading's agency or addressees; reported when none is found. The
   * names as written go to {@code written}.
   */
  Lead lead(Candidate candidate, Piece text, String field, List<String> written) {
    String folded = Folding.fold(text.text);
    List<Name> leads = ownLeads(text, candidate);
    Entry leadHeading = null;
    String leadId = null;
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
    return new Lead(leadId, leadHeading != null && DIRECTS.matcher(leadHeading.folded()).find());
  }

  /**
   * The body whose recommendations a heading answers ("kiến nghị, đề xuất của Đảng ủy phường Xuân
   * Tăng"), when the registry knows it and it does not lead the item itself.
   */
  String proposer(Candidate candidate, String leadId) {
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
    List<Name> own = directives.directed(text).orElse(List.of());
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
  Optional<Mention> headingLead(Entry heading) {
    return mentions.find(heading.text().text).stream()
        .filter(m -> !PROPOSER.matcher(heading.folded().substring(0, m.start())).find()).findFirst();
  }

  List<String> coordinators(Piece text, String field, String lead, List<String> leads, boolean directs,
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
}
