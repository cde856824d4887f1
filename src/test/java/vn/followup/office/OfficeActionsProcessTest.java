package vn.followup.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.followup.deadline.Deadline;
import vn.followup.watch.DeadlineWatchProcess;
import vn.followup.engine.FormInputException;
import vn.followup.item.ItemProcess;
import vn.followup.item.ItemProcess.Elements;
import vn.followup.item.ItemStart;
import vn.followup.office.OfficeActionProcess.Vars;
import vn.followup.organisation.Roles;
import vn.followup.report.ItemStatus;
import vn.followup.report.StatusReport;
import vn.followup.report.StatusReportService;
import vn.followup.report.Timeliness;
import vn.followup.support.EngineDriver;
import vn.followup.support.ProcessTest;
import vn.followup.support.ApplicationTestBase;

/**
 * The office's actions on an item, started as the office user through the engine (as Tasklist's
 * "Khởi tạo quy trình" does), with time moved by ClockUtil: each does what it says with its reason,
 * is refused for other users and without a reason with nothing changed, and changes the as-of
 * report from its date on, never before.
 */
@ProcessTest
class OfficeActionsProcessTest extends ApplicationTestBase {

  static final String OFFICE = "van-phong-thanh-uy";
  static final String CLERK = "chuyenvien-vp-thaotac";
  static final String LEAD = "ubnd-thanh-pho";
  static final String WRITER = "canbo-ubnd-thaotac";
  static final Instant REGISTERED = Instant.parse("2021-11-25T03:00:00Z");

  @Autowired
  StatusReportService reports;
  String notice;

  @BeforeEach
  void setUp() {
    driver.clock(REGISTERED);
    notice = "thao-tac-" + System.nanoTime();
  }

  @AfterEach
  void tearDown() {
    driver.deleteAllInstances();
    EngineDriver.resetClock();
  }

  @Test
  void stopsAnItemWithItsReasonAndDecisionAndTheReportShowsItStoppedOnlyFromThatDay() {
    ProcessInstance item = start("2.1.1", List.of());
    driver.clock(Instant.parse("2022-01-10T02:00:00Z"));

    act(OfficeAction.STOP, Map.of(Vars.ITEM_KEY, item.getBusinessKey(), Vars.REASON, "Nội dung không còn phù hợp.",
        Vars.DECISION_NUMBER, "15-QĐ/TU", Vars.DECISION_DATE, "2022-01-07"));

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(item.getId()).count()).isZero();
    assertThat(values(item, ItemProcess.Vars.CLOSURE_OUTCOME)).containsExactly("STOPPED");
    assertThat(values(item, ItemProcess.Vars.STOPPED_BY)).containsExactly(CLERK);
    assertThat(values(item, Vars.ITEM_OFFICE_ACTION)).singleElement().asString()
        .startsWith("Dừng theo dõi nội dung. Lý do: Nội dung không còn phù hợp.")
        .contains("số 15-QĐ/TU ngày 07/01/2022", "Người thực hiện: " + CLERK);
    assertThat(status(item, LocalDate.of(2022, 1, 9)).timeliness()).isEqualTo(Timeliness.OPEN_OVERDUE);
    assertThat(status(item, LocalDate.of(2022, 1, 10))).as("a stopped item reads Dừng thực hiện, never closed")
        .extracting(ItemStatus::timeliness, ItemStatus::lifecycleLabel, ItemStatus::closureOutcome)
        .containsExactly(Timeliness.STOPPED, "Dừng thực hiện", "Dừng thực hiện");
  }

  @Test
  void recordsTheStandingBoardsDeadlineKeepingBothDatesAndMovesTheRunningTimers() {
    ProcessInstance item = start("2.1.2", List.of());
    driver.complete(driver.task(item.getId(), Elements.TASK_RECEIVE), WRITER, Map.of(ItemProcess.Vars.FOCAL_OFFICER, "Nguyễn Văn An"));
    driver.clock(Instant.parse("2021-12-20T02:00:00Z"));

    act(OfficeAction.CHANGE_DEADLINE, Map.of(Vars.ITEM_KEY, item.getBusinessKey(), Vars.DEADLINE_TYPE, "RESPONSE",
        Vars.NEW_DEADLINE, "2022-01-31", Vars.REASON, "Chờ kết quả thanh tra của tỉnh.",
        Vars.DECISION_NUMBER, "210-QĐ/TU", Vars.DECISION_DATE, "2021-12-18"));

    Date newDue = Date.from(Instant.parse("2022-01-31T17:00:00Z"));
    assertThat(runtimeService.getVariable(item.getId(), ItemProcess.Vars.RESPONSE_DUE_AT)).isEqualTo(newDue);
    assertThat(runtimeService.getVariable(item.getId(), ItemProcess.Vars.ORIGINAL_RESPONSE_DUE_AT))
        .isEqualTo(Date.from(Instant.parse("2021-12-30T17:00:00Z")));
    assertThat(runtimeService.getVariable(item.getId(), ItemProcess.Vars.EXTENDED)).as("not an extension").isNotEqualTo(true);
    assertThat(driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE).getDueDate()).isEqualTo(newDue);
    ProcessInstance watch = runtimeService.createProcessInstanceQuery().superProcessInstanceId(item.getId())
        .processDefinitionKey(DeadlineWatchProcess.KEY).singleResult();
    Job deadlineTimer = driver.timer(watch.getId(), DeadlineWatchProcess.Elements.TIMER_DEADLINE);
    assertThat(deadlineTimer.getDuedate()).isEqualTo(newDue);

    driver.clock(Instant.parse("2021-12-31T02:00:00Z"));
    driver.runDueJobs();
    assertThat(runtimeService.getVariable(item.getId(), ItemProcess.Vars.OVERDUE)).isEqualTo(false);
    assertThat(taskService.createTaskQuery().processInstanceId(watch.getId())
        .taskDefinitionKey(DeadlineWatchProcess.Elements.TASK_URGE).count()).as("no urge at the old date").isZero();

    ItemStatus before = status(item, LocalDate.of(2021, 12, 19));
    assertThat(before.dueDate()).isEqualTo(LocalDate.of(2021, 12, 30));
    assertThat(before.extended()).isFalse();
    ItemStatus after = status(item, LocalDate.of(2021, 12, 31));
    assertThat(after.dueDate()).isEqualTo(LocalDate.of(2022, 1, 31));
    assertThat(after.originalDueDate()).isEqualTo(LocalDate.of(2021, 12, 30));
    assertThat(after.timeliness()).as("the board's date is the deadline, not an extension")
        .isEqualTo(Timeliness.OPEN_IN_TERM);
    assertThat(after.extended()).isFalse();
    assertThat(after.extensionApprovedBy()).isNull();
    StatusReport report = reports.asOf(LocalDate.of(2021, 12, 31), notice);
    assertThat(report.summary().extended()).as("dashboard's \"Trong đó: đã gia hạn\"").isZero();
    assertThat(report.summary().openExtended()).isZero();
    assertThat(report.extensions()).as("the report's and exports' table of extended items").isEmpty();
    assertThat(ItemProcess.Values.ITEM.of(runtimeService.getVariable(item.getId(), ItemProcess.Vars.ITEM))
        .deadlineSummary()).contains("đã thay đổi theo quyết định của Ban Thường vụ; hạn ban đầu hết ngày 30/12/2021")
        .doesNotContain("đã gia hạn");
    assertThat(values(item, Vars.ITEM_OFFICE_ACTION)).singleElement().asString()
        .contains("Ghi nhận thay đổi thời hạn theo quyết định của Ban Thường vụ", "30/12/2021 → 31/01/2022");

    driver.clock(Instant.parse("2022-02-01T02:00:00Z"));
    driver.runDueJobs();
    assertThat(runtimeService.getVariable(item.getId(), ItemProcess.Vars.OVERDUE)).as("overdue at the new date").isEqualTo(true);
  }

  @Test
  void makesTheItemOverdueAtOnceWhenTheStandingBoardSetsADateAlreadyPast() {
    ProcessInstance item = start("2.1.5", List.of());
    driver.complete(driver.task(item.getId(), Elements.TASK_RECEIVE), WRITER, Map.of(ItemProcess.Vars.FOCAL_OFFICER, "Nguyễn Văn An"));
    driver.clock(Instant.parse("2021-12-20T02:00:00Z"));
    ProcessInstance watch = runtimeService.createProcessInstanceQuery().superProcessInstanceId(item.getId())
        .processDefinitionKey(DeadlineWatchProcess.KEY).singleResult();
    assertThat(driver.timer(watch.getId(), DeadlineWatchProcess.Elements.TIMER_REMINDER)).as("a reminder waits").isNotNull();

    act(OfficeAction.CHANGE_DEADLINE, Map.of(Vars.ITEM_KEY, item.getBusinessKey(), Vars.DEADLINE_TYPE, "RESPONSE",
        Vars.NEW_DEADLINE, "2021-12-15", Vars.REASON, "Ban Thường vụ rút ngắn thời hạn.",
        Vars.DECISION_NUMBER, "212-QĐ/TU", Vars.DECISION_DATE, "2021-12-19"));

    assertThat(runtimeService.getVariable(item.getId(), ItemProcess.Vars.OVERDUE)).as("at once").isEqualTo(true);
    assertThat(managementJobs(watch, DeadlineWatchProcess.Elements.TIMER_REMINDER)).as("no reminder before a past date")
        .isZero();
    assertThat(driver.timer(watch.getId(), DeadlineWatchProcess.Elements.TIMER_DEADLINE).getDuedate())
        .isEqualTo(Date.from(Instant.parse("2021-12-15T17:00:00Z")));
    driver.runDueJobs();
    assertThat(taskService.createTaskQuery().processInstanceId(watch.getId())
        .taskDefinitionKey(DeadlineWatchProcess.Elements.TASK_URGE).count()).as("the office is asked to urge").isOne();
    assertThat(runtimeService.getVariable(item.getId(), ItemProcess.Vars.OVERDUE_SINCE)).isNotNull();
    ItemStatus status = status(item, LocalDate.of(2021, 12, 20));
    assertThat(status.timeliness()).isEqualTo(Timeliness.OPEN_OVERDUE);
    assertThat(status.daysOverdue()).isEqualTo(5);
    assertThat(status.extended()).isFalse();
  }

  @Test
  void changesTheLeadAgencyAndMovesItsOpenTasksFromThatDayOn() {
    ProcessInstance item = start("2.1.3", List.of());
    driver.clock(Instant.parse("2021-12-01T02:00:00Z"));

    act(OfficeAction.CHANGE_LEAD, Map.of(Vars.ITEM_KEY, item.getBusinessKey(), Vars.NEW_LEAD, "phong-kinh-te",
        Vars.REASON, "Theo phân công lại nhiệm vụ."));

    assertThat(passed(item, "ServiceTask_ApplyLeadChange")).as("the item's event 'Văn phòng thay đổi cơ quan chủ trì'")
        .isOne();
    assertThat(candidateGroups(driver.task(item.getId(), Elements.TASK_RECEIVE))).containsExactly("phong-kinh-te");
    assertThat(runtimeService.getVariable(item.getId(), ItemProcess.Vars.LEAD_AGENCY)).isEqualTo("phong-kinh-te");
    assertThat(runtimeService.getVariable(item.getId(), ItemProcess.Vars.RESPONSIBLE_AGENCY)).isEqualTo("phong-kinh-te");
    assertThat(status(item, LocalDate.of(2021, 11, 30)).leadAgency()).isEqualTo(LEAD);
    assertThat(status(item, LocalDate.of(2021, 12, 1)).leadAgency()).isEqualTo("phong-kinh-te");

    driver.complete(driver.task(item.getId(), Elements.TASK_RECEIVE), "canbo-kinhte",
        Map.of(ItemProcess.Vars.FOCAL_OFFICER, "Trần Thị Bình"));
    assertThat(candidateGroups(driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE)))
        .as("routing written by the server follows the new lead").containsExactly("phong-kinh-te");
  }

  @Test
  void movesAnOpenTaskToAnotherAgency() {
    ProcessInstance item = start("2.1.4", List.of("phong-tnmt"));
    driver.complete(driver.task(item.getId(), Elements.TASK_RECEIVE), WRITER, Map.of(ItemProcess.Vars.FOCAL_OFFICER, "Nguyễn Văn An"));

    act(OfficeAction.MOVE_TASK, Map.of(Vars.ITEM_KEY, item.getBusinessKey(), Vars.FROM_AGENCY, "phong-tnmt",
        Vars.TO_AGENCY, "phong-qldt", Vars.REASON, "Nội dung thuộc lĩnh vực quản lý đô thị."));

    assertThat(passed(item, "ServiceTask_ApplyTaskMove")).as("the item's event 'Văn phòng chuyển công việc'").isOne();
    assertThat(candidateGroups(driver.task(item.getId(), Elements.TASK_COORDINATE))).containsExactly("phong-qldt");
    assertThat(values(item, Vars.ITEM_OFFICE_ACTION)).singleElement().asString()
        .contains("Chuyển công việc sang cơ quan khác", "Cho ý kiến phối hợp", "Lý do: Nội dung thuộc lĩnh vực");
  }

  @Test
  void refusesAnActionWithoutAReasonInVietnameseAndChangesNothing() {
    ProcessInstance item = start("2.1.5", List.of());
    long history = historyService.createHistoricDetailQuery().processInstanceId(item.getId()).count();
    long actions = officeActionsRecorded();

    for (String reason : new String[] {null, "   "}) {
      Map<String, Object> form = new HashMap<>(Map.of(Vars.ITEM_KEY, item.getBusinessKey(), Vars.NEW_LEAD, "phong-kinh-te"));
      form.put(Vars.REASON, reason);
      assertThatThrownBy(() -> act(OfficeAction.CHANGE_LEAD, form)).isInstanceOf(FormInputException.class)
          .hasMessageContaining("Lý do là bắt buộc");
    }
    assertThatThrownBy(() -> act(OfficeAction.CHANGE_DEADLINE, Map.of(Vars.ITEM_KEY, item.getBusinessKey(),
        Vars.DEADLINE_TYPE, "RESPONSE", Vars.NEW_DEADLINE, "2022-01-31", Vars.REASON, "Có quyết định.")))
        .isInstanceOf(FormInputException.class).hasMessageContaining("Số, ký hiệu văn bản quyết định của Ban Thường vụ là bắt buộc");

    assertThat(runtimeService.getVariable(item.getId(), ItemProcess.Vars.LEAD_AGENCY)).isEqualTo(LEAD);
    assertThat(candidateGroups(driver.task(item.getId(), Elements.TASK_RECEIVE))).containsExactly(LEAD);
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(item.getId()).count()).isEqualTo(history);
    assertThat(officeActionsRecorded()).as("no office action recorded").isEqualTo(actions);
  }

  @Test
  void refusesADeadlineTypeOtherThanTheTwoNamingThemAndChangesNothing() {
    ProcessInstance item = start("2.1.8", List.of());
    Object due = runtimeService.getVariable(item.getId(), ItemProcess.Vars.RESPONSE_DUE_AT);
    long actions = officeActionsRecorded();

    assertThatThrownBy(() -> act(OfficeAction.CHANGE_DEADLINE, Map.of(Vars.ITEM_KEY, item.getBusinessKey(),
        Vars.DEADLINE_TYPE, "RESPONSE_DUE_AT", Vars.NEW_DEADLINE, "2022-01-31", Vars.REASON, "Có quyết định.",
        Vars.DECISION_NUMBER, "210-QĐ/TU", Vars.DECISION_DATE, "2021-12-18")))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("Thời hạn được thay đổi phải là một trong: Hạn trả lời bằng văn bản, Hạn hoàn thành.");

    assertThat(runtimeService.getVariable(item.getId(), ItemProcess.Vars.RESPONSE_DUE_AT)).isEqualTo(due).isNotNull();
    assertThat(officeActionsRecorded()).as("no office action recorded").isEqualTo(actions);
  }

  @Test
  void refusesAnUnknownOrClosedItemWithAClearMessage() {
    assertThatThrownBy(() -> act(OfficeAction.STOP, Map.of(Vars.ITEM_KEY, notice + "/9.9", Vars.REASON, "Thử.")))
        .isInstanceOf(FormInputException.class).hasMessageContaining("Không tìm thấy nội dung đang theo dõi có mã");
    ProcessInstance item = start("2.1.6", List.of());
    act(OfficeAction.STOP, Map.of(Vars.ITEM_KEY, item.getBusinessKey(), Vars.REASON, "Lần một."));
    assertThatThrownBy(() -> act(OfficeAction.STOP, Map.of(Vars.ITEM_KEY, item.getBusinessKey(), Vars.REASON, "Lần hai.")))
        .isInstanceOf(FormInputException.class).hasMessageContaining("đã kết thúc theo dõi");
  }

  @Test
  void refusesEveryOfficeActionToAgencyStaffAndAuditorsAtTheEngine() {
    ProcessInstance item = start("2.1.7", List.of());
    long actions = officeActionsRecorded();
    for (List<String> groups : List.of(List.of(LEAD), List.of(Roles.AUDITORS), List.of(Roles.SUPERVISORS))) {
      for (OfficeAction action : OfficeAction.values()) {
        identityService.setAuthentication("nguoi-khac", groups);
        try {
          String definition = definitionId(action);
          assertThatThrownBy(() -> formService.submitStartForm(definition, Map.of(Vars.REASON, "Không có quyền.")))
              .as(action + " by " + groups).isInstanceOf(AuthorizationException.class);
        } finally {
          identityService.clearAuthentication();
        }
      }
    }
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(item.getId()).count()).isOne();
    assertThat(officeActionsRecorded()).isEqualTo(actions);
    assertThat(runtimeService.getVariable(item.getId(), Vars.ITEM_OFFICE_ACTION)).isNull();
  }

  @Test
  void addsAnItemToARegisteredNoticeByTheRegistrationRulesFromThatDayOn() {
    register("2.1.1");
    driver.clock(Instant.parse("2021-12-01T02:00:00Z"));

    act(OfficeAction.ADD_ITEM, Map.of(Vars.NOTICE_ID, notice, Vars.ITEM_NUMBER, "2.1.2",
        Vars.ITEM_TEXT, "Rà soát, báo cáo việc cấp giấy chứng nhận quyền sử dụng đất.", Vars.ITEM_KIND, "TASK",
        Vars.LEAD, "phong-kinh-te", Vars.COORDINATORS, "[\"phong-tnmt\"]",
        Vars.RESPONSE_DEADLINE, "xong trước 30/01/2022", Vars.REASON, "Thường trực Thành ủy chỉ đạo bổ sung."));

    ProcessInstance added = runtimeService.createProcessInstanceQuery().processDefinitionKey(ItemProcess.KEY)
        .processInstanceBusinessKey(notice + "/2.1.2")
        .singleResult();
    assertThat(added).isNotNull();
    assertThat(candidateGroups(driver.task(added.getId(), Elements.TASK_RECEIVE))).containsExactly("phong-kinh-te");
    assertThat(runtimeService.getVariable(added.getId(), ItemProcess.Vars.RESPONSE_DUE_AT))
        .isEqualTo(Date.from(Instant.parse("2022-01-30T17:00:00Z")));
    assertThat(values(added, Vars.ITEM_OFFICE_ACTION)).singleElement().asString()
        .contains("Bổ sung nội dung vào thông báo đã đăng ký", "Thường trực Thành ủy chỉ đạo bổ sung.");
    assertThat(reports.asOf(LocalDate.of(2021, 11, 30), notice).summary().total()).isEqualTo(1);
    assertThat(reports.asOf(LocalDate.of(2021, 12, 1), notice).summary().total()).isEqualTo(2);

    long before = runtimeService.createProcessInstanceQuery().count();
    assertThatThrownBy(() -> act(OfficeAction.ADD_ITEM, Map.of(Vars.NOTICE_ID, notice, Vars.ITEM_NUMBER, "2.1.1",
        Vars.ITEM_TEXT, "Trùng số.", Vars.ITEM_KIND, "TASK", Vars.LEAD, "phong-kinh-te", Vars.REASON, "Thử.")))
        .isInstanceOf(FormInputException.class).hasMessageContaining("trùng");
    assertThatThrownBy(() -> act(OfficeAction.ADD_ITEM, Map.of(Vars.NOTICE_ID, notice, Vars.ITEM_NUMBER, "2.1.3",
        Vars.ITEM_TEXT, "Cơ quan lạ.", Vars.ITEM_KIND, "TASK", Vars.LEAD, "bo-tai-chinh", Vars.REASON, "Thử.")))
        .isInstanceOf(FormInputException.class).hasMessageContaining("không có trong danh mục cơ quan");
    assertThatThrownBy(() -> act(OfficeAction.ADD_ITEM, Map.of(Vars.NOTICE_ID, notice, Vars.ITEM_NUMBER, "2.1.3",
        Vars.ITEM_TEXT, "Thời hạn lạ.", Vars.ITEM_KIND, "TASK", Vars.LEAD, "phong-kinh-te",
        Vars.RESPONSE_DEADLINE, "xong trước 31/02/2022", Vars.REASON, "Thử.")))
        .isInstanceOf(FormInputException.class).hasMessageContaining("Không đọc được thời hạn").hasMessageContaining("không tồn tại");
    assertThatThrownBy(() -> act(OfficeAction.ADD_ITEM, Map.of(Vars.NOTICE_ID, "khong-co-" + notice,
        Vars.ITEM_NUMBER, "2.1.3", Vars.ITEM_TEXT, "Thông báo lạ.", Vars.ITEM_KIND, "TASK", Vars.LEAD, "phong-kinh-te",
        Vars.REASON, "Thử."))).isInstanceOf(FormInputException.class).hasMessageContaining("Không tìm thấy thông báo");
    assertThat(runtimeService.createProcessInstanceQuery().count()).as("nothing started").isEqualTo(before);
  }

  @Test
  void reopensAClosedItemAsANewFollowUpThatNamesThePreviousOne() {
    ProcessInstance item = start("2.1.8", List.of("phong-tnmt"));
    driver.clock(Instant.parse("2021-12-10T02:00:00Z"));
    act(OfficeAction.STOP, Map.of(Vars.ITEM_KEY, item.getBusinessKey(), Vars.REASON, "Tạm dừng theo chỉ đạo."));
    assertThatThrownBy(() -> act(OfficeAction.REOPEN, Map.of(Vars.ITEM_KEY, notice + "/9.9",
        Vars.NEW_DEADLINE, "2022-03-31", Vars.REASON, "Thử."))).isInstanceOf(FormInputException.class)
        .hasMessageContaining("Không tìm thấy nội dung đã kết thúc theo dõi");
    driver.clock(Instant.parse("2022-02-14T02:00:00Z"));

    act(OfficeAction.REOPEN, Map.of(Vars.ITEM_KEY, item.getBusinessKey(), Vars.NEW_DEADLINE, "2022-03-31",
        Vars.REASON, "Tiếp tục thực hiện theo Kết luận mới.", Vars.DECISION_NUMBER, "30-TB/TU",
        Vars.DECISION_DATE, "2022-02-11"));

    ProcessInstance reopened = runtimeService.createProcessInstanceQuery().processDefinitionKey(ItemProcess.KEY)
        .processInstanceBusinessKey(item.getBusinessKey()).singleResult();
    assertThat(reopened.getId()).isNotEqualTo(item.getId());
    assertThat(runtimeService.getVariable(reopened.getId(), Vars.ITEM_REOPENED_FROM)).isEqualTo(item.getId());
    assertThat(candidateGroups(driver.task(reopened.getId(), Elements.TASK_RECEIVE))).containsExactly(LEAD);
    assertThat(runtimeService.getVariable(reopened.getId(), ItemProcess.Vars.RESPONSE_DUE_AT))
        .isEqualTo(Date.from(Instant.parse("2022-03-31T17:00:00Z")));
    assertThat(ItemProcess.Values.ITEM.of(runtimeService.getVariable(reopened.getId(), ItemProcess.Vars.ITEM))
        .coordinatingAgencyNames())
        .contains("Tài nguyên và Môi trường");
    assertThat(values(reopened, Vars.ITEM_OFFICE_ACTION)).singleElement().asString()
        .contains("Mở lại nội dung đã kết thúc theo dõi", "đã kết thúc theo dõi ngày 10/12/2021", "31/03/2022");
    assertThat(status(item, LocalDate.of(2022, 2, 13)).timeliness()).isEqualTo(Timeliness.STOPPED);
    ItemStatus now = status(item, LocalDate.of(2022, 2, 14));
    assertThat(now.timeliness()).isEqualTo(Timeliness.OPEN_IN_TERM);
    assertThat(now.dueDate()).isEqualTo(LocalDate.of(2022, 3, 31));
    assertThat(reports.asOf(LocalDate.of(2022, 2, 14), notice).summary().total()).as("one item, not two").isEqualTo(1);

    assertThatThrownBy(() -> act(OfficeAction.REOPEN, Map.of(Vars.ITEM_KEY, item.getBusinessKey(),
        Vars.NEW_DEADLINE, "2022-04-30", Vars.REASON, "Lần hai."))).isInstanceOf(FormInputException.class)
        .hasMessageContaining("đang được theo dõi");
  }

  // --- helpers

  /** Registers a numbered notice of this test with one item, through the notice process. */
  private void register(String number) {
    String json = "{\"id\":\"" + notice + "\",\"number\":\"" + (1000 + (System.nanoTime() % 90000))
        + "\",\"symbol\":\"TB/TU\",\"date\":\"2021-11-25\",\"issuer\":\"ban-thuong-vu-thanh-uy\","
        + "\"summary\":\"Kết luận kiểm thử thao tác Văn phòng\",\"items\":[{\"number\":\"" + number
        + "\",\"text\":\"Nội dung đã đăng ký.\",\"kind\":\"TASK\",\"lead\":\"" + LEAD
        + "\",\"deadlines\":[{\"type\":\"RESPONSE\",\"phrase\":\"xong trước 30/12/2021\"}]}]}";
    runtimeService.createProcessInstanceByKey(vn.followup.notice.NoticeProcess.KEY).businessKey(notice)
        .setVariable(vn.followup.notice.NoticeProcess.Vars.NOTICE_DOCUMENT,
            org.camunda.spin.plugin.variable.SpinValues.jsonValue(json).create())
        .execute();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ItemProcess.KEY)
        .processInstanceBusinessKey(notice + "/" + number).count())
        .isOne();
  }

  /** Starts the action's process as the office clerk, through its start form, as Tasklist does. */
  private long passed(ProcessInstance item, String activityId) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(item.getId()).activityId(activityId)
        .finished().count();
  }

  private void act(OfficeAction action, Map<String, Object> form) {
    identityService.setAuthentication(CLERK, List.of(OFFICE));
    try {
      formService.submitStartForm(definitionId(action), new HashMap<>(form));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private String definitionId(OfficeAction action) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(action.processKey()).latestVersion()
        .singleResult().getId();
  }

  private long officeActionsRecorded() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKeyIn(
        java.util.Arrays.stream(OfficeAction.values()).map(OfficeAction::processKey).toArray(String[]::new)).count();
  }

  private ProcessInstance start(String number, List<String> coordinators) {
    Optional<Deadline> response = Optional.of(reader.read("xong trước 30/12/2021").deadlines().get(0));
    return items.start(ItemStart.item(notice + "/" + number)
        .notice(notice, "Thông báo số 125-TB/TU ngày 25/11/2021", true)
        .text(number, "Nội dung " + number + " của kiểm thử thao tác Văn phòng.", true)
        .agencies(LEAD, coordinators)
        .response(response, "")
        .build());
  }

  private ItemStatus status(ProcessInstance item, LocalDate asOf) {
    return reports.asOf(asOf, notice).notices().stream().flatMap(section -> section.items().stream())
        .filter(status -> status.businessKey().equals(item.getBusinessKey())).findFirst().orElseThrow();
  }

  private long managementJobs(ProcessInstance watch, String activity) {
    return engine.getManagementService().createJobQuery().processInstanceId(watch.getId()).activityId(activity).count();
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId).toList();
  }

  private List<Object> values(ProcessInstance item, String variable) {
    return historyService.createHistoricDetailQuery().processInstanceId(item.getId()).variableUpdates()
        .orderByTime().asc().list().stream().map(HistoricVariableUpdate.class::cast)
        .filter(update -> variable.equals(update.getVariableName())).map(HistoricVariableUpdate::getValue).toList();
  }
}
