package vn.followup.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.followup.support.TestUsers.PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.followup.item.ItemProcess;
import vn.followup.organisation.Roles;
import vn.followup.security.OperationAllowlist.Role;
import vn.followup.security.OperationAllowlist.Surface;
import vn.followup.support.CoordinatedItem;
import vn.followup.support.DatabaseSnapshot;
import vn.followup.support.FollowupSpringBootTest;
import vn.followup.support.WebappSession;
import vn.followup.support.ApplicationTestBase;

/**
 * The allowlist over the whole API surface, generated, not hand-listed: every operation of the
 * engine REST API's own OpenAPI document (Camunda 7.24.0), through {@code /engine-rest} with HTTP
 * Basic and through the webapps' engine API with a real session and XSRF token, and every
 * operation of the project's {@code /api} (read from Spring MVC's own mappings), is called by
 * each of six users with real ids. Only the pairs of {@link OperationAllowlist} get through; every
 * other call answers 403 in Vietnamese, and the database is the same afterwards, table by table.
 */
@FollowupSpringBootTest
class AllowlistMatrixTest extends ApplicationTestBase {

  static final String LEAD = CoordinatedItem.LEAD;
  static final String COORDINATOR = CoordinatedItem.COORDINATOR;

  /** The six users of the matrix. */
  enum MatrixUser {
    LEAD_STAFF("dscp.ubnd", List.of(LEAD), "tasklist"),
    COORDINATOR_STAFF("dscp.tckh", List.of(COORDINATOR), "tasklist"),
    UNRELATED_STAFF("dscp.kinhte", List.of("phong-kinh-te"), "tasklist"),
    OFFICE_CLERK("dscp.vanphong", List.of("van-phong-thanh-uy"), "tasklist"),
    SUPERVISOR("dscp.giamsat", List.of(Roles.SUPERVISORS), "cockpit"),
    AUDITOR("dscp.kiemtra", List.of(Roles.AUDITORS), "cockpit");

    final String id;
    final List<String> groups;
    final String app;

    MatrixUser(String id, List<String> groups, String app) {
      this.id = id;
      this.groups = groups;
      this.app = app;
    }

    Set<Role> roles() {
      return Role.of(groups, "van-phong-thanh-uy");
    }
  }

  /** One operation to call: method, the path with its ids filled in, and whether it only reads. */
  record Call(String method, Surface surface, String path, boolean read) {
  }

  @Autowired
  DataSource dataSource;
  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;
  static Ids ids;

  /** The real ids the calls name. */
  static final class Ids {
    String item;
    String watch;
    String leadTask;
    String timerJob;
    String jobDefinition;
    String definition;
    String deployment;
    String resource;
    String historicDetail;
    String historicVariable;
    String runtimeVariable;
    String incident;
    String comment;
    String filter;
    String operation;
    String businessKey;
    String notice;
  }

  @BeforeEach
  void setUp() throws Exception {
    for (MatrixUser user : MatrixUser.values()) {
      fixture.user(user.id, user.groups);
    }
    if (ids == null) {
      ids = item();
    }
  }

  @Test
  void servesEachRoleOnlyItsOperationsOfTheEngineRestApiAndRefusedCallsChangeNothing() throws Exception {
    List<Call> calls = engineCalls();
    Map<MatrixUser, Integer> allowed = new LinkedHashMap<>();
    List<String> mismatches = new ArrayList<>();
    for (MatrixUser user : MatrixUser.values()) {
      allowed.put(user, run(user, calls, (call) -> http.send(call.method(), "/engine-rest" + call.path(),
          "application/json", body(call), user.id, PASSWORD), mismatches));
    }
    System.out.printf("Allowlist matrix, engine REST API (HTTP Basic): %d operations × %d users = %d calls; "
        + "allowed per user: %s%n", calls.size(), MatrixUser.values().length, calls.size() * MatrixUser.values().length,
        allowed);
    assertThat(mismatches).isEmpty();
    assertThat(calls).hasSizeGreaterThan(390);
  }

  @Test
  void servesEachRoleOnlyItsOperationsOfTheWebappsEngineApiAndRefusedCallsChangeNothing() throws Exception {
    List<Call> calls = engineCalls();
    Map<MatrixUser, Integer> allowed = new LinkedHashMap<>();
    List<String> mismatches = new ArrayList<>();
    for (MatrixUser user : MatrixUser.values()) {
      WebappSession session = fixture.login(user.app, user.id);
      assertThat(session.loginStatus()).as(user.name()).isEqualTo(200);
      allowed.put(user, run(user, calls, (call) -> session.api(call.method(),
          "/camunda/api/engine/engine/default" + call.path(), "application/json",
          body(call).getBytes(StandardCharsets.UTF_8), true), mismatches));
    }
    System.out.printf("Allowlist matrix, webapps' engine API (session + XSRF token): %d operations × %d users = %d "
        + "calls; allowed per user: %s%n", calls.size(), MatrixUser.values().length,
        calls.size() * MatrixUser.values().length, allowed);
    assertThat(mismatches).isEmpty();
  }

  @Test
  void servesEachRoleOnlyItsOperationsOfTheProjectApiAndRefusedCallsChangeNothing() throws Exception {
    List<Call> calls = projectCalls();
    Map<MatrixUser, Integer> allowed = new LinkedHashMap<>();
    List<String> mismatches = new ArrayList<>();
    for (MatrixUser user : MatrixUser.values()) {
      allowed.put(user, run(user, calls, (call) -> http.send(call.method(), call.path(), "application/json",
          body(call), user.id, PASSWORD), mismatches));
    }
    System.out.printf("Allowlist matrix, project API: %d operations × %d users; allowed per user: %s%n",
        calls.size(), MatrixUser.values().length, allowed);
    assertThat(mismatches).isEmpty();
    assertThat(calls).hasSizeGreaterThan(15);
  }

  interface Sender {
    HttpResponse<String> send(Call call) throws Exception;
  }

  /**
   * Calls every refused operation and every allowed read as the user: a refused call must answer
   * the allowlist's 403, an allowed one must not; the database must be unchanged by all of them.
   * Allowed writes (claim, complete, comment …) are counted, not called: the flow tests call them.
   */
  private int run(MatrixUser user, List<Call> calls, Sender sender, List<String> mismatches) throws Exception {
    int allowed = 0;
    awaitIdle();
    DatabaseSnapshot before = DatabaseSnapshot.take(dataSource);
    for (Call call : calls) {
      boolean expected = OperationAllowlist.allows(user.roles(), call.method(), call.surface(),
          OperationAllowlist.segments(stripQuery(call.path())));
      if (expected) {
        allowed++;
        if (!call.read()) {
          continue;
        }
      }
      HttpResponse<String> response = sender.send(call);
      boolean refusedByList = response.statusCode() == 403
          && response.body().contains("Vai trò của bạn không được dùng thao tác này");
      boolean refused = call.surface() == Surface.API ? response.statusCode() == 403 || response.statusCode() == 401
          : refusedByList;
      if (expected && refusedByList) {
        mismatches.add(user + " " + call.method() + " " + call.path() + ": allowed by the table, refused");
      } else if (!expected && !refused) {
        mismatches.add(user + " " + call.method() + " " + call.path() + ": not in the table, answered "
            + response.statusCode() + " " + abbreviate(response.body()));
      }
      if (refused) {
        assertThat(response.body()).as(call.path()).matches("(?s).*[ạảãàáâậầấẩẫăắằặẳẵđêếềệểễôốồộổỗơớờợởỡưứừựửữ].*")
            .doesNotContain("Exception").doesNotContain("org.camunda");
      }
    }
    awaitIdle();
    List<String> changed = DatabaseSnapshot.take(dataSource).changedSince(before);
    if (!changed.isEmpty()) {
      mismatches.add(user + ": the database changed: " + changed);
    }
    return allowed;
  }

  private static String stripQuery(String path) {
    int query = path.indexOf('?');
    String bare = query < 0 ? path : path.substring(0, query);
    return bare.startsWith("/api/") ? bare.substring("/api".length()) : bare;
  }

  private static String abbreviate(String body) {
    return body.length() > 160 ? body.substring(0, 160) + "…" : body;
  }

  private static String body(Call call) {
    return call.method().equals("GET") || call.method().equals("OPTIONS") ? "" : "{}";
  }

  // ---- The operations ----

  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
  private static final Set<String> READ_POSTS = Set.of("query", "postQuery", "executeFilter", "postExecute",
      "getDeployedForm", "count");

  /** Every operation of the engine REST API, from its OpenAPI document, with real ids. */
  private List<Call> engineCalls() throws Exception {
    JsonNode document;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("openapi.json")) {
      assertThat(in).as("openapi.json of camunda-engine-rest-openapi").isNotNull();
      document = objectMapper.readTree(in);
    }
    List<Call> calls = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
        Map.Entry<String, JsonNode> method = methods.next();
        String verb = method.getKey().toUpperCase(Locale.ROOT);
        if (!Set.of("GET", "POST", "PUT", "DELETE", "OPTIONS", "PATCH").contains(verb)) {
          continue;
        }
        String operationId = method.getValue().path("operationId").asText();
        boolean read = verb.equals("GET") || verb.equals("OPTIONS")
            || READ_POSTS.stream().anyMatch(operationId::startsWith);
        calls.add(new Call(verb, Surface.ENGINE, fill(path.getKey()) + query(verb, path.getKey()), read));
      }
    }
    return calls;
  }

  /** Lists ask for one page, as every client must. */
  private static String query(String method, String path) {
    return method.equals("GET") && !PARAMETER.matcher(path).find() ? "?maxResults=5" : "";
  }

  /** Every operation of the project's API, from Spring MVC's mappings, with real ids. */
  private List<Call> projectCalls() {
    List<Call> calls = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
      for (String pattern : mapping.getKey().getPatternValues()) {
        if (!pattern.startsWith("/api/")) {
          continue;
        }
        for (var method : mapping.getKey().getMethodsCondition().getMethods()) {
          String verb = method.name();
          calls.add(new Call(verb, Surface.API, fill(pattern), verb.equals("GET")));
        }
      }
    }
    return calls;
  }

  /** The path with each parameter replaced by a real id of the kind the resource before it names. */
  private String fill(String path) {
    Matcher matcher = PARAMETER.matcher(path);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      String before = path.substring(0, matcher.start());
      matcher.appendReplacement(filled, Matcher.quoteReplacement(value(before, matcher.group(1))));
    }
    matcher.appendTail(filled);
    return filled.toString();
  }

  private String value(String before, String parameter) {
    String resource = before.replaceAll("/$", "");
    resource = resource.substring(resource.lastIndexOf('/') + 1);
    String root = before.startsWith("/history/") ? "history/" + before.split("/")[2] : before.split("/")[1];
    if (before.startsWith("/api/")) {
      return switch (resource) {
        case "tasks" -> ids.leadTask;
        case "items" -> ids.businessKey.replace("/", "%2F");
        case "notices" -> ids.notice;
        default -> "x0";
      };
    }
    return switch (parameter) {
      case "key" -> resource.equals("key") && root.equals("process-definition") ? ItemProcess.KEY : "x0";
      case "varName" -> ItemProcess.Vars.COORDINATION_SUMMARY;
      case "commentId" -> ids.comment;
      case "userId", "user-id" -> MatrixUser.LEAD_STAFF.id;
      case "groupId" -> LEAD;
      case "resourceId" -> ids.resource;
      default -> switch (root) {
        case "task" -> ids.leadTask;
        case "job" -> ids.timerJob;
        case "job-definition" -> ids.jobDefinition;
        case "process-instance" -> ids.item;
        case "execution" -> ids.item;
        case "process-definition" -> ids.definition;
        case "deployment" -> ids.deployment;
        case "history/detail" -> ids.historicDetail;
        case "history/variable-instance" -> ids.historicVariable;
        case "history/process-instance" -> ids.item;
        case "history/user-operation" -> ids.operation;
        case "variable-instance" -> ids.runtimeVariable;
        case "incident" -> ids.incident;
        case "filter" -> ids.filter;
        case "user" -> MatrixUser.LEAD_STAFF.id;
        case "group" -> LEAD;
        default -> "00000000-0000-0000-0000-000000000000";
      };
    };
  }

  // ---- The item the calls name ----

  /**
   * An item of UBND thành phố with two coordinators: received by the lead, answered by the other
   * coordinator with a secret, commented on, and with an incident on its watch, so that every kind
   * of id the API names exists.
   */
  private Ids item() throws Exception {
    Ids found = new Ids();
    CoordinatedItem item = CoordinatedItem.register(http, runtimeService, taskService, managementService,
        "Trả lời kiến nghị <b>đậm</b>.");
    awaitIdle();
    found.businessKey = item.businessKey();
    found.notice = found.businessKey.substring(0, found.businessKey.indexOf('/'));
    found.item = item.instanceId();
    found.definition = item.definitionId();
    found.deployment = repositoryService.getProcessDefinition(found.definition).getDeploymentId();
    found.resource = repositoryService.getDeploymentResources(found.deployment).get(0).getId();
    found.leadTask = item.leadTaskId();
    found.watch = item.watchId();
    Job timer = item.timer();
    found.comment = taskService.createComment(found.leadTask, found.item, "Ý kiến của Văn phòng").getId();
    found.timerJob = timer.getId();
    found.jobDefinition = timer.getJobDefinitionId();
    found.historicDetail = historyService.createHistoricDetailQuery().processInstanceId(found.item).list().stream()
        .filter(detail -> detail instanceof org.camunda.bpm.engine.history.HistoricVariableUpdate update
            && CoordinatedItem.SECRET.equals(String.valueOf(update.getValue())))
        .findFirst().orElseThrow().getId();
    found.historicVariable = historyService.createHistoricVariableInstanceQuery().processInstanceId(found.item).list()
        .get(0).getId();
    found.runtimeVariable = runtimeService.createVariableInstanceQuery().processInstanceIdIn(found.item).list().get(0)
        .getId();
    found.incident = runtimeService.createIncident("matrix", timer.getExecutionId(), "kiem-thu", "Sự cố để kiểm thử").getId();
    found.filter = filterService.createFilterQuery().filterName("Việc của tôi").singleResult().getId();
    found.operation = historyService.createUserOperationLogQuery().list().get(0).getOperationId();
    assertThat(found.historicDetail).isNotNull();
    return found;
  }

  /** Waits until no job is due, so that what the job executor does is not taken for a request's change. */
  private void awaitIdle() throws InterruptedException {
    for (int i = 0; i < 100 && managementService.createJobQuery().executable().count() > 0; i++) {
      Thread.sleep(100);
    }
    Thread.sleep(200);
  }
}
