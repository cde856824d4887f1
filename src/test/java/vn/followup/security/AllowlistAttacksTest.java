package vn.followup.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.followup.support.TestUsers.PASSWORD;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.followup.organisation.Roles;
import vn.followup.support.CoordinatedItem;
import vn.followup.support.DatabaseSnapshot;
import vn.followup.support.FollowupSpringBootTest;
import vn.followup.support.WebappSession;
import vn.followup.system.errors.ForbiddenByRoleException;
import vn.followup.support.ApplicationTestBase;

/**
 * The three attacks that bent the record before the allowlist, each as the insider tried it: a
 * deadline's timer killed by asking to run it three times, another coordinator's input read from
 * the history, and a hidden value read letter by letter through a query filter. Each is refused at
 * the HTTP allowlist and again inside the engine (the Java API, as any other client would), and
 * leaves the database as it was.
 */
@FollowupSpringBootTest
class AllowlistAttacksTest extends ApplicationTestBase {

  static final String LEAD = CoordinatedItem.LEAD;
  static final String COORDINATOR = CoordinatedItem.COORDINATOR;
  static final String SECRET = CoordinatedItem.SECRET;

  static final String LEAD_STAFF = "noibo.ubnd";
  static final String COORDINATOR_STAFF = "noibo.tckh";
  static final String CLERK = "noibo.vanphong";
  static final String AUDITOR = "noibo.kiemtra";
  static final String SUPERVISOR = "noibo.giamsat";

  @Autowired
  DataSource dataSource;
  String item;
  String coordinatorTask;
  Job timer;

  @BeforeEach
  void setUp() throws Exception {
    fixture.user(LEAD_STAFF, List.of(LEAD));
    fixture.user(COORDINATOR_STAFF, List.of(COORDINATOR));
    fixture.user(CLERK, List.of("van-phong-thanh-uy"));
    fixture.user(AUDITOR, List.of(Roles.AUDITORS));
    fixture.user(SUPERVISOR, List.of(Roles.SUPERVISORS));
    CoordinatedItem registered = CoordinatedItem.register(http, runtimeService, taskService, managementService,
        "Trả lời kiến nghị.");
    item = registered.instanceId();
    coordinatorTask = registered.coordinatorTaskId();
    taskService.claim(coordinatorTask, COORDINATOR_STAFF);
    timer = registered.timer();
  }

  @Test
  void keepsATimerAliveWhenAnyoneButAnAdministratorAsksToRunIt() throws Exception {
    DatabaseSnapshot before = DatabaseSnapshot.take(dataSource);
    for (String user : List.of(AUDITOR, CLERK, LEAD_STAFF)) {
      for (int attempt = 0; attempt < 3; attempt++) {
        assertRefusedByTheAllowlist(http.postJson("/engine-rest/job/" + timer.getId() + "/execute", "{}", user, PASSWORD));
      }
      WebappSession session = fixture.login(user.equals(AUDITOR) ? "cockpit" : "tasklist", user);
      for (int attempt = 0; attempt < 3; attempt++) {
        assertRefusedByTheAllowlist(session.post("/job/" + timer.getId() + "/execute", "{}"));
      }
    }
    // Inside the engine, as a client of the Java API would: refused before the job runs.
    for (String user : List.of(AUDITOR, LEAD_STAFF)) {
      identityService.setAuthentication(user, groupsOf(user));
      try {
        for (int attempt = 0; attempt < 3; attempt++) {
          assertThatThrownBy(() -> managementService.executeJob(timer.getId())).isInstanceOf(RuntimeException.class);
        }
      } finally {
        identityService.clearAuthentication();
      }
    }
    Job after = managementService.createJobQuery().jobId(timer.getId()).singleResult();
    assertThat(after.getRetries()).isEqualTo(timer.getRetries());
    assertThat(after.getExceptionMessage()).isNull();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(timer.getProcessInstanceId()).count()).isZero();
    assertThat(DatabaseSnapshot.take(dataSource).changedSince(before)).isEmpty();
  }

  @Test
  void showsACoordinatorNothingOfTheHistoryOfValuesWhileSupervisorsReadItAll() throws Exception {
    for (String path : List.of("/engine-rest/history/variable-instance?maxResults=50&processInstanceId=" + item,
        "/engine-rest/history/detail?maxResults=50&processInstanceId=" + item,
        "/engine-rest/history/variable-instance/count?processInstanceId=" + item,
        "/engine-rest/history/detail/count?processInstanceId=" + item)) {
      HttpResponse<String> answer = http.get(path, COORDINATOR_STAFF, PASSWORD);
      assertRefusedByTheAllowlist(answer);
      assertThat(answer.body()).doesNotContain(SECRET);
    }
    WebappSession session = fixture.login("tasklist", COORDINATOR_STAFF);
    assertRefusedByTheAllowlist(session.get("/history/variable-instance?maxResults=50&processInstanceId=" + item));
    // The engine refuses the same read from any client.
    identityService.setAuthentication(COORDINATOR_STAFF, List.of(COORDINATOR));
    try {
      assertThatThrownBy(() -> historyService.createHistoricVariableInstanceQuery().processInstanceId(item).list())
          .isInstanceOf(ForbiddenByRoleException.class);
      assertThatThrownBy(() -> historyService.createHistoricDetailQuery().processInstanceId(item).count())
          .isInstanceOf(ForbiddenByRoleException.class);
    } finally {
      identityService.clearAuthentication();
    }
    HttpResponse<String> supervised = http.get("/engine-rest/history/variable-instance?maxResults=200&processInstanceId="
        + item, SUPERVISOR, PASSWORD);
    assertThat(supervised.statusCode()).isEqualTo(200);
    assertThat(supervised.body()).contains(SECRET);
  }

  @Test
  void answersAGuessAtAHiddenValueTheSameWhetherItMatchesOrNot() throws Exception {
    String right = "coordinationSummary_like_" + URLEncoder.encode("%BI-MAT%", StandardCharsets.UTF_8);
    String wrong = "coordinationSummary_like_" + URLEncoder.encode("%KHONG-CO%", StandardCharsets.UTF_8);
    DatabaseSnapshot before = DatabaseSnapshot.take(dataSource);
    for (String path : List.of("/engine-rest/task?maxResults=5&taskId=" + coordinatorTask + "&processVariables=",
        "/engine-rest/task/count?taskId=" + coordinatorTask + "&processVariables=",
        "/engine-rest/task?maxResults=5&taskId=" + coordinatorTask + "&taskVariables=")) {
      HttpResponse<String> matching = http.get(path + right, COORDINATOR_STAFF, PASSWORD);
      HttpResponse<String> notMatching = http.get(path + wrong, COORDINATOR_STAFF, PASSWORD);
      assertThat(matching.statusCode()).as(path).isEqualTo(403);
      assertThat(notMatching.statusCode()).isEqualTo(matching.statusCode());
      assertThat(notMatching.body()).isEqualTo(matching.body());
    }
    for (String body : List.of(
        "{\"taskId\":\"%s\",\"processVariables\":[{\"name\":\"coordinationSummary\",\"operator\":\"like\",\"value\":\"%%%s%%\"}]}",
        "{\"taskId\":\"%s\",\"orQueries\":[{\"processVariables\":[{\"name\":\"coordinationSummary\",\"operator\":\"like\","
            + "\"value\":\"%%%s%%\"}]}]}",
        "{\"taskId\":\"%s\",\"sorting\":[{\"sortBy\":\"processVariable\",\"sortOrder\":\"asc\",\"parameters\":"
            + "{\"variable\":\"coordinationSummary\",\"type\":\"String\"}}]}")) {
      for (String endpoint : List.of("/engine-rest/task?maxResults=5", "/engine-rest/task/count")) {
        HttpResponse<String> matching = http.postJson(endpoint, body.formatted(coordinatorTask, "BI-MAT"),
            COORDINATOR_STAFF, PASSWORD);
        HttpResponse<String> notMatching = http.postJson(endpoint, body.formatted(coordinatorTask, "KHONG-CO"),
            COORDINATOR_STAFF, PASSWORD);
        assertThat(matching.statusCode()).as(endpoint + " " + body).isEqualTo(403);
        assertThat(notMatching.body()).isEqualTo(matching.body());
      }
    }
    WebappSession session = fixture.login("tasklist", COORDINATOR_STAFF);
    HttpResponse<String> viaWebapp = session.get("/task?maxResults=5&taskId=" + coordinatorTask + "&processVariables=" + right);
    assertThat(viaWebapp.statusCode()).isEqualTo(403);
    assertThat(viaWebapp.body()).contains("Không được tìm kiếm hoặc sắp xếp theo giá trị dữ liệu");
    // Without a condition on a value, the coordinator still lists its own task.
    assertThat(http.get("/engine-rest/task?maxResults=5&taskId=" + coordinatorTask, COORDINATOR_STAFF, PASSWORD).body())
        .contains(coordinatorTask);
    assertThat(DatabaseSnapshot.take(dataSource).changedSince(before)).isEmpty();
  }

  private static void assertRefusedByTheAllowlist(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
    assertThat(answer.body()).contains("Vai trò của bạn không được dùng thao tác này").doesNotContain("Exception");
  }

  private List<String> groupsOf(String user) {
    return identityService.createGroupQuery().groupMember(user).list().stream().map(group -> group.getId()).toList();
  }
}
