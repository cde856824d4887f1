package vn.followup.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.followup.watch.DeadlineWatchProcess;
import vn.followup.item.ItemProcess;
import vn.followup.reliability.Workload.Call;
import vn.followup.reliability.Workload.Outcome;
import vn.followup.support.ApplicationProcess;
import vn.followup.support.ExternalPostgres;
import vn.followup.support.Http;
import vn.followup.support.TestUsers;
import vn.followup.support.ReliabilityTest;

/**
 * Camunda's homogeneous cluster: two application processes, each with its own port and job
 * executor, on one PostgreSQL. The same action sent to both at the same moment takes effect once
 * and the other is refused cleanly (4xx, nothing stored); due timers are raced for by both job
 * executors and each runs once; a registration whose answer timed out and is sent again to the
 * other node exists once; a failing step ends as an incident after its retries, and an
 * administrator's retry on the other node completes it, recorded in the operation log.
 */
@ReliabilityTest
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class TwoNodesOnOneDatabaseTest {

  static ExternalPostgres postgres;
  static ApplicationProcess nodeA;
  static ApplicationProcess nodeB;
  static Records records;
  static ExecutorService clients;

  @BeforeAll
  static void startCluster() {
    clients = Executors.newFixedThreadPool(4);
    postgres = ExternalPostgres.start();
    records = new Records(postgres.jdbc());
    nodeA = ApplicationProcess.on(postgres, "node-a");
    nodeB = ApplicationProcess.on(postgres, "node-b");
    // The first node of a new database creates the schema; the others join it (see docs/operations.md "Several nodes").
    nodeA.start();
    nodeB.start();
  }

  @AfterAll
  static void stopCluster() {
    try {
      for (ApplicationProcess node : new ApplicationProcess[] {nodeA, nodeB}) {
        if (node != null) {
          node.close();
        }
      }
    } finally {
      if (postgres != null) {
        postgres.close();
      }
      if (clients != null) {
        clients.shutdownNow();
      }
    }
  }

  @Test
  void bothNodesShareOneDeploymentOfTheModels() {
    assertThat(records.count("select count(*) from act_re_deployment where name_ = 'followup'")).isEqualTo(1);
    assertThat(records.count("select count(*) from act_re_procdef where key_ = ?", ItemProcess.KEY)).isEqualTo(1);
  }

  @Test
  void completesATaskOnceWhenBothNodesCompleteItAtTheSameMoment() {
    Workload workload = new Workload("hai-nut-viec");
    for (String id : List.of("hai-nut-viec-1", "hai-nut-viec-2")) {
      assertThat(workload.register(nodeA.http(), id).outcome()).isEqualTo(Outcome.ACCEPTED);
    }
    List<String> tasks = receiptsOf("hai-nut-viec-%");
    assertThat(tasks).hasSize(2 * Workload.ITEMS_PER_NOTICE);
    for (String task : tasks) {
      List<Call> calls = atOnce(() -> workload.complete(nodeA.http(), task, "Cán bộ A " + task),
          () -> workload.complete(nodeB.http(), task, "Cán bộ B " + task));
      assertExactlyOneSucceeded(calls, 404, 409);
    }
    records.assertEveryAcceptedCompletionIsRecorded(workload);
    records.assertEveryCompletedReceiptIsWhole();
    for (Call refused : workload.calls(Workload.COMPLETE, Outcome.REFUSED)) {
      assertThat(records.count("select count(*) from act_hi_detail where text_ = ?", refused.value()))
          .as("the refused value %s was not stored", refused.value()).isZero();
    }
  }

  @Test
  void correlatesAMessageOnceWhenBothNodesReceiveIt() {
    String draft = """
        {"id":"hai-nut-du-thao","symbol":"TB/TU","issuer":"thuong-truc-thanh-uy","summary":"Dự thảo chờ cấp số",
         "items":[%s]}""".formatted(String.join(",", List.of(1, 2, 3).stream().map(i -> """
        {"number":"%d","text":"Trả lời kiến nghị %d.","kind":"RECOMMENDATION","lead":"ubnd-thanh-pho",
         "deadlines":[{"type":"RESPONSE","phrase":"xong trước 30/12/2099"}]}""".formatted(i, i)).toList()));
    assertThat(nodeA.http().postJson("/api/notices", draft, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD).statusCode())
        .isEqualTo(201);
    for (int item = 1; item <= 3; item++) {
      String message = """
          {"messageName":"%s","businessKey":"hai-nut-du-thao/%d","processVariables":{
           "noticeNumbered":{"value":true,"type":"Boolean"}}}
          """.formatted(ItemProcess.MESSAGE_NOTICE_NUMBERED, item);
      List<Integer> statuses = atOnce(() -> post(nodeA, "/engine-rest/message", message),
          () -> post(nodeB, "/engine-rest/message", message)).stream().map(HttpResponse::statusCode).toList();
      assertThat(statuses).as("item %d", item).containsOnlyOnce(204);
      assertThat(statuses).as("item %d", item).allMatch(status -> status == 204 || status == 400 || status == 409);
    }
    assertThat(receiptsOf("hai-nut-du-thao")).as("each item received its number once").hasSize(3);
    assertThat(records.count("select count(*) from act_hi_actinst where act_id_ = ?",
        ItemProcess.Elements.EVENT_NOTICE_NUMBERED)).isEqualTo(3);
  }

  @Test
  void registersANoticeOnceWhenBothNodesReceiveIt() {
    Workload workload = new Workload("hai-nut-dang-ky");
    for (String id : List.of("hai-nut-dang-ky-1", "hai-nut-dang-ky-2", "hai-nut-dang-ky-3")) {
      List<Call> calls = atOnce(() -> workload.register(nodeA.http(), id), () -> workload.register(nodeB.http(), id));
      assertExactlyOneSucceeded(calls, 409);
    }
    records.assertNothingLostNothingHalfDoneNothingTwice(workload);
  }

  @Test
  void firesEachDueTimerOnceWhileBothNodesRaceForIt() {
    int timers = 0;
    for (int notice = 1; notice <= 2; notice++) {
      HttpResponse<String> registered = post(notice == 1 ? nodeA : nodeB, "/api/notices",
          Workload.document("hai-nut-han-" + notice, 30));
      assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
      timers += 30;
    }
    List<String> raced = postgres.jdbc().queryForList("select j.id_ from act_ru_job j join act_ru_jobdef d on d.id_ = "
        + "j.job_def_id_ join act_ru_execution w on w.id_ = j.process_instance_id_ where d.act_id_ = ? "
        + "and w.business_key_ like ? order by w.business_key_ limit 10", String.class,
        DeadlineWatchProcess.Elements.TIMER_DEADLINE, "hai-nut-han-1/%");
    List<Integer> refusals = new ArrayList<>();
    for (String job : raced) {
      List<Integer> statuses = atOnce(() -> post(nodeA, "/engine-rest/job/" + job + "/execute", ""),
          () -> post(nodeB, "/engine-rest/job/" + job + "/execute", "")).stream().map(HttpResponse::statusCode).toList();
      assertThat(statuses).as("job %s executed on both nodes at once", job).containsOnlyOnce(204);
      assertThat(statuses).as("the other is refused cleanly").allMatch(status -> status == 204 || status == 404
          || status == 409);
      statuses.stream().filter(status -> status != 204).forEach(refusals::add);
    }
    assertThat(records.makeDeadlinesDue("hai-nut-han-%")).isEqualTo(timers - raced.size());
    int expected = timers;
    Records.await("every deadline passed opens its urge task", Duration.ofSeconds(90),
        () -> urgeTasks("hai-nut-han-%") == expected && records.count("select count(*) from act_ru_job j "
            + "join act_ru_execution w on w.id_ = j.process_instance_id_ where w.business_key_ like ? "
            + "and j.duedate_ <= localtimestamp and j.retries_ > 0", "hai-nut-han-%") == 0);
    ApplicationProcess.pause(2000);
    assertThat(urgeTasks("hai-nut-han-%")).isEqualTo(timers);
    records.assertNothingTwice();
    List<Map<String, Object>> byNode = postgres.jdbc().queryForList("select hostname_, count(*) as jobs from act_hi_job_log "
        + "where job_state_ = 2 and job_def_type_ = 'timer-intermediate-transition' group by hostname_ order by hostname_");
    System.out.println("Two nodes: " + raced.size() + " timers executed on both nodes at once (the other answered "
        + refusals + "), " + (timers - raced.size()) + " raced for by both job executors; run per node " + byNode);
  }

  @Test
  void aRegistrationSentAgainToTheOtherNodeAfterATimeoutExistsOnce() throws Exception {
    Workload workload = new Workload("hai-nut-cho");
    String id = "hai-nut-cho-1";
    Future<HttpResponse<String>> retry;
    try (Connection blocker = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), "")) {
      blocker.setAutoCommit(false);
      blocker.createStatement().execute("lock table followup_notice in exclusive mode");
      Call first = workload.register(new Http(nodeA.port(), Duration.ofSeconds(3)), id);
      assertThat(first.outcome()).as("the client gave up waiting").isEqualTo(Outcome.FAILED);
      assertThat(first.status()).isZero();
      retry = clients.submit(() -> nodeB.http().postJson("/api/notices", Workload.document(id), TestUsers.ADMIN,
          TestUsers.ADMIN_PASSWORD));
      Records.await("both registrations wait to insert the notice", Duration.ofSeconds(30),
          () -> records.count("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
              + "and query like 'insert into followup_notice%'") == 2);
      blocker.commit();
    }
    HttpResponse<String> answer = retry.get(60, TimeUnit.SECONDS);
    assertThat(answer.statusCode()).as(answer.body()).isIn(201, 409);
    if (answer.statusCode() == 409) {
      assertThat(Workload.json(answer.body()).get("message").asText()).contains("đã được đăng ký");
    }
    assertThat(nodeB.http().get("/api/notices/" + id, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD).statusCode())
        .isEqualTo(200);
    assertThat(records.registration(id)).isEqualTo(Records.Registration.WHOLE);
    records.assertNothingTwice();
  }

  @Test
  void aFailingStepBecomesAnIncidentAndAnAdministratorsRetryOnTheOtherNodeCompletesIt() throws Exception {
    HttpResponse<String> deployed = nodeA.http().multipart("/engine-rest/deployment/create", "kiem-thu-danh-ba",
        "directory-lookup.bpmn", resource("reliability/directory-lookup.bpmn"), TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    int directoryPort = ExternalPostgres.freeLoopbackPort();
    HttpResponse<String> started = post(nodeA, "/engine-rest/process-definition/key/Process_DirectoryLookup/start",
        "{\"variables\":{\"directoryPort\":{\"value\":" + directoryPort + ",\"type\":\"Integer\"}}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instance = Workload.json(started.body()).get("id").asText();

    Records.await("the step fails three times and becomes an incident", Duration.ofSeconds(60),
        () -> records.count("select count(*) from act_ru_incident where proc_inst_id_ = ? and incident_type_ = 'failedJob'",
            instance) == 1);
    JsonNode incident = get(nodeB, "/engine-rest/incident?maxResults=10&processInstanceId=" + instance).get(0);
    // What Cockpit shows is the product's Vietnamese sentence (FailedJobMessages); the step's own
    // message, with its technical detail, is in the server log.
    assertThat(incident.get("incidentMessage").asText()).startsWith("Bước tự động không chạy được")
        .doesNotContain("127.0.0.1");
    String job = incident.get("configuration").asText();
    assertThat(get(nodeB, "/engine-rest/job/" + job).get("retries").asInt()).isZero();

    try (ServerSocket directory = new ServerSocket(directoryPort, 50, InetAddress.getLoopbackAddress())) {
      HttpResponse<String> retried = nodeB.http().send("PUT", "/engine-rest/job/" + job + "/retries", "application/json",
          "{\"retries\":1}", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
      assertThat(retried.statusCode()).as(retried.body()).isEqualTo(204);
      Records.await("the retried step completes the instance", Duration.ofSeconds(60),
          () -> records.count("select count(*) from act_hi_procinst where id_ = ? and end_time_ is not null", instance) == 1);
    }
    assertThat(get(nodeB, "/engine-rest/incident?maxResults=10&processInstanceId=" + instance)).as("no open incident").isEmpty();
    JsonNode history = get(nodeB, "/engine-rest/history/incident?maxResults=10&processInstanceId=" + instance);
    assertThat(history).hasSize(1);
    assertThat(history.get(0).get("resolved").asBoolean()).isTrue();
    JsonNode log = get(nodeB, "/engine-rest/history/user-operation?maxResults=10&jobId=" + job + "&operationType=SetJobRetries");
    assertThat(log).as("the retry is in the operation log").isNotEmpty();
    assertThat(log.get(0).get("userId").asText()).isEqualTo(TestUsers.ADMIN);
    assertThat(get(nodeB, "/engine-rest/history/job-log?maxResults=10&jobId=" + job + "&failureLog=true")).hasSize(3);
    assertThat(get(nodeB, "/engine-rest/history/job-log?maxResults=10&jobId=" + job + "&successLog=true")).hasSize(1);
  }

  /** Runs the calls at the same moment, one thread each, and returns their results in order. */
  @SafeVarargs
  private static <T> List<T> atOnce(Supplier<T>... calls) {
    CyclicBarrier start = new CyclicBarrier(calls.length);
    List<Future<T>> running = new ArrayList<>();
    for (Supplier<T> call : calls) {
      running.add(clients.submit(() -> {
        start.await(10, TimeUnit.SECONDS);
        return call.get();
      }));
    }
    List<T> results = new ArrayList<>();
    for (Future<T> result : running) {
      try {
        results.add(result.get(60, TimeUnit.SECONDS));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }
    return results;
  }

  private static void assertExactlyOneSucceeded(List<Call> calls, Integer... refusals) {
    assertThat(calls.stream().filter(call -> call.outcome() == Outcome.ACCEPTED)).as(calls.toString()).hasSize(1);
    assertThat(calls.stream().filter(call -> call.outcome() != Outcome.ACCEPTED).map(Call::status))
        .as("the other is refused cleanly: %s", calls).allMatch(List.of(refusals)::contains);
  }

  private static List<String> receiptsOf(String businessKeyPattern) {
    return postgres.jdbc().queryForList("select t.id_ from act_ru_task t join act_ru_execution p on p.id_ = t.proc_inst_id_ "
        + "where p.business_key_ like ? and t.task_def_key_ = ? order by p.business_key_", String.class,
        businessKeyPattern + "/%", ItemProcess.Elements.TASK_RECEIVE);
  }

  private static long urgeTasks(String businessKeyPattern) {
    return records.count("select count(*) from act_hi_taskinst t join act_hi_procinst w on w.id_ = t.proc_inst_id_ "
        + "where w.business_key_ like ? and t.task_def_key_ = ?", businessKeyPattern + "/%",
        DeadlineWatchProcess.Elements.TASK_URGE);
  }

  private static HttpResponse<String> post(ApplicationProcess node, String path, String json) {
    return node.http().postJson(path, json, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
  }

  private static JsonNode get(ApplicationProcess node, String path) {
    HttpResponse<String> response = node.http().get(path, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return Workload.json(response.body());
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = TwoNodesOnOneDatabaseTest.class.getClassLoader().getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
