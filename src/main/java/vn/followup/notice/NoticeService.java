package vn.followup.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.deadline.DeadlineTexts;
import vn.followup.engine.EngineClock;
import vn.followup.item.ItemGateway;
import vn.followup.item.ItemStart;

/**
 * Registration and dispatch of notices. Called by the steps of {@code Process_Notice}, inside the
 * engine's transaction: a notice and all of its items are stored and started together, or, on any
 * error, not at all.
 */
@Service
public class NoticeService {

  private final NoticeValidator validator;
  private final NoticeRepository repository;
  private final ItemGateway items;
  private final DeadlineSchedule schedule;

  NoticeService(NoticeValidator validator, NoticeRepository repository, ItemGateway items, DeadlineSchedule schedule) {
    this.validator = validator;
    this.repository = repository;
    this.items = items;
    this.schedule = schedule;
  }

  /** Validates and stores the notice; throws with every field error, or when it is already registered. */
  ValidatedNotice register(NoticeDocument document, String registeredBy) {
    ValidatedNotice notice = validator.validate(document, today());
    if (repository.exists(notice.id())) {
      throw new DuplicateNoticeException("Thông báo mã '" + notice.id() + "' đã được đăng ký; không đăng ký lần thứ hai.");
    }
    repository.insert(notice, registeredBy);
    return notice;
  }

  /** Starts one follow-up per item of a registered notice. */
  void dispatch(String noticeId) {
    NoticeRepository.StoredNotice stored = repository.find(noticeId).orElseThrow(() -> new NoticeNotFoundException(noticeId));
    ValidatedNotice notice = validator.validate(stored.document(), today());
    for (ValidatedNotice.PlannedItem item : notice.items()) {
      items.start(ItemStart.item(item.businessKey())
          .notice(noticeId, notice.label(), !notice.draft())
          .text(item.item().number(), item.item().text(), item.item().kind() == NoticeDocument.ItemKind.RECOMMENDATION)
          .agencies(item.item().lead(), item.item().coordinators())
          .response(item.response(), item.responseSource())
          .completion(item.completion())
          .urgent(item.urgent())
          .ongoing(item.ongoing())
          .proposer(item.item().proposer())
          .answeredByReport(item.answeredByReport())
          .build());
    }
  }

  /**
   * Gives a draft its number and date and releases its waiting items.
   *
   * @param number the number as the numbering form's field checked it ({@code NoticeProcess.Fields})
   * @param date   the date of issue, checked likewise (given, not after today)
   */
  String assignNumber(String noticeId, String number, LocalDate date) {
    NoticeRepository.StoredNotice stored = repository.find(noticeId).orElseThrow(() -> new NoticeNotFoundException(noticeId));
    if (!repository.assignNumber(noticeId, number.trim(), date)) {
      throw new DuplicateNoticeException("Thông báo '" + noticeId + "' đã có số, không cấp lại.");
    }
    String label = NoticeLabels.label(number.trim(), stored.symbol(), date);
    items.noticeNumbered(noticeId, label);
    return label;
  }

  /** The report schedule, for the notice process's multi-instance reports (one {@link NoticeProcess.ScheduledReport} each). */
  List<Map<String, Object>> reportSchedule(ValidatedNotice notice) {
    List<Map<String, Object>> reports = new ArrayList<>();
    Instant now = EngineClock.now();
    for (ValidatedNotice.PlannedReport report : notice.reports()) {
      Instant taskAt = schedule.reportTaskAt(report.deadline().lastDay());
      reports.add(Map.of(
          "phrase", report.phrase(),
          "agency", report.agency(),
          "items", report.items(),
          "answers", answeringByReport(notice, report),
          "lastFor", lastFor(notice, report),
          "kind", report.deadline().rule(),
          "label", ("REPORT_6_MONTHS".equals(report.deadline().rule()) ? "Báo cáo 6 tháng" : "Báo cáo năm")
              + " — " + DeadlineTexts.endOf(report.deadline().lastDay()),
          "dueAt", report.deadline().dueAt().toString(),
          "taskAt", (taskAt.isBefore(now) ? now : taskAt).toString()));
    }
    return reports;
  }

  /** The covered items that answer by report sections (no response deadline of their own). */
  private static List<String> answeringByReport(ValidatedNotice notice, ValidatedNotice.PlannedReport report) {
    return report.items().stream()
        .filter(number -> notice.items().stream()
            .anyMatch(item -> item.answeredByReport() && number.equals(item.item().number())))
        .toList();
  }

  /**
   * The covered items that answer by report sections and that no later report covers: this
   * report's accepted section is their answer whatever state it gives them.
   */
  private static List<String> lastFor(ValidatedNotice notice, ValidatedNotice.PlannedReport report) {
    return answeringByReport(notice, report).stream()
        .filter(number -> notice.reports().stream()
            .filter(other -> other.items().contains(number))
            .noneMatch(other -> other.deadline().dueAt().isAfter(report.deadline().dueAt())))
        .toList();
  }

  private static LocalDate today() {
    return EngineClock.now().atZone(DeadlineSchedule.VIETNAM).toLocalDate();
  }
}
