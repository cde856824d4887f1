package vn.followup.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.followup.watch.DeadlineWatchProcess;
import vn.followup.reliability.Workload.Call;
import vn.followup.reliability.Workload.Outcome;
import vn.followup.support.ApplicationProcess;
import vn.followup.support.ExternalPostgres;
import vn.followup.support.Http;
import vn.followup.support.TestUsers;
import vn.followup.system.database.DatabaseOutage;
import vn.followup.support.ReliabilityTest;

/**
 * PostgreSQL stops for {@value #OUTAGE_SECONDS} seconds while clients work. Meanwhile every call of
 * the project's API and of the engine REST API is answered 503 with the Vietnamese "try again"
 * message (never a success, never a bare 500), and the readiness probe says DOWN. When the database
 * is back the same application process serves again by itself, without a restart: calls succeed,
 * the job executor runs due timers again, and nothing accepted before, during or after the outage
 * is lost or half done.
 */
@ReliabilityTest
class DatabaseOutageTest {

  static final int OUTAGE_SECONDS = 15;

  static ExternalPostgres postgres;
  static ApplicationProcess node;

  @BeforeAll
  static void start() {
    postgres = ExternalPostgres.start();
    node = ApplicationProcess.on(postgres, "outage").start();
  }

  @AfterAll
  static void stopEverything() {
    ExternalPostgres.closeAfter(node, postgres);
  }

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void answers503DuringADatabaseOutageAndRecoversWithoutARestart() throws Exception {
    long started = System.nanoTime();
    Http http = node.http();
    Workload workload = new Workload("outage");
    assertThat(workload.register(http, "outage-truoc").outcome()).isEqualTo(Outcome.ACCEPTED);
    String task = Workload.openReceipts(http, 1).get(0);
    long pid = node.pid();
    workload.start(node::http);
    ApplicationProcess.pause(2000);

    postgres.stop();
    Instant outageStarted = Instant.now();
    ApplicationProcess.pause(1000);
    Map<String, CompletableFuture<HttpResponse<String>>> probes = new LinkedHashMap<>();
    probe(probes, "POST /api/notices", () -> http.postJson("/api/notices", Workload.document("outage-trong"),
        TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD));
    probe(probes, "GET /api/notices", () -> http.get("/api/notices", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD));
    probe(probes, "GET /engine-rest/task", () -> http.get("/engine-rest/task?maxResults=5", TestUsers.ADMIN,
        TestUsers.ADMIN_PASSWORD));
    probe(probes, "POST /engine-rest/task/{id}/complete", () -> http.postJson("/engine-rest/task/" + task + "/complete",
        "{\"variables\":{\"focalOfficer\":{\"value\":\"Cán bộ trong lúc mất kết nối\"}}}", TestUsers.ADMIN,
        TestUsers.ADMIN_PASSWORD));
    probe(probes, "GET /actuator/health/readiness", () -> http.get("/actuator/health/readiness"));
    for (Map.Entry<String, CompletableFuture<HttpResponse<String>>> probe : probes.entrySet()) {
      HttpResponse<String> response = probe.getValue().get(60, TimeUnit.SECONDS);
      assertThat(response.statusCode()).as(probe.getKey() + ": " + response.body()).isEqualTo(503);
      if (probe.getKey().contains("/api/") || probe.getKey().contains("/engine-rest/")) {
        assertThat(Workload.json(response.body()).get("message").asText()).as(probe.getKey())
            .isEqualTo(DatabaseOutage.MESSAGE);
      }
    }
    ApplicationProcess.pause(Math.max(0, Duration.between(Instant.now(), outageStarted.plusSeconds(OUTAGE_SECONDS)).toMillis()));
    Instant outageEnded = Instant.now();
    postgres.startAgain();

    Records.await("the application is ready again", Duration.ofSeconds(60),
        () -> readiness(http) == 200);
    Duration recovery = Duration.between(outageEnded, Instant.now());
    assertThat(node.pid()).as("the same process, not restarted").isEqualTo(pid);
    ApplicationProcess.pause(2000);
    workload.stop();
    workload.retryUnanswered(http);

    List<Call> duringOutage = workload.calls().stream()
        .filter(call -> call.sent().isAfter(outageStarted) && call.answered().isBefore(outageEnded)).toList();
    assertThat(duringOutage).as("calls made during the outage").isNotEmpty();
    assertThat(duringOutage).as("every call during the outage was answered 503 with the message")
        .allSatisfy(call -> {
          assertThat(call.status()).as(call.toString()).isEqualTo(503);
          assertThat(Workload.json(call.body()).get("message").asText()).isEqualTo(DatabaseOutage.MESSAGE);
        });
    assertThat(workload.register(http, "outage-sau").status()).isEqualTo(201);
    assertThat(workload.complete(http, Workload.openReceipts(http, 1).get(0), "Cán bộ sau khi có lại kết nối").status())
        .isEqualTo(204);
    Records records = new Records(postgres.jdbc());
    assertThat(records.makeDeadlinesDue("outage-truoc/%")).isEqualTo(Workload.ITEMS_PER_NOTICE);
    Records.await("the job executor runs due timers again", Duration.ofSeconds(60),
        () -> records.count("select count(*) from act_ru_task where task_def_key_ = ?",
            DeadlineWatchProcess.Elements.TASK_URGE) == Workload.ITEMS_PER_NOTICE);
    node.stop();

    records.assertNothingLostNothingHalfDoneNothingTwice(workload);
    System.out.printf("Database outage: %d s down, %d client calls and %d probes during it, all 503; ready again %d ms "
        + "after the database; %s; %d s%n", OUTAGE_SECONDS, duringOutage.size(), probes.size(), recovery.toMillis(),
        workload.summary(),
        Duration.ofNanos(System.nanoTime() - started).toSeconds());
  }

  private static void probe(Map<String, CompletableFuture<HttpResponse<String>>> probes, String name,
      Supplier<HttpResponse<String>> call) {
    probes.put(name, CompletableFuture.supplyAsync(call));
  }

  private static int readiness(Http http) {
    try {
      return http.get("/actuator/health/readiness").statusCode();
    } catch (RuntimeException notAnswering) {
      return 0;
    }
  }
}
