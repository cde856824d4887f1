package vn.followup.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.followup.support.TestUsers.PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.followup.item.ItemProcess;
import vn.followup.organisation.Roles;
import vn.followup.support.FollowupSpringBootTest;
import vn.followup.support.TestData;
import vn.followup.support.WebappSession;
import vn.followup.support.ApplicationTestBase;

/**
 * What Cockpit's follow-up dashboard and Tasklist's task cards read, over real HTTP: who may read the
 * status report (with HTTP Basic or the webapps' login), that the webapp login only reads, that the
 * starter pages are gone, and that agency staff read their tasks' names and columns without reading
 * the process instance.
 */
@FollowupSpringBootTest
class DashboardApiTest extends ApplicationTestBase {

  static final String SUPERVISOR = "bangtd.giamsat";
  static final String OFFICE = "bangtd.vptu";
  static final String OPERATIONS = "bangtd.vanhanh";
  static final String AUDITOR = "bangtd.kiemtra";
  static final String STAFF = "bangtd.ubnd";
  static final String ITEM_TEXT = "Nghiên cứu hỗ trợ, đầu tư cải tạo, nâng cấp tuyến đường liên thôn, bảo đảm đi lại thuận tiện.";

  static String itemKey;

  @BeforeEach
  void setUp() {
    fixture.user(SUPERVISOR, List.of(Roles.SUPERVISORS));
    fixture.user(OFFICE, List.of("van-phong-thanh-uy"));
    fixture.user(OPERATIONS, List.of(Roles.OPERATIONS));
    fixture.user(AUDITOR, List.of(Roles.AUDITORS));
    fixture.user(STAFF, List.of("ubnd-thanh-pho"));
    if (itemKey == null) {
      itemKey = TestData.registerItem(http, "ubnd-thanh-pho", List.of(), "xong trước 30/12/2099", ITEM_TEXT);
    }
  }

  @Test
  void letsSupervisorsAuditorsTheOfficeAndOperationsReadTheStatusReportButNotAgencyStaff() {
    for (String reader : List.of(SUPERVISOR, AUDITOR, OFFICE, OPERATIONS)) {
      assertThat(http.get("/api/reports/status", reader, PASSWORD).statusCode()).as(reader).isEqualTo(200);
      assertThat(http.get("/api/reports/access", reader, PASSWORD).statusCode()).as(reader).isEqualTo(204);
    }
    HttpResponse<String> staff = http.get("/api/reports/status", STAFF, PASSWORD);
    assertThat(staff.statusCode()).isEqualTo(403);
    assertThat(staff.body()).contains("Bạn không có quyền");
    assertThat(http.get("/api/reports/access", STAFF, PASSWORD).statusCode()).isEqualTo(403);
  }

  @Test
  void letsTheSameReadersReadTheTrendWithTheStatusReportsFiguresAndDueSoonButNotAgencyStaff() throws Exception {
    for (String reader : List.of(SUPERVISOR, AUDITOR, OFFICE, OPERATIONS)) {
      HttpResponse<String> trend = http.get("/api/reports/trend?weeks=3", reader, PASSWORD);
      assertThat(trend.statusCode()).as(reader).isEqualTo(200);
      JsonNode points = objectMapper.readTree(trend.body()).get("points");
      assertThat(points).as(reader).hasSize(3);
      JsonNode status = objectMapper.readTree(http.get("/api/reports/status?asOf=" + points.get(2).get("asOf").asText(),
          reader, PASSWORD).body());
      assertThat(points.get(2).get("summary")).as(reader).isEqualTo(status.get("summary"));
    }
    JsonNode report = objectMapper.readTree(http.get("/api/reports/status", SUPERVISOR, PASSWORD).body());
    assertThat(report.get("figures").findValuesAsText("label")).contains("Trong đó: sắp đến hạn");
    assertThat(report.get("summary").has("dueSoon")).isTrue();
    assertThat(report.get("dueSoonDays").asInt()).isEqualTo(7);
    HttpResponse<String> staff = http.get("/api/reports/trend", STAFF, PASSWORD);
    assertThat(staff.statusCode()).isEqualTo(403);
    assertThat(staff.body()).contains("Bạn không có quyền");
  }

  @Test
  void readsTheReportWithTheCockpitLoginAndTheSameFiguresAsWithAPassword() throws Exception {
    WebappSession cockpit = fixture.login("cockpit", SUPERVISOR);
    assertThat(cockpit.loginStatus()).isEqualTo(200);

    HttpResponse<String> bySession = cockpit.getPath("/api/reports/status");
    HttpResponse<String> byPassword = http.get("/api/reports/status", SUPERVISOR, PASSWORD);

    assertThat(bySession.statusCode()).as(bySession.body()).isEqualTo(200);
    assertThat(objectMapper.readTree(bySession.body()).get("summary"))
        .isEqualTo(objectMapper.readTree(byPassword.body()).get("summary"));
    assertThat(cockpit.getPath("/api/me").body()).contains(SUPERVISOR);
  }

  @Test
  void keepsTheWebappSessionsIdSoThatCockpitsRequestsUnderWayStayLoggedIn() {
    WebappSession cockpit = fixture.login("cockpit", SUPERVISOR);
    assertThat(cockpit.loginStatus()).isEqualTo(200);

    HttpResponse<String> access = cockpit.getPath("/api/reports/access");

    assertThat(access.statusCode()).isEqualTo(204);
    // A new session id here would answer 401 to every request Cockpit sent meanwhile with the old one,
    // which logs the user out of Cockpit.
    assertThat(access.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
    assertThat(cockpit.get("/authorization/check?permissionName=READ&resourceName=ProcessDefinition&resourceType=6")
        .statusCode()).isEqualTo(200);
  }

  @Test
  void refusesTheReportToAgencyStaffLoggedInToTasklist() {
    WebappSession tasklist = fixture.login("tasklist", STAFF);
    assertThat(tasklist.loginStatus()).isEqualTo(200);

    assertThat(tasklist.getPath("/api/reports/status").statusCode()).isEqualTo(403);
    assertThat(tasklist.getPath("/api/reports/access").statusCode()).isEqualTo(403);
  }

  @Test
  void changesNothingThroughTheWebappLoginWithoutTheWebappsCsrfToken() {
    WebappSession tasklist = fixture.login("tasklist", OFFICE);
    Integer before = jdbc.queryForObject("select count(*) from followup_notice", Integer.class);

    // What a page of another site could send with the office's session cookie: no CSRF token.
    HttpResponse<String> response = tasklist.api("POST", "/api/notices", "application/json",
        ("{\"id\":\"qua-phien-dang-nhap\",\"number\":\"7\",\"symbol\":\"TB/TU\",\"date\":\"2021-11-25\","
            + "\"issuer\":\"thuong-truc-thanh-uy\",\"summary\":\"Thử\",\"items\":[]}").getBytes(
                java.nio.charset.StandardCharsets.UTF_8), false);

    assertThat(response.statusCode()).isIn(401, 403);
    assertThat(jdbc.queryForObject("select count(*) from followup_notice", Integer.class)).isEqualTo(before);
  }

  @Test
  void answersAScriptOfAnExpiredSessionWithoutAPasswordPrompt() throws Exception {
    java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
            java.net.URI.create("http://127.0.0.1:" + fixture.port() + "/api/reports/status"))
        .header("X-Requested-With", "XMLHttpRequest").GET().build();
    HttpResponse<String> script = java.net.http.HttpClient.newHttpClient().send(request,
        HttpResponse.BodyHandlers.ofString());

    assertThat(script.statusCode()).isEqualTo(401);
    assertThat(script.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(http.get("/api/reports/status").headers().firstValue("WWW-Authenticate")).isPresent();
  }

  @Test
  void servesNoCamundaStarterPage() {
    for (String path : List.of("/camunda-welcome", "/camunda-welcome/", "/camunda-welcome/index.html",
        "/camunda-welcome/assets/css/app.css")) {
      HttpResponse<String> response = http.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.body()).as(path).doesNotContain("demo");
    }
    assertThat(http.get("/camunda/app/welcome/default/").statusCode()).isEqualTo(200);
  }

  @Test
  void showsAgencyStaffTheirTasksItemNumberNoticeAndDeadlineWithoutTheProcessInstanceNorHistoryOfTheCopies() throws Exception {
    String instanceId = runtimeService.createProcessInstanceQuery().processDefinitionKey(ItemProcess.KEY)
        .processInstanceBusinessKey(itemKey).singleResult().getId();
    Task receive = taskService.createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey(ItemProcess.Elements.TASK_RECEIVE).singleResult();
    assertThat(receive.getName()).isEqualTo("Tiếp nhận nội dung 2.1.2 — Nghiên cứu hỗ trợ, đầu tư cải tạo, nâng cấp tuyến đường…");
    assertThat(receive.getDescription()).startsWith("Thông báo: ").contains("\nThời hạn: ");
    String filterId = filterService.createFilterQuery().filterName("Việc của đơn vị").singleResult().getId();
    WebappSession tasklist = fixture.login("tasklist", STAFF);
    assertThat(tasklist.get("/filter?resourceType=Task&maxResults=50").statusCode()).isEqualTo(200);

    HttpResponse<String> list = tasklist.postPath("/camunda/api/engine/engine/default/filter/" + filterId
        + "/list?firstResult=0&maxResults=2000", "application/json", "{}");

    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    JsonNode listed = null;
    for (JsonNode task : objectMapper.readTree(list.body())) {
      if (task.get("id").asText().equals(receive.getId())) {
        listed = task;
      }
    }
    assertThat(listed).as("the receipt task in the staff's list").isNotNull();
    assertThat(listed.get("name").asText()).isEqualTo(receive.getName());
    HttpResponse<String> variables = tasklist.post("/variable-instance?maxResults=100",
        "{\"variableScopeIdIn\":[\"" + receive.getId() + "\",\"" + instanceId + "\"],"
            + "\"variableNameIn\":[\"itemNumber\",\"noticeLabel\",\"deadlineSummary\",\"responseDueAt\"]}");
    assertThat(variables.statusCode()).as(variables.body()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    objectMapper.readTree(variables.body()).forEach(variable -> {
      names.add(variable.get("name").asText());
      assertThat(variable.get("taskId").asText()).as("only the task's own copy").isEqualTo(receive.getId());
    });
    assertThat(names).containsExactlyInAnyOrder("noticeLabel", "deadlineSummary");
    // The copies are for display: the item's card records the values; no history row repeats them.
    assertThat(jdbc.queryForObject("select count(*) from act_hi_varinst where task_id_ = ?", Long.class,
        receive.getId())).isZero();
    assertThat(jdbc.queryForObject("select count(*) from act_hi_detail where task_id_ = ?", Long.class,
        receive.getId())).isZero();
    assertThat(jdbc.queryForObject("select count(*) from act_hi_detail where proc_inst_id_ = ? and name_ = 'item'",
        Long.class, instanceId)).isOne();
    assertThat(tasklist.get("/process-instance/" + instanceId + "/variables").statusCode())
        .as("the process instance stays closed to staff").isIn(403, 404);
  }
}
