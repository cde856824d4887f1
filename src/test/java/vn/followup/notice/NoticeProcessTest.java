package vn.followup.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.item.ItemProcess;
import vn.followup.notice.NoticeProcess.Elements;
import vn.followup.notice.NoticeProcess.Vars;
import vn.followup.setup.DemoNotice;
import vn.followup.support.EngineDriver;
import vn.followup.support.ProcessTest;
import vn.followup.support.ApplicationTestBase;

/**
 * {@code Process_Notice}: a draft's items wait for its number; the periodic reports open at their
 * time with a pre-filled draft; the Tasklist start form registers a notice like the API does.
 */
@ProcessTest
class NoticeProcessTest extends ApplicationTestBase {

  static final Instant SESSION = Instant.parse("2021-11-25T03:00:00Z");
  static final String CLERK = "vanthu-vptu";
  static final String WARD = "canbo-dangu";
  static final String OFFICE_REVIEWER = "chuyenvien-vptu";

  @Autowired
  NoticeGateway gateway;
  @Autowired
  DeadlineSchedule schedule;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    driver.clock(SESSION);
    jdbc.update("delete from followup_item");
    jdbc.update("delete from followup_notice");
  }

  @AfterEach
  void tearDown() {
    driver.deleteAllInstances();
    EngineDriver.resetClock();
  }

  @Test
  void holdsTheItemsOfADraftUntilTheOfficeGivesItsNumber() {
    gateway.submit(DemoNotice.load());
    ProcessInstance notice = notice("xuan-tang-2021-11");
    List<ProcessInstance> items = items("xuan-tang-2021-11");
    assertThat(items).hasSize(16);
    items.forEach(item -> assertThat(item).isWaitingAt(ItemProcess.Elements.EVENT_NOTICE_NUMBERED));

    Task numbering = driver.task(notice.getId(), Elements.TASK_NUMBER_NOTICE);
    assertThatThrownBy(() -> driver.complete(numbering, CLERK, Map.of(Vars.NOTICE_NUMBER, "12/3",
        Vars.NOTICE_DATE, "2021-11-25"))).hasMessageContaining("Số thông báo");
    assertThat(items.get(0)).isWaitingAt(ItemProcess.Elements.EVENT_NOTICE_NUMBERED);

    driver.complete(driver.task(notice.getId(), Elements.TASK_NUMBER_NOTICE), CLERK,
        Map.of(Vars.NOTICE_NUMBER, "125", Vars.NOTICE_DATE, "2021-11-25"));
    // Items 1.1–1.7.5 answer by the ward's report section: received, with no response task of their own.
    items.forEach(item -> assertThat(item).isWaitingAt(item.getBusinessKey().contains("/1.")
        ? ItemProcess.Elements.TASK_RECEIVE_REPORTED_ITEM : ItemProcess.Elements.TASK_RECEIVE));
    assertThat(ItemProcess.Values.ITEM.of(runtimeService.getVariable(items.get(0).getId(), ItemProcess.Vars.ITEM)).noticeLabel())
        .isEqualTo("Thông báo số 125-TB/TU ngày 25/11/2021");
    assertThat(jdbc.queryForObject("select number from followup_notice where id = 'xuan-tang-2021-11'", String.class))
        .isEqualTo("125");
  }

  @Test
  void opensTheWardsSixMonthAndAnnualReportTasksWithADraftOfEachItemsState() {
    gateway.submit(numbered(DemoNotice.load()));
    ProcessInstance notice = notice("125-TB-TU-2021");
    Instant sixMonthTask = schedule.reportTaskAt(LocalDate.of(2022, 6, 30));
    Instant annualTask = schedule.reportTaskAt(LocalDate.of(2022, 12, 31));
    assertThat(sixMonthTask).isEqualTo(Instant.parse("2022-06-16T01:00:00Z"));

    driver.clock(sixMonthTask.minusSeconds(1));
    driver.runDueJobs();
    assertThat(reportTasks(notice)).isEmpty();
    driver.clock(sixMonthTask);
    driver.runDueJobs();
    Task sixMonth = reportTasks(notice).get(0);
    assertThat(sixMonth.getDueDate()).isEqualTo(Date.from(Instant.parse("2022-06-30T17:00:00Z")));
    assertThat(taskService.getIdentityLinksForTask(sixMonth.getId())).anyMatch(l -> "dang-uy-xuan-tang".equals(l.getGroupId()));
    assertThat((String) taskService.getVariable(sixMonth.getId(), Vars.REPORT_DRAFT)).contains("Nội dung 1.1:")
        .contains("Nội dung 1.7.5:").doesNotContain("Nội dung 2.1.1:")
        .contains("(tính đến ngày 16/06/2022):\nTổng số 11 nội dung;")
        .contains("- Nội dung 1.7.3: Đã giao, chờ tiếp nhận; Chưa hoàn thành – quá hạn 77 ngày\n")
        .contains("- Nội dung 1.7.4: Đã giao, chờ tiếp nhận; Không thời hạn / thường xuyên\n");
    driver.complete(sixMonth, WARD, section("Mục riêng về 07 nhóm nhiệm vụ...", "2022-06-15", "[]"));
    driver.complete(driver.task(notice.getId(), Elements.TASK_REVIEW_REPORT), OFFICE_REVIEWER,
        Map.of(Vars.REPORT_REVIEW_DECISION, "ACCEPT"));

    driver.clock(annualTask);
    driver.runDueJobs();
    driver.complete(reportTasks(notice).get(0), WARD, section("Báo cáo năm 2022...", "2022-12-15", "[]"));
    driver.complete(driver.task(notice.getId(), Elements.TASK_REVIEW_REPORT), OFFICE_REVIEWER,
        Map.of(Vars.REPORT_REVIEW_DECISION, "ACCEPT"));
    assertThat(notice).isEnded();
  }

  @Test
  void theOfficesReviewOfTheReportSectionRecordsEachItemsStateAndAnswersTheItemsItCovers() {
    gateway.submit(numbered(DemoNotice.load(), "126"));
    ProcessInstance notice = notice("126-TB-TU-2021");
    Map<String, ProcessInstance> items = new java.util.HashMap<>();
    items("126-TB-TU-2021").forEach(item -> items.put(item.getBusinessKey().substring("126-TB-TU-2021/".length()), item));
    driver.clock(schedule.reportTaskAt(LocalDate.of(2022, 6, 30)));
    driver.runDueJobs();
    Task sixMonth = reportTasks(notice).get(0);
    assertThat((String) taskService.getVariable(sixMonth.getId(), Vars.REPORT_ITEM_OPTIONS).toString())
        .contains("\"value\":\"1.7.5\"").contains("1.1 — Nắm chắc tình hình địa bàn").doesNotContain("2.1.1");

    // Bad input: an item the section does not cover, a date still ahead; nothing is completed.
    assertThatThrownBy(() -> driver.complete(sixMonth, WARD, section("Mục riêng.", "2022-06-15", "[\"2.1.1\"]")))
        .hasMessageContaining("Mục báo cáo không bao gồm nội dung 2.1.1");
    assertThatThrownBy(() -> driver.complete(sixMonth, WARD, section("Mục riêng.", "2022-07-20", "[]")))
        .hasMessageContaining("Ngày báo cáo không được sau ngày hôm nay");
    assertThat(reportTasks(notice)).hasSize(1);

    driver.complete(sixMonth, WARD, section("Mục riêng: nhiệm vụ 1.1 đã hoàn thành.", "2022-06-14", "[\"1.1\"]"));
    Task review = driver.task(notice.getId(), Elements.TASK_REVIEW_REPORT);
    assertThat(review.getDueDate()).isNotNull();
    // Four eyes: the writer may not review the section; a return needs its reason.
    assertThatThrownBy(() -> driver.complete(review, WARD, Map.of(Vars.REPORT_REVIEW_DECISION, "ACCEPT"),
        "van-phong-thanh-uy")).hasMessageContaining("không được tự thẩm định");
    assertThatThrownBy(() -> driver.complete(driver.task(notice.getId(), Elements.TASK_REVIEW_REPORT), OFFICE_REVIEWER,
        Map.of(Vars.REPORT_REVIEW_DECISION, "RETURN"))).hasMessageContaining("Lý do trả lại");
    taskService.setAssignee(review.getId(), null);
    driver.complete(driver.task(notice.getId(), Elements.TASK_REVIEW_REPORT), OFFICE_REVIEWER,
        Map.of(Vars.REPORT_REVIEW_DECISION, "RETURN", Vars.REPORT_REVIEW_REASON, "Bổ sung kết quả nhiệm vụ 1.7.3."));
    // Returned: the ward writes the section again, the reason in front of it; the items are unchanged.
    Task again = reportTasks(notice).get(0);
    assertThat(taskService.getVariable(again.getId(), Vars.REPORT_REVIEW_REASON)).isEqualTo("Bổ sung kết quả nhiệm vụ 1.7.3.");
    assertThat(runtimeService.getVariable(items.get("1.1").getId(), ItemProcess.Vars.IMPLEMENTATION_STATE)).isNull();

    driver.complete(again, WARD, section("Mục riêng: 1.1 đã hoàn thành; 1.7.3 đang thực hiện.", "2022-06-15", "[\"1.1\"]"));
    driver.complete(driver.task(notice.getId(), Elements.TASK_REVIEW_REPORT), OFFICE_REVIEWER,
        Map.of(Vars.REPORT_REVIEW_DECISION, "ACCEPT"));

    // 1.1, reported done, is answered by the section (its document and date) and goes to closure.
    ProcessInstance done = items.get("1.1");
    assertThat(runtimeService.getVariables(done.getId())).containsEntry(ItemProcess.Vars.IMPLEMENTATION_STATE, "DONE")
        .containsEntry(ItemProcess.Vars.REVIEW_DECISION, "ACCEPT").containsEntry(ItemProcess.Vars.RESPONSE_NUMBER, "120")
        .containsEntry(ItemProcess.Vars.RESPONSE_DATE, "2022-06-15")
        .containsEntry(ItemProcess.Vars.LAST_REPORT_LABEL, "Báo cáo 6 tháng — hết ngày 30/06/2022");
    assertThat(done).isWaitingAt(ItemProcess.Elements.TASK_CLOSE);
    // 1.2 is recorded as in progress and waits for the annual report; none ever had a response task.
    ProcessInstance open = items.get("1.2");
    assertThat(runtimeService.getVariable(open.getId(), ItemProcess.Vars.IMPLEMENTATION_STATE)).isEqualTo("IN_PROGRESS");
    assertThat(runtimeService.getVariable(open.getId(), ItemProcess.Vars.REVIEW_DECISION)).isNull();
    assertThat(open).isWaitingAt(ItemProcess.Elements.EVENT_REPORT_SECTION_ACCEPTED);
    assertThat(historyService.createHistoricActivityInstanceQuery().activityId(ItemProcess.Elements.TASK_WRITE_RESPONSE)
        .list()).allSatisfy(task -> assertThat(task.getProcessInstanceId()).isNotIn(
            items.entrySet().stream().filter(e -> e.getKey().startsWith("1.")).map(e -> e.getValue().getId()).toList()));
    // The recommendations keep their own written response.
    assertThat(items.get("2.1.1")).isWaitingAt(ItemProcess.Elements.TASK_RECEIVE);

    driver.clock(schedule.reportTaskAt(LocalDate.of(2022, 12, 31)));
    driver.runDueJobs();
    driver.complete(reportTasks(notice).get(0), WARD, section("Báo cáo năm: 1.2 đã hoàn thành.", "2022-12-15", "[\"1.2\"]"));
    driver.complete(driver.task(notice.getId(), Elements.TASK_REVIEW_REPORT), OFFICE_REVIEWER,
        Map.of(Vars.REPORT_REVIEW_DECISION, "ACCEPT"));
    assertThat(items.get("1.2")).isWaitingAt(ItemProcess.Elements.TASK_CLOSE);
    // The last report answers the items still in progress: they stay followed until done.
    assertThat(runtimeService.getVariable(items.get("1.3").getId(), ItemProcess.Vars.REVIEW_DECISION)).isEqualTo("ACCEPT");
    assertThat(items.get("1.3")).isWaitingAt(ItemProcess.Elements.TIMER_QUARTER_END);
    assertThat(items.get("1.7.3")).isWaitingAt(ItemProcess.Elements.CALL_ACTIVITY_WATCH_COMPLETION);
    assertThat(notice).isEnded();
  }

  private static Map<String, Object> section(String text, String date, String doneItems) {
    return Map.of(Vars.REPORT_TEXT, text, Vars.REPORT_NUMBER, "120", Vars.REPORT_DATE, date,
        Vars.DONE_ITEMS, SpinValues.jsonValue(doneItems).create());
  }

  @Test
  void registersANoticeFromTheTasklistStartFormAsTheApiDoes() {
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(NoticeProcess.KEY)
        .latestVersion().singleResult().getId();
    ProcessInstance notice = formService.submitStartForm(definition, startForm("ubnd-thanh-pho"));

    assertThat(notice.getBusinessKey()).isEqualTo("7-TB-TU-2021");
    assertThat(notice).isEnded();
    List<ProcessInstance> items = items("7-TB-TU-2021");
    assertThat(items).extracting(ProcessInstance::getBusinessKey)
        .containsExactlyInAnyOrder("7-TB-TU-2021/1", "7-TB-TU-2021/2");
    assertThat(runtimeService.getVariable(items.get(0).getId(), ItemProcess.Vars.RESPONSE_DUE_AT))
        .isEqualTo(Date.from(Instant.parse("2021-12-30T17:00:00Z")));
  }

  @Test
  void theTasklistStartFormEntersPeriodicReportsAndTheProposerOfARecommendation() {
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(NoticeProcess.KEY)
        .latestVersion().singleResult().getId();
    Map<String, Object> form = new java.util.HashMap<>(startForm("ubnd-thanh-pho"));
    form.put(Vars.NOTICE_NUMBER, "8");
    form.put(Vars.ITEMS, SpinValues.jsonValue("[{\"number\":\"1\",\"text\":\"Kiến nghị của phường.\","
        + "\"kind\":\"RECOMMENDATION\",\"lead\":\"ubnd-thanh-pho\",\"proposer\":\"dang-uy-xuan-tang\","
        + "\"coordinators\":[],\"responseDeadline\":\"xong trước 30/12/2021\"},"
        + "{\"number\":\"2\",\"text\":\"Nhiệm vụ của phường.\",\"kind\":\"TASK\",\"lead\":\"ubnd-xuan-tang\","
        + "\"coordinators\":[]}]").create());
    // The form's second, empty report row is no report.
    form.put(Vars.REPORT_ENTRIES, SpinValues.jsonValue("[{\"phrase\":\"báo cáo 6 tháng, 01 năm của cấp ủy trong năm 2022\","
        + "\"agency\":\"dang-uy-xuan-tang\",\"items\":\"1, 2\"},{\"phrase\":\"\",\"items\":\"\"}]").create());

    ProcessInstance notice = formService.submitStartForm(definition, form);

    assertThat(notice).isWaitingAt(Elements.TIMER_REPORT_TASK);
    Map<String, ProcessInstance> items = new java.util.HashMap<>();
    items("8-TB-TU-2021").forEach(item -> items.put(item.getBusinessKey(), item));
    // The recommendation keeps its own response and tells its proposer; the task answers by the report.
    assertThat(runtimeService.getVariables(items.get("8-TB-TU-2021/1").getId()))
        .containsEntry(ItemProcess.Vars.PROPOSER, "dang-uy-xuan-tang")
        .containsEntry(ItemProcess.Vars.ANSWERED_BY_REPORT, false);
    assertThat(items.get("8-TB-TU-2021/1")).isWaitingAt(ItemProcess.Elements.TASK_RECEIVE);
    assertThat(runtimeService.getVariable(items.get("8-TB-TU-2021/2").getId(), ItemProcess.Vars.ANSWERED_BY_REPORT))
        .isEqualTo(true);
    assertThat(items.get("8-TB-TU-2021/2")).isWaitingAt(ItemProcess.Elements.TASK_RECEIVE_REPORTED_ITEM,
        ItemProcess.Elements.EVENT_REPORT_SECTION_ACCEPTED);
    assertThat(runtimeService.getVariable(notice.getId(), Vars.REPORTS).toString()).contains("\"lastFor\":[\"2\"]");
  }

  @Test
  void refusesAStartFormWithAnUnknownLeadAndStoresNothing() {
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(NoticeProcess.KEY)
        .latestVersion().singleResult().getId();
    long instancesBefore = runtimeService.createProcessInstanceQuery().count();

    assertThatThrownBy(() -> formService.submitStartForm(definition, startForm("phong-khong-ton-tai")))
        .satisfies(e -> assertThat(rootCause(e)).isInstanceOf(NoticeValidationException.class)
            .hasMessageContaining("items[0].lead"));

    assertThat(jdbc.queryForObject("select count(*) from followup_notice", Integer.class)).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
  }

  private Map<String, Object> startForm(String lead) {
    String items = "[{\"number\":\"1\",\"text\":\"Nội dung thứ nhất.\",\"kind\":\"RECOMMENDATION\",\"lead\":\"" + lead
        + "\",\"coordinators\":[\"phong-tnmt\"],\"responseDeadline\":\"xong trước 30/12/2021\"},"
        + "{\"number\":\"2\",\"text\":\"Nội dung thứ hai.\",\"kind\":\"TASK\",\"lead\":\"ubnd-xuan-tang\","
        + "\"coordinators\":[],\"completionDeadline\":\"trong quý I năm 2022\"}]";
    return Map.of(Vars.NOTICE_NUMBER, "7", Vars.NOTICE_SYMBOL, "TB/TU", Vars.NOTICE_DATE, "2021-11-25",
        Vars.NOTICE_ISSUER, "thuong-truc-thanh-uy", Vars.NOTICE_SUMMARY, "Kết luận kiểm thử",
        Vars.SIGNER_NAME, "Đỗ Trường Sơn", Vars.ITEMS, SpinValues.jsonValue(items).create());
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && !(cause instanceof NoticeValidationException)) {
      cause = cause.getCause();
    }
    return cause;
  }

  static NoticeDocument numbered(NoticeDocument seed) {
    return numbered(seed, "125");
  }

  static NoticeDocument numbered(NoticeDocument seed, String number) {
    return new NoticeDocument(null, number, seed.symbol(), LocalDate.of(2021, 11, 25), seed.place(), seed.issuer(),
        seed.signer(), seed.summary(), seed.remarks(), seed.items(), seed.reports());
  }

  private ProcessInstance notice(String id) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(NoticeProcess.KEY)
        .processInstanceBusinessKey(id).singleResult();
  }

  private List<ProcessInstance> items(String noticeId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ItemProcess.KEY)
        .variableValueEquals(ItemProcess.Vars.NOTICE_ID, noticeId).list();
  }

  private List<Task> reportTasks(ProcessInstance notice) {
    return taskService.createTaskQuery().processInstanceId(notice.getId()).taskDefinitionKey(Elements.TASK_WRITE_REPORT)
        .list();
  }
}
