package vn.followup.access;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.followup.support.TestUsers.PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.followup.item.ItemProcess;
import vn.followup.organisation.Roles;
import vn.followup.support.FollowupSpringBootTest;
import vn.followup.support.TestData;
import vn.followup.support.TestUsers;
import vn.followup.support.WebappSession;
import vn.followup.support.ApplicationTestBase;

/**
 * The attacks of issue #14 as a dishonest participant would send them, each refused with the
 * database unchanged: rewriting one's own record through a completion, redirecting routing,
 * evaluating expressions, writing as a read-only role, sending messages and signals, and telling
 * another agency's task from a missing one.
 */
@FollowupSpringBootTest
class IntegrityAttacksTest extends ApplicationTestBase {

  static final String LEAD = "ubnd-thanh-pho";
  static final String OTHER_COORDINATOR = "ban-qlda";
  static final String COORDINATOR = "phong-kinh-te";
  static final String LEAD_STAFF = "tancong.ubnd";
  static final String COORDINATOR_STAFF = "tancong.kinhte";
  static final String OTHER_COORDINATOR_STAFF = "tancong.qlda";
  static final String WARD_STAFF = "tancong.xuantang";
  static final String OFFICE = "tancong.vanphong";
  static final String AUDITOR = "tancong.kiemtra";
  static final String SUPERVISOR = "tancong.giamsat";

  @BeforeEach
  void setUp() {
    fixture.user(LEAD_STAFF, List.of(LEAD));
    fixture.user(COORDINATOR_STAFF, List.of(COORDINATOR));
    fixture.user(OTHER_COORDINATOR_STAFF, List.of(OTHER_COORDINATOR));
    fixture.user(WARD_STAFF, List.of("dang-uy-xuan-tang"));
    fixture.user(OFFICE, List.of("van-phong-thanh-uy", Roles.SUPERVISORS));
    fixture.user(AUDITOR, List.of(Roles.AUDITORS));
    fixture.user(SUPERVISOR, List.of(Roles.SUPERVISORS));
  }

  /** The reproduction at the top of the issue: each of these was answered 204 before. */
  @Test
  void refusesTheReportedRewritesOfDeadlinesRoutingAndOverdueMarks() throws Exception {
    String item = item(LEAD, List.of(COORDINATOR));
    Task receive = task(item, ItemProcess.Elements.TASK_RECEIVE);
    Map<String, Object> before = runtimeService.getVariables(item);
    long history = historyService.createHistoricDetailQuery().processInstanceId(item).count();

    claim(receive, LEAD_STAFF);
    assertRefused(http.postJson("/engine-rest/task/" + receive.getId() + "/complete", """
        {"variables":{"focalOfficer":{"value":"Lê Thị Hoa"},"officeGroup":{"value":"ubnd-thanh-pho"},
         "responseDueAt":{"value":"2035-01-01T00:00:00.000+0000","type":"Date"},"overdue":{"value":false}}}""",
        LEAD_STAFF, PASSWORD), "officeGroup, overdue, responseDueAt");
    assertRefused(http.postJson("/engine-rest/task/" + receive.getId() + "/complete", """
        {"variables":{"focalOfficer":{"value":"Lê Thị Hoa"},"responsibleAgency":{"value":"phong-tnmt"},
         "leadAgency":{"value":"phong-tnmt"}}}""", LEAD_STAFF, PASSWORD), "leadAgency, responsibleAgency");

    assertThat(taskService.createTaskQuery().taskId(receive.getId()).count()).isEqualTo(1);
    assertThat(new java.util.TreeMap<>(runtimeService.getVariables(item)).toString())
        .isEqualTo(new java.util.TreeMap<>(before).toString());
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(item).count()).isEqualTo(history);

    // The lead receives it properly; the coordinator then tries to overwrite the lead's record.
    assertThat(http.postJson("/engine-rest/task/" + receive.getId() + "/complete",
        "{\"variables\":{\"focalOfficer\":{\"value\":\"Lê Thị Hoa\"}}}", LEAD_STAFF, PASSWORD).statusCode()).isEqualTo(204);
    Task coordinate = task(item, ItemProcess.Elements.TASK_COORDINATE);
    claim(coordinate, COORDINATOR_STAFF);
    assertRefused(http.postJson("/engine-rest/task/" + coordinate.getId() + "/complete", """
        {"variables":{"coordinationInput":{"value":"Đồng ý."},"responsibleAgency":{"value":"phong-kinh-te"},
         "responseDueAt":{"value":"2035-01-01T00:00:00.000+0000","type":"Date"}}}""", COORDINATOR_STAFF, PASSWORD),
        "responseDueAt, responsibleAgency");
    assertThat(runtimeService.getVariable(item, ItemProcess.Vars.RESPONSIBLE_AGENCY)).isEqualTo(LEAD);
    assertThat(runtimeService.getVariable(item, ItemProcess.Vars.RESPONSE_DUE_AT))
        .isEqualTo(before.get(ItemProcess.Vars.RESPONSE_DUE_AT));
  }

  @Test
  void offersTheOfficesTasksToTheConfiguredGroupWhateverTheVariablesSay() {
    String item = item(LEAD, List.of());
    runtimeService.setVariable(item, "officeGroup", LEAD);
    runtimeService.createProcessInstanceModification(item).startBeforeActivity(ItemProcess.Elements.TASK_REVIEW_RESPONSE)
        .execute();
    Task review = task(item, ItemProcess.Elements.TASK_REVIEW_RESPONSE);
    assertThat(taskService.getIdentityLinksForTask(review.getId())).extracting("groupId").containsExactly("van-phong-thanh-uy");
  }

  @Test
  void refusesDeeplyNestedJsonAndJavaObjectsWithoutBreakingLaterReads() throws Exception {
    String item = item(LEAD, List.of());
    Task receive = task(item, ItemProcess.Elements.TASK_RECEIVE);
    claim(receive, LEAD_STAFF);
    String nested = "[".repeat(3000) + "]".repeat(3000);
    assertRefused(http.postJson("/engine-rest/task/" + receive.getId() + "/complete",
        "{\"variables\":{\"focalOfficer\":{\"value\":" + objectMapper.writeValueAsString(nested) + ",\"type\":\"Json\"}}}",
        LEAD_STAFF, PASSWORD), "lồng nhau");
    assertRefused(http.postJson("/engine-rest/task/" + receive.getId() + "/complete", """
        {"variables":{"focalOfficer":{"value":"{}","type":"Object","valueInfo":{"objectTypeName":"java.util.HashMap",
         "serializationDataFormat":"application/json"}}}}""", LEAD_STAFF, PASSWORD), "focalOfficer");
    // Even an administrator cannot store a value every later read would fail on.
    HttpResponse<String> admin = http.postJson("/engine-rest/process-instance/" + item + "/variables",
        "{\"modifications\":{\"nested\":{\"value\":" + objectMapper.writeValueAsString(nested) + ",\"type\":\"Json\"}}}",
        TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    assertThat(admin.statusCode()).as(admin.body()).isEqualTo(400);
    assertThat(http.get("/engine-rest/task/" + receive.getId() + "/variables", LEAD_STAFF, PASSWORD).statusCode())
        .isEqualTo(200);
    assertThat(http.get("/engine-rest/process-instance/" + item + "/variables", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)
        .statusCode()).isEqualTo(200);
  }

  @Test
  void neverEvaluatesAnExpressionSentInAQueryOrAFilterThroughEitherApi() throws Exception {
    ExpressionProbe.TOUCHED.set(0);
    String probe = "${followupProbe.touch()}";
    String filterId = filterService.createFilterQuery().list().get(0).getId();
    WebappSession webapp = fixture.login("tasklist", LEAD_STAFF);
    List<HttpResponse<String>> answers = List.of(
        http.postJson("/engine-rest/task", "{\"orQueries\":[{\"assigneeExpression\":\"" + probe + "\"}]}",
            LEAD_STAFF, PASSWORD),
        http.postJson("/engine-rest/task", "{\"orQueries\":[{\"assigneeExpression\":"
            + "\"${environment.getProperty(\\\"user.home\\\")}\"}]}", LEAD_STAFF, PASSWORD),
        http.postJson("/engine-rest/task?maxResults=10", "{\"assigneeExpression\":\"" + probe + "\"}", LEAD_STAFF, PASSWORD),
        http.postJson("/engine-rest/task/count", "{\"orQueries\":[{\"dueBeforeExpression\":\"" + probe + "\"}]}",
            LEAD_STAFF, PASSWORD),
        http.get("/engine-rest/task?maxResults=10&assigneeExpression=" + URLEncoder.encode(probe, StandardCharsets.UTF_8),
            LEAD_STAFF, PASSWORD),
        http.postJson("/engine-rest/filter/" + filterId + "/list?maxResults=10",
            "{\"orQueries\":[{\"candidateGroupExpression\":\"" + probe + "\"}]}", LEAD_STAFF, PASSWORD),
        http.postJson("/engine-rest/filter/" + filterId + "/count", "{\"assigneeExpression\":\"" + probe + "\"}",
            LEAD_STAFF, PASSWORD),
        webapp.post("/task", "{\"orQueries\":[{\"assigneeExpression\":\"" + probe + "\"}]}"),
        webapp.post("/filter/" + filterId + "/list?maxResults=10",
            "{\"orQueries\":[{\"assigneeExpression\":\"" + probe + "\"}]}"));
    for (HttpResponse<String> answer : answers) {
      assertThat(answer.statusCode()).as(answer.request().uri() + " " + answer.body()).isIn(400, 403);
      assertThat(answer.body()).doesNotContain("touched").doesNotContain("/root").doesNotContain("org.camunda");
      if (answer.request().uri().getPath().startsWith("/engine-rest")) {
        assertThat(answer.body()).doesNotContain("Exception");
      }
    }
    // An administrator's query is not refused, but no expression reaches a bean the models do not use.
    HttpResponse<String> admin = http.postJson("/engine-rest/task",
        "{\"orQueries\":[{\"assigneeExpression\":\"" + probe + "\"}]}", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    assertThat(admin.statusCode()).as(admin.body()).isNotEqualTo(200);
    assertThat(ExpressionProbe.TOUCHED.get()).as("the probe's side effect").isZero();
  }

  @Test
  void letsAModelsExpressionReachOnlyTheBeansTheModelsUse() {
    String model = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                     targetNamespace="t">
          <process id="Process_Probe" isExecutable="true">
            <startEvent id="Start"/>
            <sequenceFlow id="f1" sourceRef="Start" targetRef="Probe"/>
            <serviceTask id="Probe" camunda:expression="${followupProbe.touch()}"/>
            <sequenceFlow id="f2" sourceRef="Probe" targetRef="Data"/>
            <serviceTask id="Data" camunda:expression="${dataSource.getConnection()}"/>
            <sequenceFlow id="f3" sourceRef="Data" targetRef="End"/>
            <endEvent id="End"/>
          </process>
        </definitions>
        """;
    ExpressionProbe.TOUCHED.set(0);
    String deployment = repositoryService.createDeployment().name("probe-" + UUID.randomUUID())
        .addString("probe.bpmn", model).deploy().getId();
    try {
      assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> runtimeService.startProcessInstanceByKey("Process_Probe")))
          .hasMessageContaining("followupProbe");
      assertThat(ExpressionProbe.TOUCHED.get()).isZero();
      // The delegates the models use are still reachable.
      assertThat(item(LEAD, List.of())).isNotNull();
    } finally {
      repositoryService.deleteDeployment(deployment, true);
    }
  }

  @Test
  void keepsEachCoordinatorsInputToItselfAndShowsStaffOnlyWhatTheirFormShows() throws Exception {
    String item = item(LEAD, List.of(COORDINATOR, OTHER_COORDINATOR));
    Task receive = task(item, ItemProcess.Elements.TASK_RECEIVE);
    claim(receive, LEAD_STAFF);
    taskService.complete(receive.getId(), Map.of("focalOfficer", "Lê Thị Hoa"));
    Task mine = taskOf(item, COORDINATOR);
    Task theirs = taskOf(item, OTHER_COORDINATOR);
    claim(mine, COORDINATOR_STAFF);
    assertThat(http.postJson("/engine-rest/task/" + mine.getId() + "/complete",
        "{\"variables\":{\"coordinationInput\":{\"value\":\"Ý kiến riêng của Phòng Kinh tế.\"}}}",
        COORDINATOR_STAFF, PASSWORD).statusCode()).isEqualTo(204);

    claim(theirs, OTHER_COORDINATOR_STAFF);
    for (String path : List.of("/variables", "/form-variables")) {
      String body = http.get("/engine-rest/task/" + theirs.getId() + path, OTHER_COORDINATOR_STAFF, PASSWORD).body();
      assertThat(body).as(path).doesNotContain("Ý kiến riêng").doesNotContain(ItemProcess.Vars.COORDINATION_INPUTS)
          .doesNotContain(ItemProcess.Vars.FOCAL_OFFICER).contains(ItemProcess.Vars.ITEM_NUMBER);
    }
    assertThat(http.get("/engine-rest/task/" + theirs.getId() + "/variables/coordinationSummary", OTHER_COORDINATOR_STAFF,
        PASSWORD).statusCode()).isEqualTo(404);
    // The lead still reads every input when it writes the response.
    assertThat(runtimeService.getVariable(item, ItemProcess.Vars.COORDINATION_SUMMARY).toString())
        .contains("Ý kiến riêng của Phòng Kinh tế.");
  }

  @Test
  void letsStaffCommentOnTheirOwnTaskAndKeepsReadOnlyRolesFromWriting() throws Exception {
    String item = item(LEAD, List.of());
    Task receive = task(item, ItemProcess.Elements.TASK_RECEIVE);
    String comments = "/engine-rest/task/" + receive.getId() + "/comment";
    HttpResponse<String> own = http.postJson(comments + "/create", "{\"message\":\"Đã giao chuyên viên xử lý.\"}",
        LEAD_STAFF, PASSWORD);
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    assertThat(http.get(comments, LEAD_STAFF, PASSWORD).body()).contains("Đã giao chuyên viên xử lý.");
    WebappSession tasklist = fixture.login("tasklist", LEAD_STAFF);
    assertThat(tasklist.post("/task/" + receive.getId() + "/comment/create", "{\"message\":\"Thêm ý kiến qua Tasklist.\"}")
        .statusCode()).isEqualTo(200);

    long before = taskService.getTaskComments(receive.getId()).size();
    long attachments = taskService.getTaskAttachments(receive.getId()).size();
    long log = historyService.createUserOperationLogQuery().count();
    for (String reader : List.of(AUDITOR, SUPERVISOR, WARD_STAFF)) {
      assertThat(http.postJson(comments + "/create", "{\"message\":\"Sửa hồ sơ.\"}", reader, PASSWORD).statusCode())
          .as(reader + " comment").isIn(400, 403, 404);
      assertThat(http.multipartParts("/engine-rest/task/" + receive.getId() + "/attachment/create",
          Map.of("attachment-name", "bang-chung.txt", "content", "x"), reader, PASSWORD).statusCode()).as(reader + " attachment").isIn(400, 403, 404);
      assertThat(http.postJson("/engine-rest/process-instance/" + item + "/comment/create", "{\"message\":\"x\"}", reader,
          PASSWORD).statusCode()).as(reader + " instance comment").isIn(403, 404, 405);
    }
    assertThat(taskService.getTaskComments(receive.getId())).hasSize((int) before);
    assertThat(taskService.getTaskAttachments(receive.getId())).hasSize((int) attachments);
    assertThat(historyService.createUserOperationLogQuery().count()).isEqualTo(log);
  }

  @Test
  void refusesMessagesAndSignalsFromEveryoneButAdministrators() throws Exception {
    String item = item(LEAD, List.of());
    long log = historyService.createUserOperationLogQuery().count();
    for (String user : List.of(LEAD_STAFF, OFFICE, AUDITOR, SUPERVISOR)) {
      HttpResponse<String> message = http.postJson("/engine-rest/message", "{\"messageName\":\""
          + ItemProcess.MESSAGE_NOTICE_NUMBERED + "\",\"processInstanceId\":\"" + item + "\"}", user, PASSWORD);
      HttpResponse<String> signal = http.postJson("/engine-rest/signal", "{\"name\":\"Signal_Any\"}", user, PASSWORD);
      assertThat(message.statusCode()).as(user + " message " + message.body()).isEqualTo(403);
      assertThat(signal.statusCode()).as(user + " signal " + signal.body()).isEqualTo(403);
      // The allowlist refuses them before the engine is reached …
      assertThat(message.body()).contains("Vai trò của bạn không được dùng thao tác này");
    }
    // … and the engine refuses them to any other client as well.
    identityService.setAuthentication(LEAD_STAFF, List.of(LEAD));
    try {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtimeService.createMessageCorrelation(
          ItemProcess.MESSAGE_NOTICE_NUMBERED).processInstanceId(item).correlateAll())
          .hasMessageContaining("hệ thống");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtimeService.signalEventReceived("Signal_Any"))
          .hasMessageContaining("hệ thống");
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(historyService.createUserOperationLogQuery().count()).isEqualTo(log);
    assertThat(task(item, ItemProcess.Elements.TASK_RECEIVE)).isNotNull();
  }

  @Test
  void answersAnotherAgencysTaskExactlyLikeOneThatDoesNotExist() throws Exception {
    Task foreign = task(item(LEAD, List.of()), ItemProcess.Elements.TASK_RECEIVE);
    String missing = UUID.randomUUID().toString();
    for (String[] call : List.of(new String[] {"GET", ""}, new String[] {"GET", "/variables"},
        new String[] {"GET", "/form-variables"}, new String[] {"GET", "/comment"}, new String[] {"POST", "/complete"},
        new String[] {"POST", "/submit-form"}, new String[] {"POST", "/claim"}, new String[] {"POST", "/comment/create"},
        new String[] {"POST", "/variables"}, new String[] {"PUT", "/variables/focalOfficer"},
        new String[] {"DELETE", "/variables/focalOfficer"})) {
      String body = call[0].equals("GET") ? "" : "{\"userId\":\"" + WARD_STAFF + "\",\"message\":\"x\",\"value\":\"x\"}";
      HttpResponse<String> existing = http.send(call[0], "/engine-rest/task/" + foreign.getId() + call[1],
          "application/json", body, WARD_STAFF, PASSWORD);
      HttpResponse<String> absent = http.send(call[0], "/engine-rest/task/" + missing + call[1], "application/json", body,
          WARD_STAFF, PASSWORD);
      assertThat(existing.statusCode()).as(call[0] + call[1] + " " + existing.body()).isEqualTo(absent.statusCode());
      assertThat(message(existing)).as(call[0] + call[1]).isEqualTo(message(absent));
      // 404 everywhere, except the comment endpoint, whose REST resource answers 400 for both by itself,
      // and the variable writes no screen uses, which the allowlist refuses (403) before any task is looked up.
      int expected = call[1].equals("/comment/create") ? 400 : call[1].startsWith("/variables") && !call[0].equals("GET")
          ? 403 : 404;
      assertThat(existing.statusCode()).as(call[0] + call[1]).isEqualTo(expected);
    }
    assertThat(taskService.createTaskQuery().taskId(foreign.getId()).singleResult().getAssignee()).isNull();
  }

  private String message(HttpResponse<String> answer) throws Exception {
    JsonNode body = objectMapper.readTree(answer.body().isBlank() ? "{}" : answer.body());
    return body.path("message").asText().replace(answer.request().uri().getPath().replaceAll(".*/task/([^/]+).*", "$1"),
        "ID");
  }

  private void assertRefused(HttpResponse<String> answer, String field) throws Exception {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(objectMapper.readTree(answer.body()).path("message").asText()).contains(field);
  }

  private String item(String lead, List<String> coordinators) {
    String businessKey = TestData.registerItem(http, lead, coordinators, "xong trước 30/12/2099", "Trả lời kiến nghị.");
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .processDefinitionKey(ItemProcess.KEY).singleResult().getId();
  }

  private Task task(String instance, String key) {
    return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
  }

  private Task taskOf(String instance, String agency) {
    return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(ItemProcess.Elements.TASK_COORDINATE)
        .taskCandidateGroup(agency).singleResult();
  }

  private void claim(Task task, String user) {
    taskService.claim(task.getId(), user);
  }
}
