package vn.followup.system.history;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.followup.support.TestUsers.PASSWORD;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.followup.organisation.Roles;
import vn.followup.support.FollowupSpringBootTest;
import vn.followup.support.TestUsers;
import vn.followup.system.FailingStep;
import vn.followup.support.ApplicationTestBase;

/**
 * What a failed job leaves for Cockpit (the job's exception and stack trace, the incident, the
 * job's history) is a Vietnamese sentence naming no user and no class; retries and incidents work
 * as before.
 */
@FollowupSpringBootTest
class FailedJobMessagesTest extends ApplicationTestBase {

  static final String AUDITOR = "kiemtra.vien";
  static final Pattern VIETNAMESE = Pattern.compile("[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]",
      Pattern.CASE_INSENSITIVE);

  String instanceId;

  @BeforeEach
  void setUp() {
    fixture.user(AUDITOR, List.of(Roles.AUDITORS));
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("Process_FailingStep").count() == 0) {
      repositoryService.createDeployment().name("kiem-thu-buoc-loi")
          .addClasspathResource("system/failing-step.bpmn").deploy();
    }
    instanceId = runtimeService.startProcessInstanceByKey("Process_FailingStep").getId();
  }

  @Test
  void aStepThatFailsUntilItsIncidentStoresAVietnameseSentenceNamingNoUserOnTheJobTheIncidentAndTheHistory()
      throws Exception {
    Incident incident = awaitIncident(Duration.ofSeconds(90));
    Job job = managementService.createJobQuery().jobId(incident.getConfiguration()).singleResult();
    assertThat(job.getRetries()).as("the retries are spent as before").isZero();

    List<String> stored = new ArrayList<>();
    stored.add(job.getExceptionMessage());
    stored.add(managementService.getJobExceptionStacktrace(job.getId()));
    stored.add(incident.getIncidentMessage());
    stored.addAll(jdbc.queryForList("select exception_msg_ from act_ru_job where id_ = ?", String.class, job.getId()));
    stored.addAll(jdbc.queryForList("select incident_msg_ from act_hi_incident where proc_inst_id_ = ?", String.class,
        instanceId));
    List<HistoricJobLog> failures = historyService.createHistoricJobLogQuery().jobId(job.getId()).failureLog().list();
    assertThat(failures).as("one failure log per attempt").hasSize(2);
    for (HistoricJobLog failure : failures) {
      stored.add(failure.getJobExceptionMessage());
      stored.add(historyService.getHistoricJobLogExceptionStacktrace(failure.getId()));
    }
    HttpResponse<String> shown = fixture.http().get("/engine-rest/incident?maxResults=10&processInstanceId=" + instanceId,
        TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    assertThat(shown.statusCode()).as(shown.body()).isEqualTo(200);
    stored.add(shown.body());

    for (String text : stored) {
      assertReadable(text);
      assertThat(text).contains(FailedJobMessages.PREFIX.trim());
    }
  }

  @Test
  void aTimerRunByAUserWithoutRightsStoresNothingThatNamesTheUser() {
    Job timer = managementService.createJobQuery().processInstanceId(instanceId).timers().singleResult();

    for (int attempt = 0; attempt < 3; attempt++) {
      HttpResponse<String> executed = http.send("POST", "/engine-rest/job/" + timer.getId() + "/execute",
          "application/json", "{}", AUDITOR, PASSWORD);
      assertThat(executed.statusCode()).as(executed.body()).isGreaterThanOrEqualTo(400);
      assertThat(executed.body()).doesNotContain(AUDITOR);
    }

    Job after = managementService.createJobQuery().jobId(timer.getId()).singleResult();
    assertThat(after).as("the timer is still there").isNotNull();
    List<String> stored = new ArrayList<>();
    if (after.getExceptionMessage() != null) {
      stored.add(after.getExceptionMessage());
      stored.add(managementService.getJobExceptionStacktrace(after.getId()));
    }
    runtimeService.createIncidentQuery().processInstanceId(instanceId).list().stream()
        .filter(incident -> timer.getId().equals(incident.getConfiguration()))
        .forEach(incident -> stored.add(incident.getIncidentMessage()));
    historyService.createHistoricJobLogQuery().jobId(timer.getId()).failureLog().list()
        .forEach(failure -> stored.add(failure.getJobExceptionMessage()));
    stored.forEach(FailedJobMessagesTest::assertReadable);
  }

  private static void assertReadable(String text) {
    assertThat(text).isNotNull();
    assertThat(VIETNAMESE.matcher(text).find()).as("Vietnamese: %s", text).isTrue();
    assertThat(text).doesNotContain(FailingStep.USER).doesNotContain(AUDITOR).doesNotContain("java.")
        .doesNotContain("vn.followup").doesNotContain("org.").doesNotContain("Exception");
  }

  private Incident awaitIncident(Duration timeout) throws InterruptedException {
    Instant end = Instant.now().plus(timeout);
    while (Instant.now().isBefore(end)) {
      Incident incident = runtimeService.createIncidentQuery().processInstanceId(instanceId)
          .incidentType("failedJob").singleResult();
      if (incident != null) {
        return incident;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no incident within " + timeout);
  }
}
