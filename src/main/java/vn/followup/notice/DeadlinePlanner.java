package vn.followup.notice;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.followup.deadline.Deadline;
import vn.followup.deadline.DeadlineKind;
import vn.followup.deadline.DeadlineReader;
import vn.followup.deadline.DeadlineReading;
import vn.followup.deadline.DeadlineType;
import vn.followup.notice.NoticeDocument.DeadlineEntry;
import vn.followup.notice.NoticeDocument.Item;
import vn.followup.notice.NoticeProcess.Fields;
import vn.followup.notice.ValidatedNotice.PlannedItem;
import vn.followup.notice.ValidatedNotice.PlannedReport;

/**
 * Plans a notice's deadlines from its phrases as printed: each item's response and completion
 * deadline (or its urgency, or a standing duty), each periodic report's deadlines, and the deadline
 * of an item that answers by a report's section. A phrase that cannot be read is a field error of
 * the notice, collected with {@link NoticeValidator}'s others.
 */
final class DeadlinePlanner {

  private final DeadlineReader reader;

  DeadlinePlanner(DeadlineReader reader) {
    this.reader = reader;
  }


  /** An item's deadlines; a day, month or quarter printed without its year is of the notice's year. */
  PlannedItem planItem(Item item, String noticeId, Integer year, String at, NoticeErrors errors) {
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
      if (!errors.printable(entry.phrase(), field + ".phrase", "Thời hạn")) {
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

  /** A report's deadlines from its phrase ("báo cáo 6 tháng, 01 năm … trong năm 2022"), one per period it names. */
  List<PlannedReport> planReport(NoticeDocument.Report report, List<String> covered, String at, NoticeErrors errors) {
    if (isBlank(report.phrase())) {
      errors.add(at + ".phrase", "Thiếu kỳ báo cáo (ví dụ: báo cáo 6 tháng, 01 năm trong năm 2022).");
      return List.of();
    }
    if (report.phrase().length() > Fields.REPORT_PHRASE.maxLength()) {
      errors.add(at + ".phrase", "Kỳ báo cáo dài tối đa " + Fields.REPORT_PHRASE.maxLength() + " ký tự (hiện có "
          + report.phrase().length() + ").");
      return List.of();
    }
    if (!errors.printable(report.phrase(), at + ".phrase", "Kỳ báo cáo")) {
      return List.of();
    }
    DeadlineReading reading = reader.read(report.phrase());
    List<Deadline> dated = reading.deadlines().stream().filter(d -> d.kind() == DeadlineKind.DATED).toList();
    if (!reading.isRead() || dated.isEmpty()) {
      errors.add(at + ".phrase", "Không đọc được kỳ báo cáo \"" + report.phrase() + "\""
          + (reading.refusal() == null ? "." : ": " + reading.refusal()));
      return List.of();
    }
    return dated.stream().map(deadline -> new PlannedReport(report.phrase(), report.agency(), covered, deadline)).toList();
  }


  /**
   * An item without a response deadline of its own that a periodic report covers answers by the
   * report's section, not by a response of its own; its deadline is its completion deadline, else
   * the last report that covers it.
   */
  static List<PlannedItem> withReportDeadlines(List<PlannedItem> items, List<PlannedReport> reports) {
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

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
