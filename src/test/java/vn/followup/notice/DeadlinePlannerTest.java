package vn.followup.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.followup.deadline.DeadlineReader;
import vn.followup.deadline.DeadlineSettings;
import vn.followup.deadline.DeadlineType;
import vn.followup.deadline.WorkingCalendar;
import vn.followup.notice.NoticeDocument.DeadlineEntry;
import vn.followup.notice.NoticeDocument.Item;
import vn.followup.notice.NoticeDocument.ItemKind;
import vn.followup.notice.ValidatedNotice.PlannedItem;
import vn.followup.notice.ValidatedNotice.PlannedReport;

/** How a notice's deadline phrases become its items' and reports' deadlines (no Spring, no database). */
@Tag("fast")
class DeadlinePlannerTest {

  private static final DeadlinePlanner PLANNER = new DeadlinePlanner(new DeadlineReader(WorkingCalendar.fromCsv(
      List.of(new InputStreamReader(Objects.requireNonNull(DeadlinePlannerTest.class.getClassLoader()
          .getResourceAsStream("calendar/vn-days-off.csv")), StandardCharsets.UTF_8))), DeadlineSettings.defaults()));

  @Test
  void aCompletionDeadlineAloneIsAlsoTheResponseDeadline() {
    NoticeErrors errors = new NoticeErrors();
    PlannedItem planned = PLANNER.planItem(item(new DeadlineEntry(DeadlineType.COMPLETION, "trong quý I năm 2022")),
        "tb-1", 2021, "items[0]", errors);
    assertThat(errors.isEmpty()).isTrue();
    assertThat(planned.completion()).get().extracting(d -> d.lastDay()).isEqualTo(LocalDate.of(2022, 3, 31));
    assertThat(planned.response()).isEqualTo(planned.completion());
    assertThat(planned.businessKey()).isEqualTo("tb-1/1.1");
  }

  @Test
  void urgentAndStandingWordsGiveNoDateButAreKept() {
    NoticeErrors errors = new NoticeErrors();
    PlannedItem planned = PLANNER.planItem(item(new DeadlineEntry(DeadlineType.COMPLETION, "khẩn trương"),
        new DeadlineEntry(DeadlineType.COMPLETION, "thường xuyên")), "tb-1", 2021, "items[0]", errors);
    assertThat(errors.isEmpty()).isTrue();
    assertThat(planned.urgent()).isTrue();
    assertThat(planned.ongoing()).isTrue();
    assertThat(planned.response()).isEmpty();
  }

  @Test
  void anUnreadablePhraseAndASecondResponseDeadlineAreFieldErrors() {
    NoticeErrors errors = new NoticeErrors();
    PLANNER.planItem(item(new DeadlineEntry(DeadlineType.RESPONSE, "xong trước 30/12/2021"),
        new DeadlineEntry(DeadlineType.RESPONSE, "xong trước 15/01/2022"),
        new DeadlineEntry(DeadlineType.COMPLETION, "khi nào xong thì báo")), "tb-1", 2021, "items[3]", errors);
    assertThat(errors.exception().errors()).extracting(FieldError::field)
        .containsExactly("items[3].deadlines[1]", "items[3].deadlines[2].phrase");
  }

  @Test
  void aPeriodicReportGivesOneDeadlinePerPeriodAndAnswersTheItemsWithoutAResponseDeadline() {
    NoticeErrors errors = new NoticeErrors();
    List<PlannedReport> reports = PLANNER.planReport(new NoticeDocument.Report(
        "báo cáo 6 tháng, 01 năm của cấp ủy trong năm 2022", "dang-uy-xuan-tang", List.of("1.1")), List.of("1.1"),
        "reports[0]", errors);
    assertThat(errors.isEmpty()).isTrue();
    assertThat(reports).extracting(report -> report.deadline().lastDay())
        .containsExactly(LocalDate.of(2022, 6, 30), LocalDate.of(2022, 12, 31));
    PlannedItem withoutOwn = PLANNER.planItem(item(), "tb-1", 2021, "items[0]", errors);
    PlannedItem answered = DeadlinePlanner.withReportDeadlines(List.of(withoutOwn), reports).get(0);
    assertThat(answered.answeredByReport()).isTrue();
    assertThat(answered.response()).get().extracting(d -> d.lastDay()).isEqualTo(LocalDate.of(2022, 12, 31));
  }

  private static Item item(DeadlineEntry... deadlines) {
    return new Item("1.1", "Nội dung", ItemKind.TASK, "dang-uy-xuan-tang", List.of(), List.of(deadlines));
  }
}
