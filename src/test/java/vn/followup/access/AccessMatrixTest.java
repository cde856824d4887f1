package vn.followup.access;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.followup.support.TestUsers.PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.followup.item.ItemProcess;
import vn.followup.organisation.Roles;
import vn.followup.support.FollowupSpringBootTest;
import vn.followup.support.TestData;
import vn.followup.support.TestUsers;
import vn.followup.support.WebappSession;
import vn.followup.support.ApplicationTestBase;

/**
 * Who may do what, through the engine REST API as a client would: for every role, every action on
 * an item offered to UBND thành phố is allowed or refused as expected, and a refused action leaves
 * the state as it was.
 */
@FollowupSpringBootTest
class AccessMatrixTest extends ApplicationTestBase {

  static final String LEAD_AGENCY = "ubnd-thanh-pho";

  enum Action { LIST, READ, READ_VARIABLES, READ_HISTORY, CLAIM, COMPLETE, MODIFY, DELETE, DEPLOY, RETRY,
    CREATE_FILTER, GRANT, COMMENT, ATTACH, MESSAGE, SIGNAL }

  enum Role {
    LEAD_STAFF("matran.ubnd", List.of(LEAD_AGENCY),
        EnumSet.of(Action.LIST, Action.READ, Action.READ_VARIABLES, Action.CLAIM, Action.COMPLETE, Action.COMMENT,
            Action.ATTACH)),
    LEAD_HEAD("matran.lanhdao", List.of(LEAD_AGENCY, Roles.HEADS),
        EnumSet.of(Action.LIST, Action.READ, Action.READ_VARIABLES, Action.CLAIM, Action.COMPLETE, Action.COMMENT,
            Action.ATTACH)),
    OTHER_AGENCY_STAFF("matran.kinhte", List.of("phong-kinh-te"), EnumSet.noneOf(Action.class)),
    SUPERVISOR("matran.giamsat", List.of("van-phong-thanh-uy", Roles.SUPERVISORS),
        EnumSet.of(Action.LIST, Action.READ, Action.READ_VARIABLES, Action.READ_HISTORY)),
    AUDITOR("matran.kiemtra", List.of(Roles.AUDITORS),
        EnumSet.of(Action.LIST, Action.READ, Action.READ_VARIABLES, Action.READ_HISTORY)),
    ADMIN(TestUsers.ADMIN, List.of(), EnumSet.allOf(Action.class));

    final String user;
    final List<String> groups;
    final Set<Action> allowed;

    Role(String user, List<String> groups, Set<Action> allowed) {
      this.user = user;
      this.groups = groups;
      this.allowed = allowed;
    }

    String password() {
      return this == ADMIN ? TestUsers.ADMIN_PASSWORD : PASSWORD;
    }
  }

  @BeforeEach
  void setUp() {
    for (Role role : Role.values()) {
      if (role != Role.ADMIN) {
        fixture.user(role.user, role.groups);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void allowsEachRoleExactlyItsActionsAndRefusedOnesChangeNothing(Role role) throws Exception {
    List<String> mismatches = new ArrayList<>();
    for (Action action : Action.values()) {
      Item item = registerItem();
      boolean allowed = perform(role, action, item);
      if (allowed != role.allowed.contains(action)) {
        mismatches.add(action + (allowed ? " was allowed" : " was refused"));
      }
      if (!allowed) {
        assertUnchanged(action, item);
      }
    }
    assertThat(mismatches).as(role.name()).isEmpty();
  }

  @Test
  void refusesEveryCallWithoutCredentials() throws Exception {
    Item item = registerItem();
    for (String path : List.of("/engine-rest/task/" + item.taskId, "/engine-rest/task?processInstanceId=" + item.instanceId,
        "/engine-rest/history/process-instance", "/engine-rest/job/" + item.jobId, "/engine-rest/filter",
        "/engine-rest/authorization", "/api/notices", "/api/me")) {
      assertThat(http.get(path).statusCode()).as(path).isEqualTo(401);
    }
    assertThat(http.postJson("/engine-rest/task/" + item.taskId + "/complete", "{}", null, null).statusCode()).isEqualTo(401);
    assertThat(taskService.createTaskQuery().taskId(item.taskId).count()).isEqualTo(1);
  }

  @Test
  void refusesAnAuditorsWritesWithoutTouchingTheOperationLog() throws Exception {
    Item item = registerItem();
    long logBefore = historyService.createUserOperationLogQuery().count();
    for (Action write : List.of(Action.CLAIM, Action.COMPLETE, Action.MODIFY, Action.DELETE, Action.DEPLOY,
        Action.RETRY, Action.CREATE_FILTER, Action.GRANT)) {
      assertThat(perform(Role.AUDITOR, write, item)).as(write.name()).isFalse();
    }
    assertThat(historyService.createUserOperationLogQuery().count()).isEqualTo(logBefore);
  }

  @Test
  void takesAccessAwayFromTheFirstAgencyWhenTheOfficeMovesTheTask() throws Exception {
    Item item = registerItem();
    assertThat(perform(Role.LEAD_STAFF, Action.CLAIM, item)).isTrue();
    assertThat(perform(Role.LEAD_STAFF, Action.READ, item)).isTrue();

    HttpResponse<String> moved = http.send("PUT", "/api/tasks/" + item.taskId + "/agency", "application/json",
        "{\"agency\":\"phong-kinh-te\"}", Role.SUPERVISOR.user, PASSWORD);
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);

    for (Action action : List.of(Action.LIST, Action.READ, Action.READ_VARIABLES, Action.CLAIM, Action.COMPLETE)) {
      assertThat(perform(Role.LEAD_STAFF, action, item)).as("first agency, " + action).isFalse();
    }
    assertThat(perform(Role.OTHER_AGENCY_STAFF, Action.READ, item)).isTrue();
    assertThat(perform(Role.OTHER_AGENCY_STAFF, Action.COMPLETE, item)).isTrue();
    assertThat(http.send("PUT", "/api/tasks/" + item.taskId + "/agency", "application/json",
        "{\"agency\":\"phong-kinh-te\"}", Role.LEAD_STAFF.user, PASSWORD).statusCode()).isEqualTo(403);
  }

  @Test
  void appliesTheSameRulesThroughTheWebappsApi() throws Exception {
    Item item = registerItem();
    WebappSession other = fixture.login("tasklist", Role.OTHER_AGENCY_STAFF.user);
    assertThat(other.loginStatus()).isEqualTo(200);
    assertThat(objectMapper.readTree(other.get("/task?maxResults=50&processInstanceId=" + item.instanceId).body())).isEmpty();
    assertThat(other.post("/task/" + item.taskId + "/complete", "{}").statusCode()).isIn(403, 404, 500);
    assertThat(taskService.createTaskQuery().taskId(item.taskId).count()).isEqualTo(1);

    WebappSession auditor = fixture.login("tasklist", Role.AUDITOR.user);
    assertThat(auditor.loginStatus()).as("auditors have no Tasklist").isIn(401, 403);

    WebappSession lead = fixture.login("tasklist", Role.LEAD_STAFF.user);
    JsonNode tasks = objectMapper.readTree(lead.get("/task?maxResults=50&processInstanceId=" + item.instanceId).body());
    assertThat(tasks.findValuesAsText("id")).contains(item.taskId);
    assertThat(lead.post("/task/" + item.taskId + "/claim", "{\"userId\":\"" + Role.LEAD_STAFF.user + "\"}").statusCode())
        .isEqualTo(204);
  }

  @Test
  void takesAwayAccessAtOnceFromALoggedInUserWhoLeavesTheAgency() throws Exception {
    Item item = registerItem();
    fixture.user("matran.roidi", List.of(LEAD_AGENCY));
    WebappSession session = fixture.login("tasklist", "matran.roidi");
    String list = "/task?maxResults=50&processInstanceId=" + item.instanceId;
    assertThat(objectMapper.readTree(session.get(list).body()).findValuesAsText("id")).contains(item.taskId);

    identityService.deleteMembership("matran.roidi", LEAD_AGENCY);

    assertThat(objectMapper.readTree(session.get(list).body()).findValuesAsText("id")).doesNotContain(item.taskId);
  }

  private boolean perform(Role role, Action action, Item item) throws Exception {
    String user = role.user;
    String password = role.password();
    String task = "/engine-rest/task/" + item.taskId;
    HttpResponse<String> response = switch (action) {
      case LIST -> http.get("/engine-rest/task?maxResults=50&processInstanceId=" + item.instanceId, user, password);
      case READ -> http.get(task, user, password);
      case READ_VARIABLES -> http.get(task + "/variables", user, password);
      case READ_HISTORY -> http.get("/engine-rest/history/activity-instance?maxResults=50&processInstanceId=" + item.instanceId,
          user, password);
      case CLAIM -> http.postJson(task + "/claim", "{\"userId\":\"" + user + "\"}", user, password);
      case COMPLETE -> http.postJson(task + "/complete", "{\"variables\":{\"focalOfficer\":{\"value\":\"Lê Thị Hoa\"}}}",
          user, password);
      case MODIFY -> http.postJson("/engine-rest/process-instance/" + item.instanceId + "/modification",
          "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_Receive\"}]}", user, password);
      case DELETE -> http.send("DELETE", "/engine-rest/process-instance/" + item.instanceId, "application/json", "",
          user, password);
      case DEPLOY -> http.multipart("/engine-rest/deployment/create", "ma-tran.bpmn", tinyModel(), user, password);
      case RETRY -> http.send("PUT", "/engine-rest/job/" + item.jobId + "/retries", "application/json",
          "{\"retries\":5}", user, password);
      case CREATE_FILTER -> http.postJson("/engine-rest/filter/create",
          "{\"resourceType\":\"Task\",\"name\":\"Bộ lọc " + UUID.randomUUID() + "\",\"query\":{}}", user, password);
      case GRANT -> http.postJson("/engine-rest/authorization/create", "{\"type\":1,\"permissions\":[\"ALL\"],"
          + "\"userId\":\"" + user + "\",\"resourceType\":0,\"resourceId\":\"*\"}", user, password);
      case COMMENT -> http.postJson(task + "/comment/create", "{\"message\":\"Ý kiến của " + user + "\"}", user, password);
      case ATTACH -> http.multipartParts(task + "/attachment/create",
          java.util.Map.of("attachment-name", "y-kien.txt", "attachment-type", "text/plain", "content", "Ý kiến"), user, password);
      case MESSAGE -> http.postJson("/engine-rest/message", "{\"messageName\":\"" + ItemProcess.MESSAGE_NOTICE_NUMBERED
          + "\",\"processInstanceId\":\"" + item.instanceId + "\",\"all\":true}", user, password);
      case SIGNAL -> http.postJson("/engine-rest/signal", "{\"name\":\"Signal_MaTran\"}", user, password);
    };
    int status = response.statusCode();
    if (status >= 500) {
      throw new AssertionError(role + " " + action + ": " + status + " " + response.body());
    }
    if (status != 200 && status != 204) {
      return false;
    }
    if (action == Action.LIST) {
      return objectMapper.readTree(response.body()).findValuesAsText("id").contains(item.taskId);
    }
    if (action == Action.READ_HISTORY) {
      return objectMapper.readTree(response.body()).size() > 0;
    }
    return true;
  }

  private void assertUnchanged(Action action, Item item) {
    switch (action) {
      case CLAIM -> assertThat(taskService.createTaskQuery().taskId(item.taskId).singleResult().getAssignee()).isNull();
      case COMPLETE -> assertThat(taskService.createTaskQuery().taskId(item.taskId).count()).isEqualTo(1);
      case MODIFY -> assertThat(taskService.createTaskQuery().processInstanceId(item.instanceId)
          .taskDefinitionKey(ItemProcess.Elements.TASK_RECEIVE).count()).isEqualTo(1);
      case DELETE -> assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(item.instanceId).count())
          .isEqualTo(1);
      case DEPLOY -> assertThat(repositoryService.createDeploymentQuery().deploymentName("ma-tran").count()).isZero();
      case RETRY -> assertThat(managementService.createJobQuery().jobId(item.jobId).singleResult().getRetries())
          .isEqualTo(3);
      case CREATE_FILTER -> assertThat(filterService.createFilterQuery().filterNameLike("Bộ lọc %").count()).isZero();
      case GRANT -> assertThat(authorizationService.createAuthorizationQuery().resourceType(0).resourceId("*")
          .userIdIn(Role.values()[0].user, Role.OTHER_AGENCY_STAFF.user, Role.SUPERVISOR.user, Role.AUDITOR.user,
              Role.LEAD_HEAD.user).count()).isZero();
      case COMMENT -> assertThat(taskService.getTaskComments(item.taskId)).isEmpty();
      case ATTACH -> assertThat(taskService.getTaskAttachments(item.taskId)).isEmpty();
      case MESSAGE, SIGNAL -> assertThat(taskService.createTaskQuery().taskId(item.taskId).count()).isEqualTo(1);
      default -> { }
    }
  }

  /** One item offered to UBND thành phố, with a pending timer job (its response deadline watch). */
  private Item registerItem() {
    String businessKey = TestData.registerItem(http, LEAD_AGENCY, List.of(), "xong trước 30/12/2099",
        "Trả lời kiến nghị.");
    String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .processDefinitionKey(ItemProcess.KEY).singleResult().getId();
    Task task = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    String watchId = runtimeService.createProcessInstanceQuery().superProcessInstanceId(instanceId).singleResult().getId();
    Job job = managementService.createJobQuery().processInstanceId(watchId).timers().list().get(0);
    return new Item(instanceId, task.getId(), job.getId());
  }

  private static String tinyModel() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="t">
          <process id="Process_MaTran" isExecutable="true"><startEvent id="s"/></process>
        </definitions>
        """;
  }

  record Item(String instanceId, String taskId, String jobId) {
  }
}
