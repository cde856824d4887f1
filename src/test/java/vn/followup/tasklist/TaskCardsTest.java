package vn.followup.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.junit.jupiter.api.Test;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.deadline.DeadlineSettings;
import vn.followup.deadline.DeadlineType;
import vn.followup.deadline.WorkingCalendar;
import vn.followup.item.ItemProcess;
import vn.followup.item.ItemProcess.Elements;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.item.ReviewDecision;
import vn.followup.organisation.AgencyRegistry;
import vn.followup.organisation.Office;
import vn.followup.support.FastTest;

/** The task card's rules, without Spring: the days left, the amber and red thresholds, the badges. */
@FastTest
class TaskCardsTest {

  /** A Friday; its reminders (5 and 1 working days before) fall on Friday 08/01 and Thursday 14/01. */
  static final LocalDate LAST_DAY = LocalDate.of(2027, 1, 15);

  final DeadlineSchedule schedule = new DeadlineSchedule(calendar(), DeadlineSettings.defaults());
  final TaskCards cards = new TaskCards(null, schedule, AgencyRegistry.fromClasspath("organisation/agencies.yaml"),
      office());

  @Test
  void aDeadlineIsCalmBeforeItsFirstReminderDayAmberFromItAndRedAfterItsLastDay() {
    List<LocalDate> reminders = List.of(LocalDate.of(2027, 1, 14), LocalDate.of(2027, 1, 8));
    assertThat(DeadlineStanding.on(LocalDate.of(2027, 1, 7), LAST_DAY, reminders))
        .isEqualTo(new DeadlineStanding(DeadlineStanding.Tone.CALM, "còn 8 ngày"));
    assertThat(DeadlineStanding.on(LocalDate.of(2027, 1, 8), LAST_DAY, reminders))
        .isEqualTo(new DeadlineStanding(DeadlineStanding.Tone.NEAR, "còn 7 ngày"));
    assertThat(DeadlineStanding.on(LAST_DAY, LAST_DAY, reminders))
        .isEqualTo(new DeadlineStanding(DeadlineStanding.Tone.NEAR, "hết hạn trong hôm nay"));
    assertThat(DeadlineStanding.on(LocalDate.of(2027, 1, 16), LAST_DAY, reminders))
        .isEqualTo(new DeadlineStanding(DeadlineStanding.Tone.PAST, "quá hạn 1 ngày"));
    assertThat(DeadlineStanding.on(LocalDate.of(2027, 1, 25), LAST_DAY, reminders).text()).isEqualTo("quá hạn 10 ngày");
    assertThat(DeadlineStanding.on(LocalDate.of(2027, 1, 14), LAST_DAY, List.of()).tone())
        .as("without reminders, amber only on the last day").isEqualTo(DeadlineStanding.Tone.CALM);
    assertThat(DeadlineStanding.Tone.NEAR.code()).isEqualTo("near");
  }

  @Test
  void theAmberPeriodStartsOnTheDayOfTheDeadlinesFirstReminder() {
    Map<String, Object> item = item(LAST_DAY);
    TaskEntity write = task(Elements.TASK_WRITE_RESPONSE, LAST_DAY, ItemProcess.PRIORITY_NORMAL);
    assertThat(cards.card(write, item, LocalDate.of(2027, 1, 7)).tone()).isEqualTo("calm");
    assertThat(cards.card(write, item, LocalDate.of(2027, 1, 8)).tone()).isEqualTo("near");
    assertThat(cards.card(write, item, LocalDate.of(2027, 1, 16)).tone()).isEqualTo("past");
  }

  @Test
  void aReturnedUrgentResponseShowsTheItemsDeadlineAsItsLastDayAndBothBadges() {
    Map<String, Object> item = item(LAST_DAY);
    item.put(Vars.REVIEW_DECISION, ReviewDecision.RETURN.name());
    item.put(Vars.REVIEW_REASON, "Thiếu chữ ký số.");
    TaskCard card = cards.card(task(Elements.TASK_WRITE_RESPONSE, LAST_DAY, ItemProcess.PRIORITY_URGENT), item,
        LocalDate.of(2027, 1, 10));

    assertThat(card.deadline()).isEqualTo(DeadlineType.RESPONSE.label() + ": hết ngày 15/01/2027");
    assertThat(card.left()).isEqualTo("còn 5 ngày");
    assertThat(card.stepDue()).as("the step is due with the item").isNull();
    assertThat(card.returned()).isEqualTo("Bị trả lại");
    assertThat(card.returnReason()).isEqualTo("Thiếu chữ ký số.");
    assertThat(card.urgent()).isEqualTo("Khẩn");
    assertThat(card.confirmation()).isEqualTo("Đã gửi văn bản trả lời nội dung 2.1.2 đến Văn phòng Thành ủy Lào Cai "
        + "để thẩm định (hoặc xem xét đề nghị gia hạn, nếu có).");
  }

  @Test
  void aStepDueBeforeTheItemSaysItsOwnDueDateAndAFirstResponseIsNotReturned() {
    Map<String, Object> item = item(LAST_DAY);
    item.put(Vars.REVIEW_DECISION, ReviewDecision.ACCEPT.name());
    TaskCard card = cards.card(task(Elements.TASK_COORDINATE, LocalDate.of(2027, 1, 8), ItemProcess.PRIORITY_NORMAL),
        item, LocalDate.of(2027, 1, 4));

    assertThat(card.stepDue()).isEqualTo("Hạn xử lý bước này: hết ngày 08/01/2027");
    assertThat(card.returned()).isNull();
    assertThat(card.urgent()).isNull();
    assertThat(card.confirmation()).isEqualTo("Đã gửi ý kiến phối hợp về nội dung 2.1.2 đến Ủy ban nhân dân thành phố "
        + "Lào Cai (cơ quan chủ trì).");
  }

  @Test
  void aProgressReportIsDueWithTheCompletionDeadlineAndIsReturnedByTheFinalReview() {
    Map<String, Object> item = item(LAST_DAY);
    item.put(Vars.COMPLETION_DUE_AT, Date.from(schedule.endOfDay(LocalDate.of(2027, 6, 30))));
    item.put(Vars.REVIEW_DECISION, ReviewDecision.RETURN.name());
    TaskCard card = cards.card(task(Elements.TASK_REPORT_PROGRESS, LocalDate.of(2027, 3, 31), ItemProcess.PRIORITY_NORMAL),
        item, LocalDate.of(2027, 3, 1));
    assertThat(card.deadline()).isEqualTo(DeadlineType.COMPLETION.label() + ": hết ngày 30/06/2027");
    assertThat(card.returned()).as("the response's return is not the report's").isNull();

    item.put(Vars.FINAL_REVIEW_DECISION, ReviewDecision.RETURN.name());
    assertThat(cards.card(task(Elements.TASK_REPORT_PROGRESS, LocalDate.of(2027, 3, 31), ItemProcess.PRIORITY_NORMAL),
        item, LocalDate.of(2027, 3, 1)).returned()).isEqualTo("Bị trả lại");
  }

  @Test
  void aTaskOfNoItemHasNoDeadlineLineNoBadgeAndNoConfirmation() {
    TaskCard card = cards.card(task("Task_Other", null, ItemProcess.PRIORITY_NORMAL), Map.of(), LAST_DAY);
    assertThat(card).isEqualTo(new TaskCard("t", null, null, null, null, null, null, null, null));
  }

  private Map<String, Object> item(LocalDate responseLastDay) {
    Map<String, Object> item = new HashMap<>();
    item.put(Vars.ITEM_NUMBER, "2.1.2");
    item.put(Vars.LEAD_AGENCY, "ubnd-thanh-pho");
    item.put(Vars.RESPONSIBLE_AGENCY, "ubnd-thanh-pho");
    item.put(Vars.RESPONSE_DUE_AT, Date.from(schedule.endOfDay(responseLastDay)));
    return item;
  }

  private TaskEntity task(String key, LocalDate due, int priority) {
    TaskEntity task = new TaskEntity("t");
    task.setTaskDefinitionKeyWithoutCascade(key);
    task.setDueDateWithoutCascade(due == null ? null : Date.from(schedule.endOfDay(due)));
    task.setPriorityWithoutCascade(priority);
    return task;
  }

  private static Office office() {
    Office office = mock(Office.class);
    when(office.group()).thenReturn("van-phong-thanh-uy");
    return office;
  }

  private static WorkingCalendar calendar() {
    return WorkingCalendar.fromCsv(List.of(new InputStreamReader(
        TaskCardsTest.class.getClassLoader().getResourceAsStream("calendar/vn-days-off.csv"), StandardCharsets.UTF_8)));
  }
}
