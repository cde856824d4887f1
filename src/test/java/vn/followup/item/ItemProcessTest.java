package vn.followup.item;

import vn.followup.engine.FormInputException;
import vn.followup.watch.DeadlineWatchProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.followup.deadline.Deadline;
import vn.followup.item.ItemProcess.Elements;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.organisation.Roles;
import vn.followup.support.EngineDriver;
import vn.followup.support.ProcessTest;
import vn.followup.support.ResponseValues;
import vn.followup.support.ApplicationTestBase;

/**
 * Every path of {@code Process_FollowUpItem} and its deadline watches, with time moved by ClockUtil.
 * The seed's "xong trước 30/12/2021" ends at 24:00 of 30/12/2021 Vietnam time = 17:00 UTC.
 */
@ProcessTest
class ItemProcessTest extends ApplicationTestBase {

  static final Instant REGISTERED = Instant.parse("2021-11-25T03:00:00Z");
  static final Instant RESPONSE_DUE = Instant.parse("2021-12-30T17:00:00Z");
  static final String LEAD = "ubnd-thanh-pho";
  static final String COORDINATOR = "phong-tnmt";
  static final String OFFICE = "van-phong-thanh-uy";
  static final String WRITER = "canbo-ubnd";
  static final String REVIEWER = "chuyenvien-vptu";
  static final String HEAD = "lanhdao-ubnd";

  int sequence;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    driver.clock(REGISTERED);
  }

  @AfterEach
  void tearDown() {
    driver.deleteAllInstances();
    EngineDriver.resetClock();
  }

  @Test
  void carriesAnItemFromReceiptThroughCoordinationResponseAndReviewToClosure() {
    ProcessInstance item = start("xong trước 30/12/2021", null, List.of(COORDINATOR));

    Task receive = driver.task(item.getId(), Elements.TASK_RECEIVE);
    assertThat(candidateGroups(receive)).containsExactly(LEAD);
    driver.complete(receive, WRITER, Map.of(Vars.FOCAL_OFFICER, "Nguyễn Văn An", Vars.RECEIPT_NOTE, "Đã tiếp nhận"));

    Task coordinate = driver.task(item.getId(), Elements.TASK_COORDINATE);
    assertThat(candidateGroups(coordinate)).containsExactly(COORDINATOR);
    assertThat(coordinate.getDueDate()).isEqualTo(Date.from(Instant.parse("2021-12-23T17:00:00Z")));
    driver.complete(coordinate, "canbo-tnmt", Map.of(Vars.COORDINATION_INPUT, "Thống nhất nội dung trả lời."));

    Task write = driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE);
    assertThat(write.getDueDate()).isEqualTo(Date.from(RESPONSE_DUE));
    assertThat(write.getFollowUpDate()).isEqualTo(Date.from(Instant.parse("2021-12-23T01:00:00Z")));
    assertThat((String) runtimeService.getVariable(item.getId(), Vars.COORDINATION_SUMMARY)).contains("Thống nhất");
    driver.complete(write, WRITER, response("DONE", "2021-11-25"));

    driver.complete(driver.task(item.getId(), Elements.TASK_REVIEW_RESPONSE), REVIEWER,
        Map.of(Vars.REVIEW_DECISION, "ACCEPT"));
    assertThat(watches(item)).as("the response watch ends with the response phase").isEmpty();

    Task close = driver.task(item.getId(), Elements.TASK_CLOSE);
    assertThat(runtimeService.getVariable(item.getId(), Vars.SUGGESTED_OUTCOME)).isEqualTo("COMPLETED_ON_TIME");
    driver.complete(close, REVIEWER, Map.of(Vars.CLOSURE_OUTCOME, "COMPLETED_ON_TIME"));
    assertThat(item).isEnded().hasPassed(Elements.END_ITEM_CLOSED);
  }

  @Test
  void recordsTheItemsFactsAndCardButNotItsPlanningValuesNorTheWatchsCopies() {
    ProcessInstance item = start("xong trước 30/12/2021", null, List.of(COORDINATOR));
    ProcessInstance watch = watches(item).get(0);

    // While the item runs, every planning value and every copy is a variable as before.
    assertThat(runtimeService.getVariable(item.getId(), Vars.RECEIPT_DUE_AT)).isNotNull();
    assertThat(runtimeService.getVariable(item.getId(), Vars.COORDINATION_DUE_AT)).isNotNull();
    assertThat(runtimeService.getVariable(watch.getId(), Vars.ITEM)).isNotNull();
    assertThat(runtimeService.getVariable(watch.getId(), Vars.ITEM_NUMBER))
        .isEqualTo(runtimeService.getVariable(item.getId(), Vars.ITEM_NUMBER));
    // The history records the item's facts and its card, once each ...
    assertThat(recorded(item, Vars.ITEM)).isOne();
    assertThat(recorded(item, Vars.RESPONSE_DUE_AT)).isOne();
    assertThat(recorded(item, Vars.LEAD_AGENCY)).isOne();
    assertThat(recorded(watch, DeadlineWatchProcess.Vars.DUE_AT)).isOne();
    // ... and nothing of what is recorded where it takes effect or by the item itself.
    for (String planning : ItemRecordedElsewhere.PLANNING) {
      assertThat(recorded(item, planning)).as(planning).isZero();
    }
    for (String copy : WatchDeadlineMapping.SHARED) {
      assertThat(recorded(watch, copy)).as("the watch's copy of " + copy).isZero();
    }
    assertThat(recorded(watch, DeadlineWatchProcess.Vars.NEXT_REMINDER_AT)).isZero();
  }

  /** History rows (instances and updates) of a variable of this instance. */
  private long recorded(ProcessInstance instance, String name) {
    long instances = historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).count();
    long updates = historyService.createHistoricDetailQuery().processInstanceId(instance.getId()).variableUpdates()
        .list().stream().filter(detail -> name.equals(
            ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getVariableName())).count();
    assertThat(updates).as(name + " updates").isLessThanOrEqualTo(instances);
    return instances;
  }

  @Test
  void returnsAResponseForRevisionWithAReasonAndAcceptsTheSecondVersion() {
    ProcessInstance item = startAtResponse("xong trước 30/12/2021", null);
    driver.complete(driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE), WRITER, response("DONE", "2021-11-25"));
    driver.complete(driver.task(item.getId(), Elements.TASK_REVIEW_RESPONSE), REVIEWER,
        Map.of(Vars.REVIEW_DECISION, "RETURN", Vars.REVIEW_REASON, "Chưa nêu kết quả cụ thể."));

    Task again = driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE);
    assertThat(again).isNotNull();
    assertThat(runtimeService.getVariable(item.getId(), Vars.REVIEW_REASON)).isEqualTo("Chưa nêu kết quả cụ thể.");
    driver.complete(again, WRITER, response("DONE", "2021-11-25"));
    driver.complete(driver.task(item.getId(), Elements.TASK_REVIEW_RESPONSE), REVIEWER,
        Map.of(Vars.REVIEW_DECISION, "ACCEPT"));
    assertThat(driver.task(item.getId(), Elements.TASK_CLOSE)).isNotNull();
  }

  @Test
  void refusesAReviewByThePersonWhoWroteTheResponse() {
    ProcessInstance item = startAtResponse("xong trước 30/12/2021", null);
    driver.complete(driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE), WRITER, response("DONE", "2021-11-25"));
    Task review = driver.task(item.getId(), Elements.TASK_REVIEW_RESPONSE);

    assertThatThrownBy(() -> driver.complete(review, WRITER, Map.of(Vars.REVIEW_DECISION, "ACCEPT")))
        .hasRootCauseInstanceOf(FormInputException.class).hasMessageContaining("không được tự thẩm định");

    assertThat(driver.task(item.getId(), Elements.TASK_REVIEW_RESPONSE).getAssignee()).isNull();
    assertThat(runtimeService.getVariable(item.getId(), Vars.RESPONSE_REVIEWER)).isNull();
  }

  @Test
  void refusesAnInvalidResponseAndKeepsTheTaskOpenWithNothingStored() {
    ProcessInstance item = startAtResponse("xong trước 30/12/2021", null);
    Task write = driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE);
    Map<String, Object> bad = response("DONE", "2021-11-25");
    bad.put(Vars.RESPONSE_NUMBER, "12/ab");

    assertThatThrownBy(() -> driver.complete(write, WRITER, bad)).hasRootCauseInstanceOf(FormInputException.class)
        .hasMessageContaining("Số văn bản");
    Map<String, Object> future = response("DONE", "2022-01-20");
    assertThatThrownBy(() -> driver.complete(write, WRITER, future)).hasMessageContaining("không được sau ngày hôm nay");
    Map<String, Object> noReason = response("CANNOT_DO", "2021-11-25");
    assertThatThrownBy(() -> driver.complete(write, WRITER, noReason)).hasMessageContaining("Lý do không thể thực hiện");

    assertThat(driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE).getId()).isEqualTo(write.getId());
    assertThat(runtimeService.getVariable(item.getId(), Vars.RESPONSE_NUMBER)).isNull();
  }

  @Test
  void hasTheLeadDelegateTheItemToOneOfItsUnits() {
    ProcessInstance item = start("xong trước 30/12/2021", null, List.of());
    assertThatThrownBy(() -> driver.complete(driver.task(item.getId(), Elements.TASK_RECEIVE), WRITER,
        Map.of(Vars.FOCAL_OFFICER, "Nguyễn Văn An", Vars.DELEGATE_TO_UNIT, COORDINATOR))).hasMessageContaining("Chỉ lãnh đạo");
    driver.complete(driver.task(item.getId(), Elements.TASK_RECEIVE), HEAD,
        Map.of(Vars.FOCAL_OFFICER, "Nguyễn Văn An", Vars.DELEGATE_TO_UNIT, COORDINATOR), Roles.HEADS);

    assertThat(candidateGroups(driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE))).containsExactly(COORDINATOR);
    assertThatThrownBy(() -> {
      ProcessInstance other = start("xong trước 30/12/2021", null, List.of());
      driver.complete(driver.task(other.getId(), Elements.TASK_RECEIVE), HEAD,
          Map.of(Vars.FOCAL_OFFICER, "Nguyễn Văn An", Vars.DELEGATE_TO_UNIT, "cong-an-thanh-pho"), Roles.HEADS);
    }).hasMessageContaining("đơn vị trực thuộc");
  }

  @Test
  void firesTheResponseDeadlineExactlyAtItsInstantAndNotOneSecondBefore() {
    ProcessInstance item = startAtResponse("xong trước 30/12/2021", null);
    ProcessInstance watch = watches(item).get(0);
    assertThat(driver.timer(watch.getId(), DeadlineWatchProcess.Elements.TIMER_DEADLINE).getDuedate())
        .isEqualTo(Date.from(RESPONSE_DUE));

    driver.clock(RESPONSE_DUE.minusSeconds(1));
    driver.runDueJobs();
    assertThat(runtimeService.getVariable(item.getId(), Vars.OVERDUE)).isEqualTo(false);
    assertThat(urgeTasks()).isEmpty();

    driver.clock(RESPONSE_DUE);
    driver.runDueJobs();
    assertThat(runtimeService.getVariable(item.getId(), Vars.OVERDUE)).isEqualTo(true);
    assertThat(runtimeService.getVariable(item.getId(), Vars.OVERDUE_SINCE)).isEqualTo(Date.from(RESPONSE_DUE));
    List<Task> urges = urgeTasks();
    assertThat(urges).hasSize(1);
    assertThat(candidateGroups(urges.get(0))).containsExactly(OFFICE);
  }

  @Test
  void remindsFiveWorkingDaysAndOneWorkingDayBeforeTheDeadline() {
    ProcessInstance item = startAtResponse("xong trước 30/12/2021", null);
    ProcessInstance watch = watches(item).get(0);
    Instant fiveDaysBefore = Instant.parse("2021-12-23T01:00:00Z");
    Instant oneDayBefore = Instant.parse("2021-12-29T01:00:00Z");
    assertThat(driver.timer(watch.getId(), DeadlineWatchProcess.Elements.TIMER_REMINDER).getDuedate())
        .isEqualTo(Date.from(fiveDaysBefore));

    driver.clock(fiveDaysBefore);
    driver.runDueJobs();
    assertThat(runtimeService.getVariable(item.getId(), Vars.LAST_REMINDER_AT)).isEqualTo(Date.from(fiveDaysBefore));
    assertThat(driver.timer(watch.getId(), DeadlineWatchProcess.Elements.TIMER_REMINDER).getDuedate())
        .isEqualTo(Date.from(oneDayBefore));

    driver.clock(oneDayBefore);
    driver.runDueJobs();
    assertThat(runtimeService.getVariable(watch.getId(), DeadlineWatchProcess.Vars.REMINDERS_SENT)).isEqualTo(2);
    assertThat(driver.timer(watch.getId(), DeadlineWatchProcess.Elements.TIMER_REMINDER)).isNull();
  }

  @Test
  void urgesWeeklyWhileOverdueAndAfterADowntimeOnlyOnce() {
    ProcessInstance item = startAtResponse("xong trước 30/12/2021", null);
    driver.clock(RESPONSE_DUE);
    driver.runDueJobs();
    assertThat(urgeTasks()).hasSize(1);

    driver.clock(RESPONSE_DUE.plusSeconds(7 * 86400));
    driver.runDueJobs();
    assertThat(urgeTasks()).hasSize(2);

    Instant afterDowntime = RESPONSE_DUE.plusSeconds(40 * 86400);
    driver.clock(afterDowntime);
    assertThat(driver.runDueJobs()).as("one repetition fires, not the four that were missed").isEqualTo(1);
    assertThat(urgeTasks()).hasSize(3);
    assertThat(driver.timer(watches(item).get(0).getId(), DeadlineWatchProcess.Elements.TIMER_REPEAT_URGE).getDuedate())
        .isEqualTo(Date.from(afterDowntime.plusSeconds(7 * 86400)));

    Task urge = urgeTasks().get(0);
    driver.complete(urge, REVIEWER, Map.of(DeadlineWatchProcess.Vars.URGE_ACTION, "DOCUMENT",
        DeadlineWatchProcess.Vars.URGE_NOTE, "Công văn đôn đốc số 12-CV/VPTU"));
    assertThat(urgeTasks()).hasSize(2);
  }

  @Test
  void movesTheDeadlineTimersWhenAnExtensionIsApprovedAndKeepsTheOriginalDate() {
    ProcessInstance item = startAtResponse("xong trước 30/12/2021", null);
    driver.clock(RESPONSE_DUE.plusSeconds(3600));
    driver.runDueJobs();
    assertThat(runtimeService.getVariable(item.getId(), Vars.OVERDUE)).isEqualTo(true);

    Map<String, Object> request = Map.of(Vars.EXTENSION_REQUESTED, true, Vars.EXTENSION_NEW_DATE, "2022-01-31",
        Vars.EXTENSION_REASON, "Chờ ý kiến của cơ quan cấp tỉnh.");
    assertThatThrownBy(() -> driver.complete(driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE), WRITER, request))
        .hasMessageContaining("Chỉ lãnh đạo");
    driver.complete(driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE), HEAD, request, Roles.HEADS);
    driver.complete(driver.task(item.getId(), Elements.TASK_DECIDE_EXTENSION), REVIEWER, Map.of(
        Vars.EXTENSION_DECISION, "APPROVE", Vars.EXTENSION_DECISION_REASON, "Lý do chính đáng."));

    Instant newDue = Instant.parse("2022-01-31T17:00:00Z");
    assertThat(runtimeService.getVariable(item.getId(), Vars.RESPONSE_DUE_AT)).isEqualTo(Date.from(newDue));
    assertThat(runtimeService.getVariable(item.getId(), Vars.ORIGINAL_RESPONSE_DUE_AT)).isEqualTo(Date.from(RESPONSE_DUE));
    assertThat(runtimeService.getVariable(item.getId(), Vars.OVERDUE)).isEqualTo(false);
    assertThat(ItemProcess.Values.ITEM.of(runtimeService.getVariable(item.getId(), Vars.ITEM)).deadlineSummary()).contains("31/01/2022")
        .contains("hạn ban đầu hết ngày 30/12/2021");
    assertThat(historicValues(item, Vars.RESPONSE_DUE_AT)).contains(Date.from(RESPONSE_DUE), Date.from(newDue));

    ProcessInstance watch = watches(item).get(0);
    driver.clock(RESPONSE_DUE.plusSeconds(7 * 86400 + 3600));
    driver.runDueJobs();
    assertThat(urgeTasks()).as("the request ended the overdue watch and its urge; the new deadline is ahead").isEmpty();
    assertThat(driver.timer(watch.getId(), DeadlineWatchProcess.Elements.TIMER_DEADLINE).getDuedate())
        .isEqualTo(Date.from(newDue));
    assertThat(driver.timer(watch.getId(), DeadlineWatchProcess.Elements.TIMER_REMINDER).getDuedate())
        .isEqualTo(Date.from(Instant.parse("2022-01-24T01:00:00Z")));
    assertThat(driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE).getDueDate()).isEqualTo(Date.from(newDue));
  }

  @Test
  void keepsTheDeadlineWhenAnExtensionIsRefused() {
    ProcessInstance item = startAtResponse("xong trước 30/12/2021", null);
    driver.complete(driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE), HEAD, Map.of(
        Vars.EXTENSION_REQUESTED, true, Vars.EXTENSION_NEW_DATE, "2022-02-15", Vars.EXTENSION_REASON, "Thiếu nhân lực."),
        Roles.HEADS);
    driver.complete(driver.task(item.getId(), Elements.TASK_DECIDE_EXTENSION), REVIEWER, Map.of(
        Vars.EXTENSION_DECISION, "REFUSE", Vars.EXTENSION_DECISION_REASON, "Nội dung cần trả lời đúng hạn."));

    assertThat(runtimeService.getVariable(item.getId(), Vars.RESPONSE_DUE_AT)).isEqualTo(Date.from(RESPONSE_DUE));
    assertThat(runtimeService.getVariable(item.getId(), Vars.EXTENSION_REQUESTED)).isEqualTo(false);
    assertThat(driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE).getDueDate()).isEqualTo(Date.from(RESPONSE_DUE));
  }

  @Test
  void asksForAProgressReportAtEachQuarterEndUntilTheFinalReportIsAccepted() {
    ProcessInstance item = startAtResponse("xong trước 30/12/2021", "hoàn thành xong trước tháng 9 năm 2022");
    driver.clock(Instant.parse("2022-01-10T03:00:00Z"));
    driver.complete(driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE), WRITER, response("IN_PROGRESS", "2022-01-10"));
    driver.complete(driver.task(item.getId(), Elements.TASK_REVIEW_RESPONSE), REVIEWER, Map.of(Vars.REVIEW_DECISION, "ACCEPT"));
    assertThat(item).isWaitingAt(Elements.TIMER_QUARTER_END);

    for (String quarterEnd : List.of("2022-03-31", "2022-06-30", "2022-09-30")) {
      Instant at = Instant.parse(quarterEnd + "T01:00:00Z");
      assertThat(driver.timer(item.getId(), Elements.TIMER_QUARTER_END).getDuedate()).isEqualTo(Date.from(at));
      driver.clock(at.minusSeconds(1));
      driver.runDueJobs();
      assertThat(driver.task(item.getId(), Elements.TASK_REPORT_PROGRESS)).isNull();
      driver.clock(at);
      driver.runDueJobs();
      driver.complete(driver.task(item.getId(), Elements.TASK_REPORT_PROGRESS), WRITER,
          Map.of(Vars.PROGRESS_REPORT, "Đã hoàn thành một phần; tiếp tục thực hiện."));
    }
    Instant lastQuarter = Instant.parse("2022-12-31T01:00:00Z");
    assertThat(driver.timer(item.getId(), Elements.TIMER_QUARTER_END).getDuedate()).isEqualTo(Date.from(lastQuarter));
    assertThat(runtimeService.getVariable(item.getId(), Vars.OVERDUE)).as("completion deadline 31/08/2022 passed")
        .isEqualTo(true);
    driver.clock(lastQuarter);
    driver.runDueJobs();
    driver.complete(driver.task(item.getId(), Elements.TASK_REPORT_PROGRESS), WRITER,
        Map.of(Vars.PROGRESS_REPORT, "Đã hoàn thành.", Vars.FINAL_REPORT, true, Vars.COMPLETION_DATE, "2022-12-30"));
    driver.complete(driver.task(item.getId(), Elements.TASK_REVIEW_FINAL_REPORT), REVIEWER,
        Map.of(Vars.FINAL_REVIEW_DECISION, "RETURN", Vars.FINAL_REVIEW_REASON, "Thiếu số liệu."));
    driver.complete(driver.task(item.getId(), Elements.TASK_REPORT_PROGRESS), WRITER,
        Map.of(Vars.PROGRESS_REPORT, "Đã hoàn thành, kèm số liệu.", Vars.FINAL_REPORT, true, Vars.COMPLETION_DATE, "2022-12-30"));
    driver.complete(driver.task(item.getId(), Elements.TASK_REVIEW_FINAL_REPORT), REVIEWER,
        Map.of(Vars.FINAL_REVIEW_DECISION, "ACCEPT"));

    assertThat(watches(item)).isEmpty();
    assertThat(runtimeService.getVariable(item.getId(), Vars.SUGGESTED_OUTCOME)).isEqualTo("COMPLETED_LATE");
  }

  @Test
  void extendsTheCompletionDeadlineFromAProgressReportAndMovesItsWatch() {
    ProcessInstance item = startAtResponse("xong trước 30/12/2021", "hoàn thành xong trước tháng 9 năm 2022");
    driver.clock(Instant.parse("2022-01-10T03:00:00Z"));
    driver.complete(driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE), WRITER, response("IN_PROGRESS", "2022-01-10"));
    driver.complete(driver.task(item.getId(), Elements.TASK_REVIEW_RESPONSE), REVIEWER, Map.of(Vars.REVIEW_DECISION, "ACCEPT"));
    driver.clock(Instant.parse("2022-03-31T01:00:00Z"));
    driver.runDueJobs();

    Map<String, Object> progress = new HashMap<>(Map.of(Vars.PROGRESS_REPORT, "Đang giải phóng mặt bằng.",
        Vars.EXTENSION_REQUESTED, true, Vars.EXTENSION_NEW_DATE, "2022-12-31", Vars.EXTENSION_REASON, "Vướng mặt bằng."));
    progress.put(Vars.FINAL_REPORT, true);
    assertThatThrownBy(() -> driver.complete(driver.task(item.getId(), Elements.TASK_REPORT_PROGRESS), WRITER, progress))
        .hasMessageContaining("không kèm đề nghị gia hạn");
    progress.remove(Vars.FINAL_REPORT);
    driver.complete(driver.task(item.getId(), Elements.TASK_REPORT_PROGRESS), HEAD, progress, Roles.HEADS);
    assertThatThrownBy(() -> driver.complete(driver.task(item.getId(), Elements.TASK_DECIDE_COMPLETION_EXTENSION), HEAD,
        Map.of(Vars.EXTENSION_DECISION, "APPROVE", Vars.EXTENSION_DECISION_REASON, "Tự duyệt.")))
        .hasMessageContaining("không được tự thẩm định");
    driver.complete(driver.task(item.getId(), Elements.TASK_DECIDE_COMPLETION_EXTENSION), REVIEWER,
        Map.of(Vars.EXTENSION_DECISION, "APPROVE", Vars.EXTENSION_DECISION_REASON, "Đồng ý."));

    Instant newDue = Instant.parse("2022-12-31T17:00:00Z");
    assertThat(runtimeService.getVariable(item.getId(), Vars.COMPLETION_DUE_AT)).isEqualTo(Date.from(newDue));
    assertThat(runtimeService.getVariable(item.getId(), Vars.ORIGINAL_COMPLETION_DUE_AT))
        .isEqualTo(Date.from(Instant.parse("2022-08-31T17:00:00Z")));
    ProcessInstance watch = watches(item).get(0);
    assertThat(driver.timer(watch.getId(), DeadlineWatchProcess.Elements.TIMER_DEADLINE).getDuedate())
        .isEqualTo(Date.from(newDue));
    assertThat(item).isWaitingAt(Elements.TIMER_QUARTER_END);
  }

  @ParameterizedTest
  @CsvSource({
      "DONE, 2021-11-25, , COMPLETED_ON_TIME, COMPLETED_ON_TIME",
      "DONE, 2021-12-31, , COMPLETED_LATE, COMPLETED_LATE",
      "CANNOT_DO, 2021-11-25, , NOT_COMPLETED, NOT_COMPLETED",
      "DONE, 2021-11-25, , COMPLETED_ON_TIME, STOPPED"})
  void closesWithTheGradedOutcome(String state, String responseDate, String completion, String suggested,
      String chosen) {
    ProcessInstance item = startAtResponse("xong trước 30/12/2021", completion);
    driver.clock(Instant.parse("2022-01-05T03:00:00Z"));
    Map<String, Object> response = response(state, responseDate);
    response.put(Vars.IMPLEMENTATION_REASON, "Vượt thẩm quyền của thành phố.");
    driver.complete(driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE), WRITER, response);
    driver.complete(driver.task(item.getId(), Elements.TASK_REVIEW_RESPONSE), REVIEWER, Map.of(Vars.REVIEW_DECISION, "ACCEPT"));

    assertThat(runtimeService.getVariable(item.getId(), Vars.SUGGESTED_OUTCOME)).isEqualTo(suggested);
    driver.complete(driver.task(item.getId(), Elements.TASK_CLOSE), REVIEWER,
        Map.of(Vars.CLOSURE_OUTCOME, chosen, Vars.CLOSURE_NOTE, "Đóng theo kết quả thẩm định."));

    assertThat(item).isEnded();
    assertThat(historicValues(item, Vars.CLOSURE_OUTCOME)).last().isEqualTo(chosen);
  }

  @Test
  void refusesAnOutcomeOutsideTheGradedList() {
    ProcessInstance item = startAtResponse("xong trước 30/12/2021", null);
    driver.complete(driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE), WRITER, response("DONE", "2021-11-25"));
    driver.complete(driver.task(item.getId(), Elements.TASK_REVIEW_RESPONSE), REVIEWER, Map.of(Vars.REVIEW_DECISION, "ACCEPT"));

    assertThatThrownBy(() -> driver.complete(driver.task(item.getId(), Elements.TASK_CLOSE), REVIEWER,
        Map.of(Vars.CLOSURE_OUTCOME, "DONE_SOMEHOW"))).hasRootCauseInstanceOf(FormInputException.class);
    assertThat(item).isWaitingAt(Elements.TASK_CLOSE);
  }

  @Test
  void followsAnItemWithoutAnyDeadlineWithoutTimers() {
    ProcessInstance item = start(null, null, List.of());
    assertThat(watches(item)).isEmpty();
    driver.complete(driver.task(item.getId(), Elements.TASK_RECEIVE), WRITER, Map.of(Vars.FOCAL_OFFICER, "Nguyễn Văn An"));
    Task write = driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE);
    assertThat(write.getDueDate()).isNull();
    assertThat(ItemProcess.Values.ITEM.of(runtimeService.getVariable(item.getId(), Vars.ITEM)).deadlineSummary())
        .isEqualTo("Không có thời hạn");
  }

  @Test
  void aResponseSubmittedOnTimeAndReviewedAfterTheDeadlineIsNeverOverdueAndNeverUrged() {
    ProcessInstance item = startAtResponse("xong trước 30/12/2021", null);
    driver.clock(Instant.parse("2021-12-28T03:00:00Z"));
    driver.complete(driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE), WRITER, response("DONE", "2021-12-28"));
    assertThat(watches(item)).as("the submitted response stops the clock").isEmpty();

    driver.clock(RESPONSE_DUE.plusSeconds(10 * 86400));
    driver.runDueJobs();
    assertThat(runtimeService.getVariable(item.getId(), Vars.OVERDUE)).isEqualTo(false);
    assertThat(urgeTasks()).isEmpty();
    driver.complete(driver.task(item.getId(), Elements.TASK_REVIEW_RESPONSE), REVIEWER, Map.of(Vars.REVIEW_DECISION, "ACCEPT"));

    assertThat(historicValues(item, Vars.OVERDUE)).doesNotContain(true);
    assertThat(runtimeService.getVariable(item.getId(), Vars.SUGGESTED_OUTCOME)).isEqualTo("COMPLETED_ON_TIME");
  }

  @Test
  void aResponseReturnedAfterTheDeadlineIsOverdueAtOnceWithOneUrge() {
    ProcessInstance item = startAtResponse("xong trước 30/12/2021", null);
    driver.clock(Instant.parse("2021-12-28T03:00:00Z"));
    driver.complete(driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE), WRITER, response("DONE", "2021-12-28"));
    driver.clock(RESPONSE_DUE.plusSeconds(3 * 86400));
    assertThat(driver.runDueJobs()).as("nothing is watched while the office reviews").isZero();

    driver.complete(driver.task(item.getId(), Elements.TASK_REVIEW_RESPONSE), REVIEWER,
        Map.of(Vars.REVIEW_DECISION, "RETURN", Vars.REVIEW_REASON, "Chưa nêu kết quả cụ thể."));
    assertThat(watches(item)).as("the clock resumes against the same deadline").hasSize(1);
    driver.runDueJobs();
    assertThat(runtimeService.getVariable(item.getId(), Vars.OVERDUE)).isEqualTo(true);
    assertThat(urgeTasks()).hasSize(1);
    assertThat(driver.runDueJobs()).as("the next urge waits a week").isZero();
    assertThat(urgeTasks()).hasSize(1);
  }

  @Test
  void aSilentCoordinatorIsMarkedLateAtItsDeadlineAndTheLeadAnswersWithoutIt() {
    ProcessInstance item = start("xong trước 30/12/2021", null, List.of(COORDINATOR, "phong-qldt", "phong-noi-vu"));
    driver.complete(driver.task(item.getId(), Elements.TASK_RECEIVE), WRITER, Map.of(Vars.FOCAL_OFFICER, "Nguyễn Văn An"));
    driver.complete(coordinationTask(item, COORDINATOR), "canbo-tnmt", Map.of(Vars.COORDINATION_INPUT, "Thống nhất."));

    driver.clock(Instant.parse("2021-12-22T01:30:00Z"));
    driver.runDueJobs();
    assertThat((String) runtimeService.getVariable(item.getId(), Vars.COORDINATION_REMINDED))
        .contains("Quản lý đô thị").contains("Nội vụ").doesNotContain("Tài nguyên");

    driver.clock(Instant.parse("2021-12-23T17:00:01Z"));
    driver.runDueJobs();
    assertThat((String) runtimeService.getVariable(item.getId(), Vars.COORDINATION_LATE))
        .contains("Quản lý đô thị").contains("Nội vụ");
    driver.complete(coordinationTask(item, "phong-qldt"), "canbo-qldt", Map.of(Vars.COORDINATION_INPUT, "Ý kiến muộn."));
    assertThat((String) runtimeService.getVariable(item.getId(), Vars.COORDINATION_SUMMARY))
        .contains("quá hạn phối hợp): Ý kiến muộn.").contains("Chưa có ý kiến").contains("Nội vụ");

    driver.complete(driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE), WRITER, response("DONE", "2021-12-24"));
    assertThat(item).isWaitingAt(Elements.TASK_REVIEW_RESPONSE);
    assertThat(coordinationTask(item, "phong-noi-vu")).as("the lead answered: coordination ends").isNull();
  }

  @Test
  void aResponseSentBeforeTheCoordinatorsAnswerWaitsUntilTheLastInputArrives() {
    ProcessInstance item = start("xong trước 30/12/2021", null, List.of(COORDINATOR, "phong-qldt"));
    driver.complete(driver.task(item.getId(), Elements.TASK_RECEIVE), WRITER, Map.of(Vars.FOCAL_OFFICER, "Nguyễn Văn An"));
    driver.complete(coordinationTask(item, COORDINATOR), "canbo-tnmt", Map.of(Vars.COORDINATION_INPUT, "Thống nhất."));

    driver.complete(driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE), WRITER, response("DONE", "2021-11-25"));
    assertThat(item).isWaitingAt(Elements.EVENT_COORDINATION_CLOSED);
    assertThat(driver.task(item.getId(), Elements.TASK_REVIEW_RESPONSE)).as("held until the input is in").isNull();

    driver.complete(coordinationTask(item, "phong-qldt"), "canbo-qldt", Map.of(Vars.COORDINATION_INPUT, "Bổ sung số liệu."));
    assertThat(item).isWaitingAt(Elements.TASK_REVIEW_RESPONSE);
    assertThat((String) runtimeService.getVariable(item.getId(), Vars.COORDINATION_SUMMARY)).contains("Bổ sung số liệu.");
  }

  @Test
  void aResponseSentBeforeTheCoordinatorsAnswerGoesOnWithoutThemAtTheCoordinationDeadline() {
    ProcessInstance item = start("xong trước 30/12/2021", null, List.of(COORDINATOR, "phong-qldt"));
    driver.complete(driver.task(item.getId(), Elements.TASK_RECEIVE), WRITER, Map.of(Vars.FOCAL_OFFICER, "Nguyễn Văn An"));
    driver.complete(driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE), WRITER, response("DONE", "2021-11-25"));
    assertThat(item).isWaitingAt(Elements.EVENT_COORDINATION_CLOSED);

    driver.clock(Instant.parse("2021-12-23T17:00:01Z"));
    driver.runDueJobs();
    assertThat((String) runtimeService.getVariable(item.getId(), Vars.COORDINATION_LATE))
        .contains("Tài nguyên").contains("Quản lý đô thị");
    assertThat(item).isWaitingAt(Elements.TASK_REVIEW_RESPONSE);
    assertThat(coordinationTask(item, COORDINATOR)).as("the response went on: coordination ends").isNull();
  }

  @Test
  void anItemInProgressWithoutACompletionDateIsFollowedQuarterlyUntilItsFinalReportIsAccepted() {
    ProcessInstance item = startAtResponse("xong trước 30/12/2021", null);
    driver.complete(driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE), WRITER, response("IN_PROGRESS", "2021-11-25"));
    driver.complete(driver.task(item.getId(), Elements.TASK_REVIEW_RESPONSE), REVIEWER, Map.of(Vars.REVIEW_DECISION, "ACCEPT"));
    assertThat(item).isWaitingAt(Elements.TIMER_QUARTER_END);
    assertThat(watches(item)).as("no completion date is invented").isEmpty();

    driver.clock(Instant.parse("2022-03-31T01:00:00Z"));
    driver.runDueJobs();
    Map<String, Object> extension = Map.of(Vars.PROGRESS_REPORT, "Đang triển khai.", Vars.EXTENSION_REQUESTED, true,
        Vars.EXTENSION_NEW_DATE, "2022-12-31", Vars.EXTENSION_REASON, "Chưa xong.");
    assertThatThrownBy(() -> driver.complete(driver.task(item.getId(), Elements.TASK_REPORT_PROGRESS), HEAD, extension,
        Roles.HEADS)).hasMessageContaining("không có thời hạn");
    driver.complete(driver.task(item.getId(), Elements.TASK_REPORT_PROGRESS), WRITER,
        Map.of(Vars.PROGRESS_REPORT, "Đang triển khai, đạt 60%."));
    assertThat(item).isWaitingAt(Elements.TIMER_QUARTER_END);

    driver.clock(Instant.parse("2022-06-30T01:00:00Z"));
    driver.runDueJobs();
    driver.complete(driver.task(item.getId(), Elements.TASK_REPORT_PROGRESS), WRITER, Map.of(Vars.PROGRESS_REPORT,
        "Đã hoàn thành.", Vars.FINAL_REPORT, true, Vars.COMPLETION_DATE, "2022-06-20"));
    driver.complete(driver.task(item.getId(), Elements.TASK_REVIEW_FINAL_REPORT), REVIEWER,
        Map.of(Vars.FINAL_REVIEW_DECISION, "ACCEPT"));
    assertThat(item).isWaitingAt(Elements.TASK_CLOSE);
    assertThat(runtimeService.getVariable(item.getId(), Vars.SUGGESTED_OUTCOME)).isEqualTo("COMPLETED_ON_TIME");
  }

  @Test
  void theProposerReceivesTheAcceptedAnswerAndAcknowledgesIt() {
    ProcessInstance item = items.start(ItemStart.item("kiem-thu/de-xuat-" + System.nanoTime())
        .notice("kiem-thu", "Thông báo số 125-TB/TU ngày 25/11/2021", true)
        .text("2.1.9", "Kiến nghị kiểm thử.", true)
        .agencies(LEAD, List.of())
        .response(read("xong trước 30/12/2021"), "")
        .proposer("dang-uy-xuan-tang")
        .build());
    driver.complete(driver.task(item.getId(), Elements.TASK_RECEIVE), WRITER, Map.of(Vars.FOCAL_OFFICER, "Nguyễn Văn An"));
    driver.complete(driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE), WRITER, response("DONE", "2021-11-25"));
    assertThat(driver.task(item.getId(), Elements.TASK_ACKNOWLEDGE_ANSWER)).as("not before acceptance").isNull();
    driver.complete(driver.task(item.getId(), Elements.TASK_REVIEW_RESPONSE), REVIEWER, Map.of(Vars.REVIEW_DECISION, "ACCEPT"));

    Task acknowledge = driver.task(item.getId(), Elements.TASK_ACKNOWLEDGE_ANSWER);
    assertThat(candidateGroups(acknowledge)).containsExactly("dang-uy-xuan-tang");
    assertThat(acknowledge.getDueDate()).as("5 working days from Thursday 25/11/2021")
        .isEqualTo(Date.from(Instant.parse("2021-12-02T17:00:00Z")));
    driver.complete(acknowledge, "canbo-dang-uy", Map.of(Vars.ACKNOWLEDGEMENT_NOTE, "Đã nhận, thống nhất."));
    assertThat(runtimeService.getVariable(item.getId(), Vars.ACKNOWLEDGED_BY)).isEqualTo("canbo-dang-uy");
    assertThat(item).isWaitingAt(Elements.TASK_CLOSE);
  }

  @Test
  void urgentItemsTasksComeFirstAndOfficeTasksCountWorkingDays() {
    ProcessInstance urgent = items.start(ItemStart.item("kiem-thu/khan-" + System.nanoTime())
        .notice("kiem-thu", "Thông báo số 125-TB/TU ngày 25/11/2021", true)
        .text("2.1.4", "Khẩn trương kiểm thử.", true)
        .agencies(LEAD, List.of())
        .urgent(true)
        .build());
    ProcessInstance normal = startAtResponse("xong trước 30/12/2021", null);
    assertThat(driver.task(urgent.getId(), Elements.TASK_RECEIVE).getPriority()).isEqualTo(ItemProcess.PRIORITY_URGENT);
    assertThat(driver.task(normal.getId(), Elements.TASK_WRITE_RESPONSE).getPriority()).isEqualTo(ItemProcess.PRIORITY_NORMAL);

    driver.clock(Instant.parse("2021-12-24T03:00:00Z"));
    driver.complete(driver.task(normal.getId(), Elements.TASK_WRITE_RESPONSE), WRITER, response("DONE", "2021-12-24"));
    assertThat(driver.task(normal.getId(), Elements.TASK_REVIEW_RESPONSE).getDueDate())
        .as("5 working days from Friday 24/12/2021: end of Friday 31/12")
        .isEqualTo(Date.from(Instant.parse("2021-12-31T17:00:00Z")));
  }

  @Test
  void theOfficeStopsAnItemWithItsReasonAndDecision() {
    ProcessInstance item = startAtResponse("xong trước 30/12/2021", null);
    String key = runtimeService.createProcessInstanceQuery().processInstanceId(item.getId()).singleResult().getBusinessKey();
    assertThat(items.stop(key, "Nội dung không còn phù hợp.", "15", java.time.LocalDate.parse("2021-12-01"), REVIEWER,
        new OfficeRecord("Dừng theo dõi nội dung. Lý do: Nội dung không còn phù hợp.")))
        .isTrue();
    assertThat(item).isEnded();
    assertThat(watches(item)).isEmpty();
    assertThat(historicValues(item, Vars.CLOSURE_OUTCOME)).containsExactly("STOPPED");
    assertThat(historicValues(item, Vars.CLOSURE_NOTE)).containsExactly("Nội dung không còn phù hợp.");
    assertThat(historicValues(item, Vars.OFFICE_ACTION)).as("recorded by the stop message itself")
        .containsExactly("Dừng theo dõi nội dung. Lý do: Nội dung không còn phù hợp.");
    assertThat(items.stop(key, "Lần hai.", null, null, REVIEWER, null)).as("nothing left to stop").isFalse();
  }

  private Task coordinationTask(ProcessInstance item, String agency) {
    return taskService.createTaskQuery().processInstanceId(item.getId()).taskDefinitionKey(Elements.TASK_COORDINATE)
        .taskCandidateGroup(agency).singleResult();
  }

  private ProcessInstance startAtResponse(String response, String completion) {
    ProcessInstance item = start(response, completion, List.of());
    driver.complete(driver.task(item.getId(), Elements.TASK_RECEIVE), WRITER, Map.of(Vars.FOCAL_OFFICER, "Nguyễn Văn An"));
    return item;
  }

  private ProcessInstance start(String responsePhrase, String completionPhrase, List<String> coordinators) {
    Optional<Deadline> response = read(responsePhrase);
    Optional<Deadline> completion = read(completionPhrase);
    return items.start(ItemStart.item("kiem-thu/" + (++sequence) + "-" + System.nanoTime())
        .notice("kiem-thu", "Thông báo số 125-TB/TU ngày 25/11/2021", true)
        .text("2.1." + sequence, "Nội dung kiểm thử.", true)
        .agencies(LEAD, coordinators)
        .response(response.isPresent() ? response : completion, "")
        .completion(completion)
        .build());
  }

  private Optional<Deadline> read(String phrase) {
    return phrase == null ? Optional.empty() : Optional.of(reader.read(phrase).deadlines().get(0));
  }

  private static Map<String, Object> response(String state, String date) {
    return ResponseValues.of(state, date);
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId).toList();
  }

  private List<ProcessInstance> watches(ProcessInstance item) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(item.getId()).list();
  }

  private List<Task> urgeTasks() {
    return taskService.createTaskQuery().taskDefinitionKey(DeadlineWatchProcess.Elements.TASK_URGE).list();
  }

  private List<Object> historicValues(ProcessInstance item, String variable) {
    return historyService.createHistoricDetailQuery().processInstanceId(item.getId()).variableUpdates()
        .orderByTime().asc().list().stream().map(HistoricVariableUpdate.class::cast)
        .filter(update -> variable.equals(update.getVariableName())).map(HistoricVariableUpdate::getValue).toList();
  }
}
