package vn.followup.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.followup.support.ApplicationProcess;
import vn.followup.support.ExternalPostgres;
import vn.followup.support.ReliabilityTest;

/**
 * The application is killed with SIGKILL again and again while clients register notices and
 * complete tasks through the REST API, and started again on the same PostgreSQL (which the test
 * owns, so it survives). Afterwards every call that was answered 2xx is in the database in full
 * (notice, items, follow-ups, task completed, value stored, history and operation log written), no
 * call left half of its change, and nothing exists twice: registrations that got no answer were
 * sent again and are there once.
 */
@ReliabilityTest
class KillNineUnderLoadTest {

  static final int KILLS = 3;

  static ExternalPostgres postgres;
  static ApplicationProcess node;

  @BeforeAll
  static void startDatabase() {
    postgres = ExternalPostgres.start();
    node = ApplicationProcess.on(postgres, "kill-nine");
  }

  @AfterAll
  static void stopEverything() {
    ExternalPostgres.closeAfter(node, postgres);
  }

  @Test
  @Timeout(value = 6, unit = TimeUnit.MINUTES)
  void losesNoAcceptedCallAndHalvesNoneWhenKilledUnderLoad() {
    long started = System.nanoTime();
    Random random = new Random(20211125L);
    Workload workload = new Workload("kill");
    node.start();
    workload.start(node::http);
    try {
      for (int kill = 1; kill <= KILLS; kill++) {
        ApplicationProcess.pause(1500 + random.nextInt(2500));
        node.kill();
        node.start();
      }
      ApplicationProcess.pause(2000);
    } finally {
      workload.stop();
    }
    workload.retryUnanswered(node.http());
    node.stop();

    Records records = new Records(postgres.jdbc());
    records.assertNothingLostNothingHalfDoneNothingTwice(workload);
    assertThat(workload.calls(Workload.REGISTER, Workload.Outcome.ACCEPTED)).as("registrations accepted").isNotEmpty();
    assertThat(workload.calls(Workload.COMPLETE, Workload.Outcome.ACCEPTED)).as("completions accepted").isNotEmpty();
    System.out.printf("Kill -9 under load: %d kills, %s, %d notices in the database; %d s%n", KILLS,
        workload.summary(), records.count("select count(*) from followup_notice"),
        Duration.ofNanos(System.nanoTime() - started).toSeconds());
  }
}
