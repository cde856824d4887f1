package vn.followup.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.followup.support.TestUsers.PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.followup.deadline.Deadline;
import vn.followup.item.ItemProcess.Elements;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.item.ItemStart;
import vn.followup.organisation.Roles;
import vn.followup.support.EngineDriver;
import vn.followup.support.ProcessTest;
import vn.followup.support.ApplicationTestBase;

/**
 * The status report on one notice whose five items each end in a known category, with time moved:
 * one answered on time, one answered late, one never answered, one extended, one without deadline.
 * The figures for three dates are exact, a past date's report does not change when later events
 * are recorded, and the CSV and XLSX files carry the same figures.
 */
@ProcessTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatusReportProcessTest extends ApplicationTestBase {

  static final String NOTICE = "bao-cao-" + UUID.randomUUID().toString().substring(0, 8);
  static final String WRITER = "canbo-baocao";
  static final String HEAD = "lanhdao-baocao";
  static final String REVIEWER = "chuyenvien-baocao";
  static final String AUDITOR = "kiemtra-baocao";
  static final String STAFF = "nhanvien-baocao";
  static final LocalDate BEFORE_DEADLINE = LocalDate.of(2021, 12, 25);
  static final LocalDate AFTER_DEADLINE = LocalDate.of(2021, 12, 31);
  static final LocalDate MID_MAY = LocalDate.of(2022, 5, 15);

  @Autowired
  StatusReportService reports;
  @Autowired
  WebApplicationContext context;

  final Map<String, ProcessInstance> started = new HashMap<>();
  StatusReport reportAfterDeadlineWhenFresh;
  StatusReport reportBeforeDeadlineWhenFresh;

  /**
   * Plays the notice once, inside the first test that runs (the coverage listener only records
   * within a test), and leaves the clock in May 2022.
   */
  @BeforeEach
  void playTheNoticeOnce() {
    if (!started.isEmpty()) {
      driver.clock(Instant.parse("2022-05-16T01:00:00Z"));
      return;
    }
    fixture.user(AUDITOR, List.of(Roles.AUDITORS));
    fixture.user(STAFF, List.of("ubnd-thanh-pho"));
    at("2021-11-25T03:00:00Z");
    start("2.1.1", "ubnd-thanh-pho", "xong trước 30/12/2021");
    start("2.1.2", "ubnd-thanh-pho", "xong trước 30/12/2021");
    start("2.1.3", "phong-kinh-te", "xong trước 30/12/2021");
    start("2.1.4", "phong-kinh-te", "xong trước 30/12/2021");
    start("1.7.4", "dang-uy-xuan-tang", null);
    started.values().forEach(item -> complete(item, Elements.TASK_RECEIVE, WRITER,
        Map.of(Vars.FOCAL_OFFICER, "Nguyễn Văn An")));

    at("2021-12-20T02:00:00Z");
    complete(item("2.1.1"), Elements.TASK_WRITE_RESPONSE, WRITER, response("2021-12-20"));
    complete(item("2.1.4"), Elements.TASK_WRITE_RESPONSE, HEAD, Map.of(Vars.EXTENSION_REQUESTED, true,
        Vars.EXTENSION_NEW_DATE, "2022-01-31", Vars.EXTENSION_REASON, "Chờ ý kiến của cơ quan cấp tỉnh."), Roles.HEADS);
    at("2021-12-21T02:00:00Z");
    complete(item("2.1.1"), Elements.TASK_REVIEW_RESPONSE, REVIEWER, Map.of(Vars.REVIEW_DECISION, "ACCEPT"));
    at("2021-12-22T02:00:00Z");
    complete(item("2.1.4"), Elements.TASK_DECIDE_EXTENSION, REVIEWER,
        Map.of(Vars.EXTENSION_DECISION, "APPROVE", Vars.EXTENSION_DECISION_REASON, "Có căn cứ."));

    at("2021-12-26T00:00:00Z");
    reportBeforeDeadlineWhenFresh = reports.asOf(BEFORE_DEADLINE, NOTICE);
    at("2022-01-01T01:00:00Z");
    reportAfterDeadlineWhenFresh = reports.asOf(AFTER_DEADLINE, NOTICE);

    at("2022-01-10T02:00:00Z");
    complete(item("2.1.2"), Elements.TASK_WRITE_RESPONSE, WRITER, response("2022-01-10"));
    at("2022-01-11T02:00:00Z");
    complete(item("2.1.2"), Elements.TASK_REVIEW_RESPONSE, REVIEWER, Map.of(Vars.REVIEW_DECISION, "ACCEPT"));
    complete(item("2.1.1"), Elements.TASK_CLOSE, REVIEWER, Map.of(Vars.CLOSURE_OUTCOME, "COMPLETED_ON_TIME"));
    at("2022-05-16T01:00:00Z");
  }

  /**
   * Removes the notice's running items and their watches, whose timers would otherwise fire in the
   * process tests that run next on this database.
   */
  @AfterAll
  void removeTheNoticeAndResetTheClock() {
    List<String> running = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(vn.followup.item.ItemProcess.KEY).processInstanceBusinessKeyLike(NOTICE + "/%").list().stream().map(ProcessInstance::getId).toList();
    engine.getRuntimeService().deleteProcessInstancesIfExists(running, "kiểm thử xong", true, true, false);
    EngineDriver.resetClock();
  }

  @Test
  @Order(1)
  void beforeTheDeadlineCountsTheEarlyAnswerAndTheExtensionButNothingOverdue() {
    StatusReport report = reports.asOf(BEFORE_DEADLINE, NOTICE);

    assertThat(categories(report)).containsExactly(
        "1.7.4 NO_DEADLINE", "2.1.1 DONE_ON_TIME", "2.1.2 OPEN_IN_TERM", "2.1.3 OPEN_IN_TERM", "2.1.4 OPEN_EXTENDED");
    assertThat(report.summary()).isEqualTo(totals(5, 1, 1, 0, 2, 1, 0, 1, 0, 1, 2, "0.0", "100.0"));
    ItemStatus extended = status(report, "2.1.4");
    assertThat(extended.originalDueDate()).isEqualTo(LocalDate.of(2021, 12, 30));
    assertThat(extended.dueDate()).isEqualTo(LocalDate.of(2022, 1, 31));
    assertThat(extended.extensionApprovedBy()).isEqualTo(REVIEWER);
    assertThat(status(report, "2.1.1")).extracting(ItemStatus::lifecycle, ItemStatus::responseDocument,
        ItemStatus::responseDate).containsExactly(Lifecycle.AWAITING_CLOSURE, "45/UBND-VP", LocalDate.of(2021, 12, 20));
    assertThat(report.extensions()).extracting(ItemStatus::itemNumber).containsExactly("2.1.4");
  }

  @Test
  @Order(2)
  void theDayAfterTheDeadlineCountsTwoItemsOverdueByOneDay() {
    StatusReport report = reports.asOf(AFTER_DEADLINE, NOTICE);

    assertThat(categories(report)).containsExactly(
        "1.7.4 NO_DEADLINE", "2.1.1 DONE_ON_TIME", "2.1.2 OPEN_OVERDUE", "2.1.3 OPEN_OVERDUE", "2.1.4 OPEN_EXTENDED");
    assertThat(report.summary()).isEqualTo(totals(5, 3, 1, 0, 0, 1, 2, 1, 0, 1, 0, "66.7", "33.3"));
    assertThat(status(report, "2.1.2").daysOverdue()).isEqualTo(1);
    assertThat(report.overdueBands()).extracting(StatusReport.AgeBand::count).containsExactly(2, 0, 0, 0);
  }

  @Test
  @Order(3)
  void inMayCountsTheLateAnswerAndBandsTheOverdueItemsByAge() {
    StatusReport report = reports.asOf(MID_MAY, NOTICE);

    assertThat(categories(report)).containsExactly(
        "1.7.4 NO_DEADLINE", "2.1.1 DONE_ON_TIME", "2.1.2 DONE_LATE", "2.1.3 OPEN_OVERDUE", "2.1.4 OPEN_OVERDUE");
    assertThat(report.summary()).isEqualTo(totals(5, 4, 1, 1, 0, 0, 2, 1, 0, 1, 0, "50.0", "25.0"));
    assertThat(status(report, "2.1.3").daysOverdue()).isEqualTo(136);
    assertThat(status(report, "2.1.4").daysOverdue()).isEqualTo(104);
    assertThat(status(report, "2.1.4").extended()).isTrue();
    assertThat(status(report, "2.1.1").lifecycle()).isEqualTo(Lifecycle.CLOSED);
    assertThat(status(report, "2.1.2").lifecycle()).isEqualTo(Lifecycle.AWAITING_CLOSURE);
    assertThat(report.overdueBands()).extracting(StatusReport.AgeBand::label, StatusReport.AgeBand::count)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Từ 1 đến 30 ngày", 0),
            org.assertj.core.groups.Tuple.tuple("Từ 31 đến 90 ngày", 0),
            org.assertj.core.groups.Tuple.tuple("Từ 91 đến 120 ngày", 1),
            org.assertj.core.groups.Tuple.tuple("Trên 120 ngày", 1));
    assertThat(report.agencies()).extracting(row -> row.rank() + " " + row.agency() + " " + row.totals().overdueShare())
        .containsExactly("1 phong-kinh-te 100.0", "2 ubnd-thanh-pho 0.0", "3 dang-uy-xuan-tang null");
  }

  @Test
  @Order(4)
  void aPastDatesReportIsTheSameHoweverMuchHappenedSince() {
    assertThat(withoutGenerationTime(reports.asOf(AFTER_DEADLINE, NOTICE)))
        .isEqualTo(withoutGenerationTime(reportAfterDeadlineWhenFresh));
    assertThat(withoutGenerationTime(reports.asOf(BEFORE_DEADLINE, NOTICE)))
        .isEqualTo(withoutGenerationTime(reportBeforeDeadlineWhenFresh));
  }

  @Test
  @Order(5)
  void theCsvFileOpensInExcelWithTheSameFigures() throws Exception {
    MockHttpServletResponse response = call("/api/reports/status?asOf=2022-05-15&format=csv&notice=" + NOTICE, AUDITOR);

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentType()).startsWith("text/csv");
    assertThat(response.getHeader("Content-Disposition")).contains("bao-cao-tinh-hinh-2022-05-15");
    byte[] body = response.getContentAsByteArray();
    assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
    List<String> lines = List.of(new String(body, StandardCharsets.UTF_8).substring(1).split("\r\n"));
    assertThat(lines.get(1)).isEqualTo("(Tính đến hết ngày 15/05/2022)");
    assertThat(lines).contains("5,4,1,1,0,0,2,1,0,1,0,50.0,25.0");
    assertThat(lines).anyMatch(line -> line.startsWith("Trên 120 ngày,1,") && line.contains(",2.1.3,")
        && line.contains(",30/12/2021,136,"));
    assertThat(lines).anyMatch(line -> line.startsWith("1,Phòng Kinh tế") && line.endsWith(",100.0,0.0"));
  }

  @Test
  @Order(6)
  void theXlsxWorkbookOpensWithTheSameFiguresAsNumbers() throws Exception {
    MockHttpServletResponse response = call("/api/reports/status?asOf=2022-05-15&format=xlsx&notice=" + NOTICE, AUDITOR);

    assertThat(response.getStatus()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
      assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Tổng hợp");
      Sheet summary = workbook.getSheet("Tổng hợp");
      assertThat(summary.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("BÁO CÁO TÌNH HÌNH THỰC HIỆN CÁC THÔNG BÁO KẾT LUẬN");
      assertThat(values(summary.getRow(5))).containsExactly(5.0, 4.0, 1.0, 1.0, 0.0, 0.0, 2.0, 1.0, 0.0, 1.0, 0.0, 50.0, 25.0);
      Sheet overdue = workbook.getSheet("Quá hạn");
      List<List<Object>> rows = new ArrayList<>();
      overdue.forEach(row -> rows.add(values(row)));
      assertThat(rows).anyMatch(row -> row.contains("2.1.3") && row.contains(136.0));
      assertThat(rows).anyMatch(row -> row.contains("2.1.4") && row.contains(104.0));
      Sheet notices = workbook.getSheet("Theo thông báo");
      Row item = notices.getRow(8);
      assertThat(item.getCell(1).getStringCellValue()).isEqualTo("2.1.3");
      Cell due = item.getCell(7);
      assertThat(due.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(due.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 12, 30));
      assertThat(due.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
    }
  }

  @Test
  @Order(7)
  void refusesTheReportAndTheAuditToAgencyStaffAndAnAdministrator() throws Exception {
    for (String path : List.of("/api/reports/status?asOf=2022-05-15", "/api/audit/notices/" + NOTICE)) {
      MockHttpServletResponse staff = call(path, STAFF);
      assertThat(staff.getStatus()).as(path).isEqualTo(403);
      assertThat(staff.getContentAsString(StandardCharsets.UTF_8)).contains("Bạn không có quyền");
    }
    assertThat(call("/api/reports/status?asOf=2022-05-15", "admin", vn.followup.support.TestUsers.ADMIN_PASSWORD)
        .getStatus()).isEqualTo(403);
    assertThat(call("/api/audit/notices/" + NOTICE, AUDITOR).getStatus()).isEqualTo(200);
  }

  @Test
  @Order(8)
  void refusesAMalformedOrFutureDateInVietnamese() throws Exception {
    MockHttpServletResponse malformed = call("/api/reports/status?asOf=15/05/2022", AUDITOR);
    MockHttpServletResponse future = call("/api/reports/status?asOf=2022-05-17", AUDITOR);
    MockHttpServletResponse format = call("/api/reports/status?asOf=2022-05-15&format=pdf", AUDITOR);

    assertThat(malformed.getStatus()).isEqualTo(400);
    assertThat(malformed.getContentAsString(StandardCharsets.UTF_8)).contains("phải có dạng YYYY-MM-DD");
    assertThat(future.getStatus()).isEqualTo(400);
    assertThat(future.getContentAsString(StandardCharsets.UTF_8)).contains("chưa đến");
    assertThat(format.getStatus()).isEqualTo(400);
    assertThat(format.getContentAsString(StandardCharsets.UTF_8)).contains("không được hỗ trợ");
  }

  @Test
  @Order(9)
  void theTrendGivesTheStatusReportsTotalsAtTheEndOfEachWeek() throws Exception {
    MockHttpServletResponse response = call("/api/reports/trend?asOf=2022-05-15&weeks=25&notice=" + NOTICE, AUDITOR);

    assertThat(response.getStatus()).isEqualTo(200);
    JsonNode trend = new ObjectMapper().readTree(response.getContentAsString(StandardCharsets.UTF_8));
    JsonNode points = trend.get("points");
    assertThat(points).hasSize(25);
    assertThat(points.get(0).get("asOf").asText()).isEqualTo("2021-11-28");
    assertThat(points.get(24).get("asOf").asText()).isEqualTo("2022-05-15");
    ObjectMapper json = new ObjectMapper().registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());
    for (JsonNode point : points) {
      LocalDate date = LocalDate.parse(point.get("asOf").asText());
      assertThat(point.get("summary")).as(date.toString())
          .isEqualTo(json.readTree(json.writeValueAsString(reports.asOf(date, NOTICE).summary())));
    }
    // The week of 26/12/2021: two items due on 30/12 are due soon, the one extended to 31/01 is not.
    assertThat(points.get(4).get("asOf").asText()).isEqualTo("2021-12-26");
    assertThat(points.get(4).get("summary").get("dueSoon").asInt()).isEqualTo(2);
    assertThat(points.get(5).get("summary").get("openOverdue").asInt()).isEqualTo(2);
    assertThat(trend.get("dueSoonDays").asInt()).isEqualTo(7);
    assertThat(trend.get("figures").findValuesAsText("key")).contains("dueSoon", "openOverdue");
  }

  @Test
  @Order(10)
  void refusesTheTrendToAgencyStaffAndABadNumberOfWeeksInVietnamese() throws Exception {
    MockHttpServletResponse staff = call("/api/reports/trend?asOf=2022-05-15", STAFF);
    MockHttpServletResponse weeks = call("/api/reports/trend?asOf=2022-05-15&weeks=0", AUDITOR);
    MockHttpServletResponse future = call("/api/reports/trend?asOf=2022-05-17", AUDITOR);

    assertThat(staff.getStatus()).isEqualTo(403);
    assertThat(staff.getContentAsString(StandardCharsets.UTF_8)).contains("Bạn không có quyền");
    assertThat(weeks.getStatus()).isEqualTo(400);
    assertThat(weeks.getContentAsString(StandardCharsets.UTF_8)).contains("Số tuần (weeks) phải là số nguyên từ 1 đến 104");
    assertThat(future.getStatus()).isEqualTo(400);
    assertThat(future.getContentAsString(StandardCharsets.UTF_8)).contains("chưa đến");
  }

  @Test
  @Order(11)
  void theStatusReportMarksTheItemsDueSoonAndExportsTheirCount() throws Exception {
    StatusReport report = reports.asOf(BEFORE_DEADLINE, NOTICE);

    assertThat(report.notices().get(0).items()).filteredOn(ItemStatus::dueSoon).extracting(ItemStatus::itemNumber)
        .containsExactly("2.1.2", "2.1.3");
    assertThat(report.figureItems().get("dueSoon")).containsExactly(NOTICE + "/2.1.2", NOTICE + "/2.1.3");
    for (Figure figure : Figure.values()) {
      if (!figure.share()) {
        assertThat(report.figureItems().get(figure.key())).as(figure.key()).hasSize((Integer) figure.of(report.summary()));
      }
    }
    assertThat(report.figureItems().get("overdueShare")).isEqualTo(report.figureItems().get("openOverdue"));
    MockHttpServletResponse csv = call("/api/reports/status?asOf=2021-12-25&format=csv&notice=" + NOTICE, AUDITOR);
    List<String> lines = List.of(csv.getContentAsString(StandardCharsets.UTF_8).substring(1).split("\r\n"));
    int heading = lines.indexOf(lines.stream().filter(line -> line.startsWith("Tổng số nội dung,")).findFirst().orElseThrow());
    assertThat(lines.get(heading)).contains(",Trong đó: đã gia hạn,Trong đó: sắp đến hạn,");
    assertThat(lines.get(heading + 1)).isEqualTo("5,1,1,0,2,1,0,1,0,1,2,0.0,100.0");
  }

  private MockHttpServletResponse call(String path, String user) throws Exception {
    return call(path, user, PASSWORD);
  }

  private MockHttpServletResponse call(String path, String user, String password) throws Exception {
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    return mvc.perform(get(path).with(httpBasic(user, password))).andReturn().getResponse();
  }

  private static List<Object> values(Row row) {
    List<Object> values = new ArrayList<>();
    row.forEach(cell -> values.add(switch (cell.getCellType()) {
      case NUMERIC -> cell.getNumericCellValue();
      case STRING -> cell.getStringCellValue();
      default -> null;
    }));
    return values;
  }

  private static StatusReport withoutGenerationTime(StatusReport report) {
    return new StatusReport(report.asOf(), report.cutoff(), null, report.summary(), report.agencies(), report.notices(),
        report.overdueBands(), report.extensions(), report.dueSoonDays());
  }

  private static StatusReport.Totals totals(int total, int due, int onTime, int late, int inTerm, int extendedOpen,
      int overdue, int noDeadline, int stopped, int extended, int dueSoon, String overdueShare, String onTimeShare) {
    return new StatusReport.Totals(total, due, onTime, late, inTerm, extendedOpen, overdue, noDeadline, stopped, extended,
        dueSoon, new BigDecimal(overdueShare), new BigDecimal(onTimeShare));
  }

  private static List<String> categories(StatusReport report) {
    return report.notices().stream().flatMap(notice -> notice.items().stream())
        .map(item -> item.itemNumber() + " " + item.timeliness()).toList();
  }

  private static ItemStatus status(StatusReport report, String number) {
    return report.notices().get(0).items().stream().filter(item -> item.itemNumber().equals(number)).findFirst()
        .orElseThrow();
  }

  private void at(String instant) {
    driver.clock(Instant.parse(instant));
    driver.runDueJobs();
  }

  private ProcessInstance item(String number) {
    return started.get(number);
  }

  private void start(String number, String lead, String phrase) {
    Optional<Deadline> response = phrase == null ? Optional.empty() : Optional.of(reader.read(phrase).deadlines().get(0));
    started.put(number, items.start(ItemStart.item(NOTICE + "/" + number)
        .notice(NOTICE, "Thông báo số 9-TB/TU ngày 25/11/2021", true)
        .text(number, "Nội dung " + number + " của báo cáo kiểm thử.", number.startsWith("2."))
        .agencies(lead, List.of())
        .response(response, "")
        .ongoing(phrase == null)
        .build()));
  }

  private void complete(ProcessInstance item, String task, String user, Map<String, Object> variables, String... roles) {
    driver.complete(driver.task(item.getId(), task), user, variables, roles);
  }

  private static Map<String, Object> response(String date) {
    return Map.of(Vars.RESPONSE_NUMBER, "45", Vars.RESPONSE_SYMBOL, "UBND-VP", Vars.RESPONSE_DATE, date,
        Vars.RESPONSE_SIGNER, "Hoàng Đăng Khoa", Vars.RESPONSE_SUMMARY, "V/v trả lời kiến nghị",
        Vars.RESPONSE_RESULT, "Đã chỉ đạo thực hiện.", Vars.IMPLEMENTATION_STATE, "DONE");
  }
}
