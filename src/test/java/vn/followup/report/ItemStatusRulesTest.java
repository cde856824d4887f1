package vn.followup.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.deadline.DeadlineSettings;
import vn.followup.deadline.WorkingCalendar;
import vn.followup.item.ItemProcess.Elements;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.support.FastTest;

/** The timeliness and lifecycle rules of the status report, on histories built by hand. */
@FastTest
class ItemStatusRulesTest {

  static final LocalDate AS_OF = LocalDate.of(2022, 1, 10);

  private final ItemStatusRules rules = new ItemStatusRules(new DeadlineSchedule(WorkingCalendar.fromCsv(List.of(
      new InputStreamReader(Objects.requireNonNull(getClass().getClassLoader()
          .getResourceAsStream("calendar/vn-days-off.csv")), StandardCharsets.UTF_8))),
      DeadlineSettings.defaults()));

  @ParameterizedTest(name = "response due {0}, document {1}, accepted {2} → {3}")
  @CsvSource({
      "2022-01-11, ,           false, OPEN_IN_TERM, ",
      "2022-01-10, ,           false, OPEN_IN_TERM, ",
      "2022-01-09, ,           false, OPEN_OVERDUE, 1",
      "2021-12-30, ,           false, OPEN_OVERDUE, 11",
      "2021-12-30, 2021-12-30, false, OPEN_OVERDUE, 11",
      "2021-12-30, 2021-12-30, true,  DONE_ON_TIME, ",
      "2021-12-30, 2021-12-31, true,  DONE_LATE, ",
      "2022-01-31, 2022-01-05, true,  DONE_ON_TIME, "})
  void judgesAResponseByTheDateOfItsDocumentAgainstTheLastDay(LocalDate due, LocalDate document, boolean accepted,
      Timeliness expected, Integer daysOverdue) {
    History item = new History().due(Vars.RESPONSE_DUE_AT, due).due(Vars.ORIGINAL_RESPONSE_DUE_AT, due);
    if (document != null) {
      item.set(Vars.RESPONSE_NUMBER, "45").set(Vars.RESPONSE_SYMBOL, "UBND-VP").set(Vars.RESPONSE_DATE, document.toString())
          .set(Vars.IMPLEMENTATION_STATE, "DONE");
    }
    if (accepted) {
      item.set(Vars.REVIEW_DECISION, "ACCEPT");
    }

    ItemStatus status = rules.assess(item.build(), AS_OF);

    assertThat(status.timeliness()).isEqualTo(expected);
    assertThat(status.daysOverdue()).isEqualTo(daysOverdue);
    assertThat(status.dueDate()).isEqualTo(due);
    assertThat(status.deadlineKind()).isEqualTo("Trả lời");
    assertThat(status.responseDocument()).isEqualTo(document == null ? null : "45/UBND-VP");
    assertThat(status.doneDate()).isEqualTo(accepted ? document : null);
  }

  @Test
  void keepsTheOriginalDateOfAnExtendedDeadline() {
    History item = new History().due(Vars.RESPONSE_DUE_AT, LocalDate.of(2022, 1, 31))
        .due(Vars.ORIGINAL_RESPONSE_DUE_AT, LocalDate.of(2021, 12, 30))
        .set(Vars.EXTENSION_REASON, "Chờ ý kiến của tỉnh.").set(Vars.EXTENSION_DECIDED_BY, "chuyenvien-vptu")
        .set(Vars.EXTENDED, true);

    ItemStatus open = rules.assess(item.build(), AS_OF);
    ItemStatus late = rules.assess(item.build(), LocalDate.of(2022, 2, 3));

    assertThat(open.timeliness()).isEqualTo(Timeliness.OPEN_EXTENDED);
    assertThat(open.extended()).isTrue();
    assertThat(open.originalDueDate()).isEqualTo(LocalDate.of(2021, 12, 30));
    assertThat(open.dueDate()).isEqualTo(LocalDate.of(2022, 1, 31));
    assertThat(open.extensionReason()).isEqualTo("Chờ ý kiến của tỉnh.");
    assertThat(open.extensionApprovedBy()).isEqualTo("chuyenvien-vptu");
    assertThat(late.timeliness()).isEqualTo(Timeliness.OPEN_OVERDUE);
    assertThat(late.daysOverdue()).isEqualTo(3);
    assertThat(late.extended()).isTrue();
  }

  @Test
  void countsADeadlineTheStandingBoardChangedAsTheDeadlineNotAsAnExtension() {
    History item = new History().due(Vars.RESPONSE_DUE_AT, LocalDate.of(2022, 1, 31))
        .due(Vars.ORIGINAL_RESPONSE_DUE_AT, LocalDate.of(2021, 12, 30))
        .set(Vars.BOARD_DEADLINE_DECISION, "Ban Thường vụ, văn bản số 210-QĐ/TU ngày 18/12/2021: chờ thanh tra.");

    ItemStatus open = rules.assess(item.build(), AS_OF);
    ItemStatus late = rules.assess(item.build(), LocalDate.of(2022, 2, 3));

    assertThat(open.timeliness()).isEqualTo(Timeliness.OPEN_IN_TERM);
    assertThat(open.extended()).isFalse();
    assertThat(open.extensionReason()).isNull();
    assertThat(open.extensionApprovedBy()).isNull();
    assertThat(open.dueDate()).isEqualTo(LocalDate.of(2022, 1, 31));
    assertThat(open.originalDueDate()).as("the notice's date stays visible").isEqualTo(LocalDate.of(2021, 12, 30));
    assertThat(late.timeliness()).isEqualTo(Timeliness.OPEN_OVERDUE);
    assertThat(late.daysOverdue()).as("counted from the board's date").isEqualTo(3);
  }

  @Test
  void followsTheCompletionDeadlineOnceAnAcceptedResponseReportsWorkInProgress() {
    History item = new History().due(Vars.RESPONSE_DUE_AT, LocalDate.of(2021, 12, 30))
        .due(Vars.COMPLETION_DUE_AT, LocalDate.of(2022, 8, 31)).due(Vars.ORIGINAL_COMPLETION_DUE_AT, LocalDate.of(2022, 8, 31))
        .set(Vars.RESPONSE_DATE, "2021-12-20").set(Vars.IMPLEMENTATION_STATE, "IN_PROGRESS")
        .set(Vars.REVIEW_DECISION, "ACCEPT").active(Elements.TIMER_QUARTER_END);

    ItemStatus implementing = rules.assess(item.build(), AS_OF);
    ItemStatus doneLate = rules.assess(item.set(Vars.FINAL_REVIEW_DECISION, "ACCEPT")
        .set(Vars.COMPLETION_DATE, "2022-09-05").active(Elements.TASK_CLOSE).build(), LocalDate.of(2022, 9, 10));

    assertThat(implementing.timeliness()).isEqualTo(Timeliness.OPEN_IN_TERM);
    assertThat(implementing.deadlineKind()).isEqualTo("Hoàn thành");
    assertThat(implementing.lifecycle()).isEqualTo(Lifecycle.IMPLEMENTING);
    assertThat(doneLate.timeliness()).isEqualTo(Timeliness.DONE_LATE);
    assertThat(doneLate.doneDate()).isEqualTo(LocalDate.of(2022, 9, 5));
  }

  @Test
  void keepsAnAcceptedResponseInProgressWithoutCompletionDeadlineOpenWithoutADeadline() {
    History item = new History().due(Vars.RESPONSE_DUE_AT, LocalDate.of(2021, 12, 30))
        .set(Vars.RESPONSE_DATE, "2021-12-28").set(Vars.IMPLEMENTATION_STATE, "IN_PROGRESS")
        .set(Vars.REVIEW_DECISION, "ACCEPT").active(Elements.TIMER_QUARTER_END);

    ItemStatus status = rules.assess(item.build(), AS_OF);

    assertThat(status.timeliness()).as("followed by quarterly reports; no date invented").isEqualTo(Timeliness.NO_DEADLINE);
    assertThat(status.lifecycle()).isEqualTo(Lifecycle.IMPLEMENTING);
    assertThat(status.doneDate()).isNull();
  }

  @Test
  void usesTheCompletionDeadlineWhenTheNoticeSetNoResponseDeadline() {
    History item = new History().due(Vars.COMPLETION_DUE_AT, LocalDate.of(2022, 3, 31));

    ItemStatus status = rules.assess(item.build(), LocalDate.of(2022, 4, 2));

    assertThat(status.timeliness()).isEqualTo(Timeliness.OPEN_OVERDUE);
    assertThat(status.deadlineKind()).isEqualTo("Hoàn thành");
    assertThat(status.daysOverdue()).isEqualTo(2);
  }

  @Test
  void countsItemsWithoutDeadlineApartAndStoppedItemsAsStopped() {
    assertThat(rules.assess(new History().build(), AS_OF).timeliness()).isEqualTo(Timeliness.NO_DEADLINE);
    assertThat(rules.assess(new History().set(Vars.ONGOING, true).due(Vars.RESPONSE_DUE_AT, LocalDate.of(2021, 12, 30))
        .build(), AS_OF).timeliness()).isEqualTo(Timeliness.NO_DEADLINE);
    assertThat(rules.assess(new History().due(Vars.RESPONSE_DUE_AT, LocalDate.of(2021, 12, 30))
        .set(Vars.CLOSURE_OUTCOME, "STOPPED").ended(false).build(), AS_OF))
        .extracting(ItemStatus::timeliness, ItemStatus::lifecycle, ItemStatus::closureOutcome)
        .containsExactly(Timeliness.STOPPED, Lifecycle.STOPPED, "Dừng thực hiện");
    assertThat(rules.assess(new History().due(Vars.RESPONSE_DUE_AT, LocalDate.of(2021, 12, 30)).ended(true).build(),
        AS_OF)).extracting(ItemStatus::timeliness, ItemStatus::lifecycle)
        .containsExactly(Timeliness.STOPPED, Lifecycle.STOPPED);
  }

  @ParameterizedTest
  @CsvSource({
      "Event_NoticeNumbered, WAITING_NUMBER",
      "Task_Receive, ASSIGNED",
      "Task_WriteResponse, IN_PROGRESS",
      "Task_ReviewResponse, AWAITING_REVIEW",
      "Task_ReportProgress, IMPLEMENTING",
      "Task_ReviewFinalReport, AWAITING_REVIEW",
      "Task_Close, AWAITING_CLOSURE"})
  void readsTheLifecycleStageFromTheRunningActivities(String activity, Lifecycle expected) {
    assertThat(rules.assess(new History().active(activity).build(), AS_OF).lifecycle()).isEqualTo(expected);
  }

  @Test
  void explainsWhyAnOverdueItemIsLate() {
    History returned = new History().due(Vars.RESPONSE_DUE_AT, LocalDate.of(2021, 12, 30))
        .set(Vars.REVIEW_DECISION, "RETURN").set(Vars.REVIEW_REASON, "Thiếu số liệu.").active(Elements.TASK_WRITE_RESPONSE);
    History refused = new History().due(Vars.RESPONSE_DUE_AT, LocalDate.of(2021, 12, 30))
        .set(Vars.EXTENSION_DECISION, "REFUSE").set(Vars.EXTENSION_DECISION_REASON, "Không có căn cứ.")
        .active(Elements.TASK_WRITE_RESPONSE);
    History unreceived = new History().due(Vars.RESPONSE_DUE_AT, LocalDate.of(2021, 12, 30)).active(Elements.TASK_RECEIVE);

    assertThat(rules.assess(returned.build(), AS_OF).reason()).isEqualTo("Văn bản trả lời bị trả lại để hoàn thiện: Thiếu số liệu.");
    assertThat(rules.assess(refused.build(), AS_OF).reason()).isEqualTo("Đề nghị gia hạn không được chấp nhận: Không có căn cứ.");
    assertThat(rules.assess(unreceived.build(), AS_OF).reason()).isEqualTo("Cơ quan chủ trì chưa tiếp nhận");
  }

  /** A hand-made history: variables, running activities, how it ended. */
  private static final class History {
    private final Map<String, Object> variables = new HashMap<>();
    private Set<String> active = Set.of(Elements.TASK_WRITE_RESPONSE);
    private Instant ended;
    private boolean cancelled;

    History set(String name, Object value) {
      variables.put(name, value);
      return this;
    }

    History due(String name, LocalDate lastDay) {
      return set(name, Date.from(lastDay.plusDays(1).atStartOfDay(DeadlineSchedule.VIETNAM).toInstant()));
    }

    History active(String activity) {
      active = Set.of(activity);
      return this;
    }

    History ended(boolean byCancellation) {
      ended = Instant.parse("2022-01-05T03:00:00Z");
      cancelled = byCancellation;
      active = Set.of();
      return this;
    }

    ItemHistory build() {
      variables.putIfAbsent(Vars.ITEM_NUMBER, "2.1.1");
      return new ItemHistory("pi", "kiem-thu/2.1.1", Instant.parse("2021-11-25T03:00:00Z"), ended, cancelled, active,
          Map.copyOf(variables));
    }
  }
}
