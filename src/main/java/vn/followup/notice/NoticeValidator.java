package vn.followup.notice;

import vn.followup.engine.InputRule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.followup.deadline.DeadlineReader;
import vn.followup.notice.NoticeDocument.Item;
import vn.followup.notice.NoticeProcess.Fields;
import vn.followup.notice.ValidatedNotice.PlannedItem;
import vn.followup.notice.ValidatedNotice.PlannedReport;
import vn.followup.organisation.AgencyRegistry;

/**
 * Checks a notice document completely before anything is stored; its deadlines are read and
 * planned by {@link DeadlinePlanner}, whose refusals join the others. Every
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
  private final DeadlinePlanner planner;

  NoticeValidator(AgencyRegistry agencies, DeadlineReader reader) {
    this.agencies = agencies;
    this.planner = new DeadlinePlanner(reader);
  }

  ValidatedNotice validate(NoticeDocument document, LocalDate today) {
    NoticeErrors errors = new NoticeErrors();
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
    return new ValidatedNotice(document, id, draft, DeadlinePlanner.withReportDeadlines(items, reports), reports);
  }

  private String checkHeader(NoticeDocument document, boolean draft, LocalDate today, NoticeErrors errors) {
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

  private List<PlannedItem> checkItems(NoticeDocument document, String noticeId, NoticeErrors errors) {
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
      planned.add(planner.planItem(item, noticeId, document.date() == null ? null : document.date().getYear(), at, errors));
    }
    return planned;
  }

  private List<PlannedReport> checkReports(NoticeDocument document, List<PlannedItem> items, NoticeErrors errors) {
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
      planner.planReport(report, covered, at, errors).forEach(planned::add);
    }
    return planned;
  }

  private boolean agency(String id, String field, String what, NoticeErrors errors) {
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

  private static void required(String value, String field, InputRule rule, NoticeErrors errors) {
    String what = rule.label();
    int max = rule.maxLength();
    if (isBlank(value)) {
      errors.add(field, what + " là bắt buộc.");
    } else if (value.length() > max) {
      errors.add(field, what + " dài tối đa " + max + " ký tự (hiện có " + value.length() + ").");
    } else {
      errors.printable(value, field, what);
    }
  }

  private static void optional(String value, String field, int max, NoticeErrors errors) {
    if (value != null && value.length() > max) {
      errors.add(field, "Dài tối đa " + max + " ký tự (hiện có " + value.length() + ").");
    } else if (value != null) {
      errors.printable(value, field, "Nội dung");
    }
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
}
