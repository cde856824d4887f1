package vn.followup.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.item.ClosureOutcome;
import vn.followup.item.ExtensionDecision;
import vn.followup.item.ImplementationState;
import vn.followup.item.ItemCard;
import vn.followup.item.ItemProcess;
import vn.followup.item.ItemProcess.Elements;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.item.ReviewDecision;
import vn.followup.deadline.DeadlineType;

/**
 * Reads an item's lifecycle stage and timeliness from what its history says at a cut-off. Plain
 * rules, so that every category can be checked without an engine.
 *
 * <p>Which deadline governs: the response deadline until the written response is accepted (or the
 * completion deadline when the notice set no response deadline); after an accepted response that
 * reports the work still in progress, the completion deadline (none: counted without a deadline,
 * followed by quarterly reports until done). An item is done when its response
 * is accepted and nothing remains to implement, or when its final report is accepted. Its
 * timeliness compares the date of the response document, or the reported completion date, with the
 * last day of the governing deadline: official practice counts the date of the document, not the
 * day it was entered. Ongoing items ("thường xuyên") are counted apart even when they report by a
 * date, as are items without any deadline.
 */
@Component
class ItemStatusRules {

  private final DeadlineSchedule schedule;
  private final DueSoon dueSoon;

  ItemStatusRules(DeadlineSchedule schedule) {
    this(schedule, DueSoon.DEFAULT);
  }

  @Autowired
  ItemStatusRules(DeadlineSchedule schedule, DueSoon dueSoon) {
    this.schedule = schedule;
    this.dueSoon = dueSoon;
  }

  ItemStatus assess(ItemHistory item, LocalDate asOf) {
    boolean responseAccepted = is(item, Vars.REVIEW_DECISION, ReviewDecision.ACCEPT);
    boolean finalAccepted = is(item, Vars.FINAL_REVIEW_DECISION, ReviewDecision.ACCEPT);
    Instant responseDue = instant(item.variable(Vars.RESPONSE_DUE_AT));
    Instant completionDue = instant(item.variable(Vars.COMPLETION_DUE_AT));
    boolean implementing = responseAccepted && is(item, Vars.IMPLEMENTATION_STATE, ImplementationState.IN_PROGRESS);
    boolean completionGoverns = implementing || responseDue == null;
    Instant due = completionGoverns ? completionDue : responseDue;
    Instant original = instant(item.variable(completionGoverns ? Vars.ORIGINAL_COMPLETION_DUE_AT
        : Vars.ORIGINAL_RESPONSE_DUE_AT));
    LocalDate dueDate = due == null ? null : schedule.lastDayOf(due);
    LocalDate originalDate = original == null ? dueDate : schedule.lastDayOf(original);
    // Extended: the agency asked and the deadline moved by an approved extension. A deadline the
    // Standing Board changed by its own decision is the deadline, not an extension.
    boolean extended = dueDate != null && !dueDate.equals(originalDate)
        && Boolean.TRUE.equals(item.variable(Vars.EXTENDED));
    boolean done = finalAccepted || (responseAccepted && !implementing);
    LocalDate doneDate = finalAccepted ? date(item.variable(Vars.COMPLETION_DATE))
        : done ? date(item.variable(Vars.RESPONSE_DATE)) : null;
    Lifecycle lifecycle = lifecycle(item);
    Timeliness timeliness = timeliness(item, lifecycle, dueDate, extended, done, doneDate, asOf);
    Integer daysOverdue = timeliness == Timeliness.OPEN_OVERDUE
        ? (int) ChronoUnit.DAYS.between(dueDate, asOf) : null;
    ItemCard card = ItemProcess.Values.ITEM.from(item.variables());
    return new ItemStatus(item.businessKey(), text(item, Vars.NOTICE_ID), card == null ? null : card.noticeLabel(),
        text(item, Vars.ITEM_NUMBER), card == null ? null : card.itemText(), text(item, Vars.LEAD_AGENCY),
        card == null ? null : card.leadAgencyName(), lifecycle, lifecycle.label(), timeliness, timeliness.label(),
        dueDate == null ? null : (completionGoverns ? DeadlineType.COMPLETION : DeadlineType.RESPONSE).reportLabel(),
        dueDate, originalDate, extended, daysOverdue, doneDate, document(item),
        date(item.variable(Vars.RESPONSE_DATE)), outcome(text(item, Vars.CLOSURE_OUTCOME)),
        timeliness == Timeliness.OPEN_OVERDUE ? reason(item, lifecycle) : null,
        extended ? text(item, Vars.EXTENSION_REASON) : null,
        extended ? text(item, Vars.EXTENSION_DECIDED_BY) : null,
        Boolean.TRUE.equals(item.variable(Vars.URGENT)), text(item, Vars.COORDINATION_LATE),
        dueSoon.test(timeliness, dueDate, asOf));
  }

  private static Timeliness timeliness(ItemHistory item, Lifecycle lifecycle, LocalDate dueDate, boolean extended,
      boolean done, LocalDate doneDate, LocalDate asOf) {
    if (lifecycle == Lifecycle.STOPPED) {
      return Timeliness.STOPPED;
    }
    if (dueDate == null || Boolean.TRUE.equals(item.variable(Vars.ONGOING))) {
      return Timeliness.NO_DEADLINE;
    }
    if (done) {
      LocalDate counted = doneDate != null ? doneDate : asOf;
      return counted.isAfter(dueDate) ? Timeliness.DONE_LATE : Timeliness.DONE_ON_TIME;
    }
    if (dueDate.isBefore(asOf)) {
      return Timeliness.OPEN_OVERDUE;
    }
    return extended ? Timeliness.OPEN_EXTENDED : Timeliness.OPEN_IN_TERM;
  }

  static Lifecycle lifecycle(ItemHistory item) {
    if (item.cancelled() || is(item, Vars.CLOSURE_OUTCOME, ClosureOutcome.STOPPED)) {
      return Lifecycle.STOPPED;
    }
    if (item.ended() != null) {
      return Lifecycle.CLOSED;
    }
    Set<String> active = item.activeActivities();
    if (active.contains(Elements.TASK_CLOSE)) {
      return Lifecycle.AWAITING_CLOSURE;
    }
    if (active.contains(Elements.TASK_REVIEW_RESPONSE) || active.contains(Elements.TASK_REVIEW_FINAL_REPORT)) {
      return Lifecycle.AWAITING_REVIEW;
    }
    if (active.contains(Elements.TASK_REPORT_PROGRESS) || active.contains(Elements.TIMER_QUARTER_END)
        || active.contains(Elements.TASK_DECIDE_COMPLETION_EXTENSION)) {
      return Lifecycle.IMPLEMENTING;
    }
    if (active.contains(Elements.TASK_RECEIVE) || active.contains(Elements.TASK_RECEIVE_REPORTED_ITEM)) {
      return Lifecycle.ASSIGNED;
    }
    if (active.contains(Elements.EVENT_NOTICE_NUMBERED)) {
      return Lifecycle.WAITING_NUMBER;
    }
    return Lifecycle.IN_PROGRESS;
  }

  private static String reason(ItemHistory item, Lifecycle lifecycle) {
    String stated = text(item, Vars.IMPLEMENTATION_REASON);
    if (stated != null && !stated.isBlank()) {
      return stated;
    }
    if (is(item, Vars.EXTENSION_DECISION, ExtensionDecision.REFUSE)) {
      return "Đề nghị gia hạn không được chấp nhận: " + text(item, Vars.EXTENSION_DECISION_REASON);
    }
    if (is(item, Vars.REVIEW_DECISION, ReviewDecision.RETURN) && lifecycle == Lifecycle.IN_PROGRESS) {
      return "Văn bản trả lời bị trả lại để hoàn thiện: " + text(item, Vars.REVIEW_REASON);
    }
    if (Boolean.TRUE.equals(item.variable(Vars.ANSWERED_BY_REPORT)) && lifecycle == Lifecycle.IN_PROGRESS) {
      return "Mục báo cáo định kỳ chưa được Văn phòng chấp nhận";
    }
    return switch (lifecycle) {
      case WAITING_NUMBER -> "Thông báo chưa được cấp số";
      case ASSIGNED -> "Cơ quan chủ trì chưa tiếp nhận";
      case AWAITING_REVIEW -> "Văn bản đang chờ Văn phòng thẩm định";
      case IMPLEMENTING -> "Chưa có báo cáo hoàn thành";
      default -> "Chưa có văn bản trả lời";
    };
  }

  private static String outcome(String code) {
    return code == null ? null : ClosureOutcome.parse(code).map(ClosureOutcome::label).orElse(code);
  }

  /** The item's variable holds the code of {@code choice}. */
  private static boolean is(ItemHistory item, String name, Enum<?> choice) {
    return choice.name().equals(item.variable(name));
  }

  private static String document(ItemHistory item) {
    String number = text(item, Vars.RESPONSE_NUMBER);
    if (number == null || number.isBlank()) {
      return null;
    }
    String symbol = text(item, Vars.RESPONSE_SYMBOL);
    return symbol == null || symbol.isBlank() ? number : number + "/" + symbol;
  }

  private static String text(ItemHistory item, String name) {
    Object value = item.variable(name);
    return value == null ? null : value.toString();
  }

  private static Instant instant(Object value) {
    return value instanceof Date date ? date.toInstant() : null;
  }

  static LocalDate date(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(DeadlineSchedule.VIETNAM).toLocalDate();
    }
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    String text = value.toString().trim();
    return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }
}
