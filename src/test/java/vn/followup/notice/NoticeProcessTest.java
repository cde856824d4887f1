package vn.followup.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.followup.ItemProcess;
import vn.followup.notice.NoticeProcess.Elements;
import vn.followup.notice.NoticeProcess.Vars;
import vn.followup.support.EngineDriver;
import vn.followup.support.ProcessTest;

/**
 * {@code Process_Notice}: a draft's items wait for its number; the periodic reports open at their
 * time with a pre-filled draft; the Tasklist start form registers a notice like the API does.
 */
@ProcessTest
class NoticeProcessTest {

  static final Instant SESSION = Instant.parse("2021-11-25T03:00:00Z");
  static final String CLERK = "vanthu-vptu";

  @Autowired
  ProcessEngine engine;
  @Autowired
  NoticeGateway gateway;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  FormService formService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  DeadlineSchedule schedule;
  @Autowired
  JdbcTemplate jdbc;
  EngineDriver driver;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    driver = new EngineDriver(engine);
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
    gateway.submit(DemoNotice.load(), 0);
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
    items.forEach(item -> assertThat(item).isWaitingAt(ItemProcess.Elements.TASK_RECEIVE));
    assertThat(runtimeService.getVariable(items.get(0).getId(), ItemProcess.Vars.NOTICE_LABEL))
        .isEqualTo("Thông báo số 125-TB/TU ngày 25/11/2021");
    assertThat(jdbc.queryForObject("select number from followup_notice where id = 'xuan-tang-2021-11'", String.class))
        .isEqualTo("125");
  }

  @Test
  void opensTheWardsSixMonthAndAnnualReportTasksWithADraftOfEachItemsState() {
    gateway.submit(numbered(DemoNotice.load()), 0);
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
    driver.complete(sixMonth, "canbo-dangu", Map.of(Vars.REPORT_TEXT, "Mục riêng về 07 nhóm nhiệm vụ..."));

    driver.clock(annualTask);
    driver.runDueJobs();
    driver.complete(reportTasks(notice).get(0), "canbo-dangu", Map.of(Vars.REPORT_TEXT, "Báo cáo năm 2022..."));
    assertThat(notice).isEnded();
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
    return new NoticeDocument(null, "125", seed.symbol(), LocalDate.of(2021, 11, 25), seed.place(), seed.issuer(),
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
