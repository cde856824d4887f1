package vn.followup.notice;

import vn.followup.engine.FormInput;
import vn.followup.engine.InputRule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.springframework.stereotype.Component;
import vn.followup.deadline.Deadline;
import vn.followup.deadline.DeadlineKind;
import vn.followup.deadline.DeadlineReader;
import vn.followup.deadline.DeadlineReading;
import vn.followup.notice.NoticeDocument.DeadlineEntry;
import vn.followup.deadline.DeadlineType;
import vn.followup.notice.NoticeDocument.Item;
import vn.followup.notice.NoticeProcess.Fields;
import vn.followup.notice.ValidatedNotice.PlannedItem;
import vn.followup.notice.ValidatedNotice.PlannedReport;
import vn.followup.organisation.AgencyRegistry;

/**
 * Checks a notice document completely before anything is stored, and reads its deadlines. Every
 * problem is reported with the field it concerns, so a clerk can correct the whole document at
 * once; a document with any problem registers nothing. The limits follow the database: an
 * engine string variable holds at most 4,000 characters. Text with control characters (other
 * than tab and line breaks) is refused: it comes from a broken copy, and PostgreSQL cannot store
 * a NUL byte at all.
 */
@Component
class NoticeValidator {

  static final int MAX_ITEMS = 200;

  private final AgencyRegistry agencies;
  private final DeadlineReader reader;

  NoticeValidator(AgencyRegistry agencies, DeadlineReader reader) {
    this.agencies = agencies;
    this.reader = reader;
  }

  ValidatedNotice validate(NoticeDocument document, LocalDate today) {
    Errors errors = new Errors();
    if (document == null) {
      errors.add("", "Thiếu nội dung thông báo.");
      throw errors.exception();
    }
    boolean draft = isBlank(document.number());
    String id = checkHeader(document, draft, today, errors);
    List<PlannedItem> items = checkItems(document, id, errors);
    List<PlannedReport> reports = checkReports(document, items, errors);
    if (!errors.isEmpty()) {
      throw errors.exception();
    }
    return new ValidatedNotice(document, id, draft, withReportDeadlines(items, reports), reports);
  }

  private String checkHeader(NoticeDocument document, boolean draft, LocalDate today, Errors errors) {
    String id = document.id();
    if (isBlank(id)) {
      if (draft) {
        errors.add("id", "Thông báo dự thảo (chưa có số) cần có mã định danh (id) để theo dõi.");
      } else {
        id = derivedId(document);
      }
    } else if (id.length() > Fields.NOTICE_ID_INPUT.maxLength() || !Fields.NOTICE_ID_INPUT.pattern().matcher(id).matches()) {
      errors.add("id", "Mã định danh chỉ gồm chữ không dấu, chữ số và các dấu '.', '_' , '-' (tối đa "
          + Fields.NOTICE_ID_INPUT.maxLength() + " ký tự).");
    }
    if (!draft && (document.number().length() > Fields.REGISTERED_NUMBER.maxLength()
        || !Fields.REGISTERED_NUMBER.pattern().matcher(document.number()).matches())) {
      errors.add("number", Fields.REGISTERED_NUMBER.label() + " phải là chữ số (ví dụ: "
          + Fields.REGISTERED_NUMBER.example() + "), không kèm ký hiệu.");
    }
    required(document.symbol(), "symbol", Fields.SYMBOL, errors);
    if (!draft && document.date() == null) {
      errors.add("date", "Thông báo đã có số phải có " + Fields.ISSUE_DATE.label().toLowerCase(Locale.ROOT) + ".");
    }
    if (document.date() != null && document.date().isAfter(today)) {
      errors.add("date", Fields.ISSUE_DATE.label() + " không được sau ngày hôm nay.");
    }
    agency(document.issuer(), "issuer", Fields.ISSUER.label(), errors);
    required(document.summary(), "summary", Fields.SUMMARY, errors);
    optional(document.place(), "place", Fields.PLACE.maxLength(), errors);
    if (document.signer() != null) {
      optional(document.signer().name(), "signer.name", Fields.SIGNER_NAME.maxLength(), errors);
      optional(document.signer().position(), "signer.position", Fields.SIGNER_POSITION.maxLength(), errors);
      optional(document.signer().onBehalfOf(), "signer.onBehalfOf", 255, errors);
    }
    if (document.remarks() != null) {
      for (int i = 0; i < document.remarks().size(); i++) {
        optional(document.remarks().get(i), "remarks[" + i + "]", 1000, errors);
      }
    }
    return id;
  }

  private List<PlannedItem> checkItems(NoticeDocument document, String noticeId, Errors errors) {
    List<Item> items = document.items() == null ? List.of() : document.items();
    if (items.isEmpty()) {
      errors.add("items", "Thông báo phải có ít nhất một nội dung cần theo dõi.");
    }
    if (items.size() > MAX_ITEMS) {
      errors.add("items", "Một thông báo có tối đa " + MAX_ITEMS + " nội dung.");
      return List.of();
    }
    Map<String, Integer> seen = new HashMap<>();
    List<PlannedItem> planned = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      String at = "items[" + i + "]";
      if (item == null) {
        errors.add(at, "Nội dung trống.");
        continue;
      }
      if (isBlank(item.number()) || !Fields.ITEM_NUMBER.pattern().matcher(item.number()).matches()) {
        errors.add(at + ".number", Fields.ITEM_NUMBER.label() + " phải có dạng 1.1, 1.7.3 hoặc 2.1.5.");
      } else if (seen.putIfAbsent(item.number(), i) != null) {
        errors.add(at + ".number", "Số thứ tự " + item.number() + " trùng với nội dung thứ " + (seen.get(item.number()) + 1) + ".");
      }
      required(item.text(), at + ".text", Fields.ITEM_TEXT, errors);
      if (item.kind() == null) {
        errors.add(at + ".kind", "Chưa chọn loại: nhiệm vụ (TASK) hay kiến nghị, đề xuất (RECOMMENDATION).");
      }
      agency(item.lead(), at + ".lead", Fields.ITEM_LEAD.label(), errors);
      List<String> coordinators = item.coordinators() == null ? List.of() : item.coordinators();
      Set<String> distinct = new HashSet<>();
      for (int c = 0; c < coordinators.size(); c++) {
        String coordinator = coordinators.get(c);
        String field = at + ".coordinators[" + c + "]";
        if (agency(coordinator, field, Fields.ITEM_COORDINATORS.label(), errors)) {
          if (coordinator.equals(item.lead())) {
            errors.add(field, "Cơ quan chủ trì không đồng thời là cơ quan phối hợp.");
          } else if (!distinct.add(coordinator)) {
            errors.add(field, "Cơ quan phối hợp '" + coordinator + "' được ghi hai lần.");
          }
        }
      }
      if (!isBlank(item.proposer())) {
        if (item.kind() != NoticeDocument.ItemKind.RECOMMENDATION) {
          errors.add(at + ".proposer", "Chỉ kiến nghị, đề xuất mới có cơ quan đề xuất.");
        } else if (agency(item.proposer(), at + ".proposer", Fields.ITEM_PROPOSER.label(), errors)
            && item.proposer().equals(item.lead())) {
          errors.add(at + ".proposer", "Cơ quan đề xuất không đồng thời là cơ quan chủ trì trả lời.");
        }
      }
      planned.add(planItem(item, noticeId, document.date() == null ? null : document.date().getYear(), at, errors));
    }
    return planned;
  }

  /** An item's deadlines; a day, month or quarter printed without its year is of the notice's year. */
  private PlannedItem planItem(Item item, String noticeId, Integer year, String at, Errors errors) {
    Optional<Deadline> response = Optional.empty();
    Optional<Deadline> completion = Optional.empty();
    boolean urgent = false;
    boolean ongoing = false;
    List<DeadlineEntry> entries = item.deadlines() == null ? List.of() : item.deadlines();
    for (int d = 0; d < entries.size(); d++) {
      DeadlineEntry entry = entries.get(d);
      String field = at + ".deadlines[" + d + "]";
      if (entry == null || entry.type() == null) {
        errors.add(field + ".type", "Chưa chọn loại thời hạn: trả lời (RESPONSE) hay hoàn thành (COMPLETION).");
        continue;
      }
      int maxPhrase = (entry.type() == DeadlineType.RESPONSE ? Fields.RESPONSE_DEADLINE : Fields.COMPLETION_DEADLINE)
          .maxLength();
      if (isBlank(entry.phrase()) || entry.phrase().length() > maxPhrase) {
        errors.add(field + ".phrase", "Thời hạn phải ghi như trong thông báo (tối đa " + maxPhrase + " ký tự).");
        continue;
      }
      if (!printable(entry.phrase(), field + ".phrase", "Thời hạn", errors)) {
        continue;
      }
      DeadlineReading reading = reader.read(entry.phrase(), year);
      if (!reading.isRead()) {
        errors.add(field + ".phrase", "Không đọc được thời hạn \"" + entry.phrase() + "\": " + reading.refusal());
        continue;
      }
      for (Deadline deadline : reading.deadlines()) {
        if (deadline.kind() == DeadlineKind.URGENT) {
          urgent = true;
        } else if (deadline.kind() == DeadlineKind.ONGOING) {
          ongoing = true;
        } else if (entry.type() == DeadlineType.RESPONSE) {
          if (response.isPresent()) {
            errors.add(field, "Một nội dung chỉ có một " + DeadlineType.RESPONSE.inSentence() + ".");
          }
          response = Optional.of(deadline);
        } else {
          if (completion.isPresent()) {
            errors.add(field, "Một nội dung chỉ có một " + DeadlineType.COMPLETION.inSentence() + ".");
          }
          completion = Optional.of(deadline);
        }
      }
    }
    String source = response.isPresent() ? DeadlineType.RESPONSE.label() + " ghi trong thông báo"
        : completion.isPresent() ? "Theo " + DeadlineType.COMPLETION.inSentence() + " ghi trong thông báo" : "";
    Optional<Deadline> effectiveResponse = response.isPresent() ? response : completion;
    return new PlannedItem(item, noticeId + "/" + item.number(), effectiveResponse, source, completion,
        urgent, ongoing);
  }

  private List<PlannedReport> checkReports(NoticeDocument document, List<PlannedItem> items, Errors errors) {
    List<NoticeDocument.Report> reports = document.reports() == null ? List.of() : document.reports();
    Set<String> numbers = new HashSet<>();
    items.forEach(item -> numbers.add(item.item().number()));
    List<PlannedReport> planned = new ArrayList<>();
    for (int r = 0; r < reports.size(); r++) {
      NoticeDocument.Report report = reports.get(r);
      String at = "reports[" + r + "]";
      if (report == null) {
        errors.add(at, "Báo cáo trống.");
        continue;
      }
      agency(report.agency(), at + ".agency", Fields.REPORT_AGENCY.label(), errors);
      List<String> covered = report.items() == null ? List.of() : report.items();
      for (int i = 0; i < covered.size(); i++) {
        if (!numbers.contains(covered.get(i))) {
          errors.add(at + ".items[" + i + "]", "Không có nội dung số " + covered.get(i) + " trong thông báo.");
        }
      }
      if (isBlank(report.phrase())) {
        errors.add(at + ".phrase", "Thiếu kỳ báo cáo (ví dụ: báo cáo 6 tháng, 01 năm trong năm 2022).");
        continue;
      }
      if (report.phrase().length() > Fields.REPORT_PHRASE.maxLength()) {
        errors.add(at + ".phrase", "Kỳ báo cáo dài tối đa " + Fields.REPORT_PHRASE.maxLength() + " ký tự (hiện có "
            + report.phrase().length() + ").");
        continue;
      }
      if (!printable(report.phrase(), at + ".phrase", "Kỳ báo cáo", errors)) {
        continue;
      }
      DeadlineReading reading = reader.read(report.phrase());
      List<Deadline> dated = reading.deadlines().stream().filter(d -> d.kind() == DeadlineKind.DATED).toList();
      if (!reading.isRead() || dated.isEmpty()) {
        errors.add(at + ".phrase", "Không đọc được kỳ báo cáo \"" + report.phrase() + "\""
            + (reading.refusal() == null ? "." : ": " + reading.refusal()));
        continue;
      }
      dated.forEach(deadline -> planned.add(new PlannedReport(report.phrase(), report.agency(), covered, deadline)));
    }
    return planned;
  }

  /**
   * An item without a response deadline of its own that a periodic report covers answers by the
   * report's section, not by a response of its own; its deadline is its completion deadline, else
   * the last report that covers it.
   */
  private List<PlannedItem> withReportDeadlines(List<PlannedItem> items, List<PlannedReport> reports) {
    return items.stream().map(item -> {
      if (hasOwnResponseDeadline(item.item())) {
        return item;
      }
      return reports.stream()
          .filter(report -> report.items().contains(item.item().number()))
          .max(Comparator.comparing(report -> report.deadline().dueAt()))
          .map(report -> item.response().isPresent()
              ? new PlannedItem(item.item(), item.businessKey(), item.response(), item.responseSource(),
                  item.completion(), item.urgent(), item.ongoing(), true)
              : new PlannedItem(item.item(), item.businessKey(), Optional.of(report.deadline()),
                  "Theo kỳ báo cáo: " + report.phrase(), item.completion(), item.urgent(), item.ongoing(), true))
          .orElse(item);
    }).toList();
  }

  private static boolean hasOwnResponseDeadline(NoticeDocument.Item item) {
    return item.deadlines() != null && item.deadlines().stream()
        .anyMatch(d -> d != null && d.type() == DeadlineType.RESPONSE);
  }

  private boolean agency(String id, String field, String what, Errors errors) {
    if (isBlank(id)) {
      errors.add(field, what + " là bắt buộc.");
      return false;
    }
    if (!agencies.contains(id)) {
      errors.add(field, what + " '" + id + "' không có trong danh mục cơ quan.");
      return false;
    }
    return true;
  }

  private static void required(String value, String field, InputRule rule, Errors errors) {
    String what = rule.label();
    int max = rule.maxLength();
    if (isBlank(value)) {
      errors.add(field, what + " là bắt buộc.");
    } else if (value.length() > max) {
      errors.add(field, what + " dài tối đa " + max + " ký tự (hiện có " + value.length() + ").");
    } else {
      printable(value, field, what, errors);
    }
  }

  private static void optional(String value, String field, int max, Errors errors) {
    if (value != null && value.length() > max) {
      errors.add(field, "Dài tối đa " + max + " ký tự (hiện có " + value.length() + ").");
    } else if (value != null) {
      printable(value, field, "Nội dung", errors);
    }
  }

  /** Control characters (other than tab and line breaks) come from a broken copy, never from the document. */
  private static boolean printable(String value, String field, String what, Errors errors) {
    Matcher control = FormInput.CONTROL.matcher(value);
    if (control.find()) {
      errors.add(field, what + " chứa ký tự điều khiển không hợp lệ (mã " + String.format("U+%04X",
          (int) control.group().charAt(0)) + " ở vị trí " + (control.start() + 1) + ").");
      return false;
    }
    return true;
  }

  /** The id a notice is kept under: its own, or one derived from number, symbol and year. */
  static String idOf(NoticeDocument document) {
    if (document.id() != null && !document.id().isBlank()) {
      return document.id();
    }
    return document.number() == null || document.number().isBlank() ? "" : derivedId(document);
  }

  static String derivedId(NoticeDocument document) {
    String symbol = document.symbol() == null ? ""
        : document.symbol().replace('Đ', 'D').replace('đ', 'd').replaceAll("[^A-Za-z0-9]+", "-");
    String year = document.date() == null ? "" : "-" + document.date().getYear();
    return (document.number() + "-" + symbol + year).replaceAll("-+", "-").replaceAll("^-|-$", "");
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  /** Collects field errors in document order. */
  private static final class Errors {
    private final List<FieldError> list = new ArrayList<>();

    void add(String field, String message) {
      list.add(new FieldError(field, message));
    }

    boolean isEmpty() {
      return list.isEmpty();
    }

    NoticeValidationException exception() {
      return new NoticeValidationException(list);
    }
  }
}
