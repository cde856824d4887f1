package vn.followup.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.followup.item.ItemProcessTest.COORDINATOR;
import static vn.followup.item.ItemProcessTest.LEAD;
import static vn.followup.item.ItemProcessTest.REGISTERED;
import static vn.followup.item.ItemProcessTest.REVIEWER;
import static vn.followup.item.ItemProcessTest.WRITER;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.followup.item.ItemProcess.Elements;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.support.ApplicationTestBase;
import vn.followup.support.EngineDriver;
import vn.followup.watch.DeadlineWatchGateway;
import vn.followup.watch.DeadlineWatchProcess;
import vn.followup.support.ProcessTest;
import vn.followup.support.ResponseValues;

/**
 * Items that run on the model as it was before issue #29 (a copy of {@code bpmn/follow-up-item.bpmn}
 * at commit d8e9826) move to the current model and finish there; one that waits where the current
 * model has no equal is refused and left as it was.
 */
@ProcessTest
class ItemModelMigrationProcessTest extends ApplicationTestBase {

  static final String PREVIOUS_MODEL = "migration/follow-up-item-d8e9826.bpmn";
  static final String PREVIOUS_WATCH_MODEL = "migration/deadline-watch-17bf56c.bpmn";
  static final String WATCH_MODEL = "bpmn/deadline-watch.bpmn";
  static final String PROPOSER = "dang-uy-xuan-tang";

  @Autowired
  ItemModelMigration migration;
  @Autowired
  DeadlineWatchGateway watches;
  int sequence;

  @BeforeEach
  void startOnTheRegistrationDay() {
    AbstractAssertions.init(engine);
    driver.clock(REGISTERED);
  }

  @AfterEach
  void removeTheItems() {
    driver.deleteAllInstances();
    EngineDriver.resetClock();
  }

  @Test
  void movesAnItemWaitingForCoordinationFromThePreviousModelToTheCurrentOneWhereItFinishes() {
    ProcessDefinition previous = deploy(previousModel());
    ProcessInstance item = start(List.of(COORDINATOR));
    ProcessDefinition current = deploy(currentModel());
    assertThat(item.getProcessDefinitionId()).isEqualTo(previous.getId());
    driver.complete(driver.task(item.getId(), Elements.TASK_RECEIVE), WRITER, Map.of(Vars.FOCAL_OFFICER, "Nguyễn Văn An"));
    Task coordinate = driver.task(item.getId(), Elements.TASK_COORDINATE);
    Task write = driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE);
    String watch = runtimeService.createProcessInstanceQuery().superProcessInstanceId(item.getId()).singleResult().getId();

    ItemModelMigration.Outcome outcome = migration.migrateOlderVersions();

    assertThat(outcome.migrated()).isPositive();
    assertThat(definitionOf(item.getId())).isEqualTo(current.getId());
    assertThat(runtimeService.getActivityInstance(item.getId()).getActivityInstances("SubProcess_Coordination"))
        .as("the coordination now runs in its own stage").hasSize(1);
    assertThat(driver.task(item.getId(), Elements.TASK_COORDINATE).getId()).as("the same task").isEqualTo(coordinate.getId());
    assertThat(driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE).getId()).isEqualTo(write.getId());
    assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(item.getId()).singleResult().getId())
        .as("the same watch").isEqualTo(watch);

    // The watch's reminder reaches the migrated item as its event "Đã nhắc hạn".
    Instant reminder = Instant.parse("2021-12-23T01:00:00Z");
    driver.clock(reminder);
    driver.runDueJobs();
    assertThat(runtimeService.getVariable(item.getId(), Vars.LAST_REMINDER_AT)).isEqualTo(Date.from(reminder));
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(item.getId())
        .activityId("ServiceTask_RecordReminderSent").count()).isOne();

    driver.complete(driver.task(item.getId(), Elements.TASK_COORDINATE), "canbo-tnmt",
        Map.of(Vars.COORDINATION_INPUT, "Thống nhất nội dung trả lời."));
    driver.complete(driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE), WRITER, ResponseValues.of("DONE", "2021-12-20"));
    driver.complete(driver.task(item.getId(), Elements.TASK_REVIEW_RESPONSE), REVIEWER, Map.of(Vars.REVIEW_DECISION, "ACCEPT"));
    driver.complete(driver.task(item.getId(), Elements.TASK_CLOSE), REVIEWER, Map.of(Vars.CLOSURE_OUTCOME, "COMPLETED_ON_TIME"));
    assertThat(item).isEnded().hasPassed(Elements.END_ITEM_CLOSED);
  }

  @Test
  void movesAnItemWaitingForItsNoticesNumberIntoTheNewStageThatWaitsForIt() {
    deploy(previousModel());
    ProcessInstance item = start(List.of(), false);
    ProcessDefinition current = deploy(currentModel());
    assertThat(item).isWaitingAt(Elements.EVENT_NOTICE_NUMBERED);

    migration.migrateOlderVersions();

    assertThat(definitionOf(item.getId())).isEqualTo(current.getId());
    assertThat(runtimeService.getActivityInstance(item.getId()).getActivityInstances("SubProcess_AwaitNoticeNumber"))
        .hasSize(1);
    items.noticeNumbered("chuyen-doi", "Thông báo số 126-TB/TU ngày 26/11/2021");
    assertThat(driver.task(item.getId(), Elements.TASK_RECEIVE)).isNotNull();
  }

  @Test
  void movesAnItemWaitingForTheProposersAcknowledgementIntoItsNewStageWhereTheOfficesChangesArriveAsEvents() {
    deploy(previousModel());
    ProcessInstance item = items.start(ItemStart.item("chuyen-doi/de-xuat-" + (++sequence) + "-" + System.nanoTime())
        .notice("chuyen-doi", "Thông báo số 125-TB/TU ngày 25/11/2021", true)
        .text("3.2." + sequence, "Kiến nghị kiểm thử chuyển phiên bản.", true)
        .agencies(LEAD, List.of())
        .response(java.util.Optional.of(reader.read("xong trước 30/12/2021").deadlines().get(0)), "")
        .proposer(PROPOSER)
        .build());
    driver.complete(driver.task(item.getId(), Elements.TASK_RECEIVE), WRITER, Map.of(Vars.FOCAL_OFFICER, "Nguyễn Văn An"));
    driver.complete(driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE), WRITER, ResponseValues.of("DONE", "2021-11-25"));
    driver.complete(driver.task(item.getId(), Elements.TASK_REVIEW_RESPONSE), REVIEWER, Map.of(Vars.REVIEW_DECISION, "ACCEPT"));
    Task acknowledge = driver.task(item.getId(), Elements.TASK_ACKNOWLEDGE_ANSWER);
    ProcessDefinition current = deploy(currentModel());

    migration.migrateOlderVersions();

    assertThat(definitionOf(item.getId())).isEqualTo(current.getId());
    assertThat(runtimeService.getActivityInstance(item.getId()).getActivityInstances("SubProcess_Acknowledgement"))
        .as("the acknowledgement now runs in its own stage").hasSize(1);
    assertThat(driver.task(item.getId(), Elements.TASK_ACKNOWLEDGE_ANSWER).getId()).as("the same task")
        .isEqualTo(acknowledge.getId());

    // The office's move of the proposer's task reaches the migrated item as its event "Văn phòng chuyển công việc".
    items.moveTasks(item.getId(), new TaskMove(PROPOSER, LEAD), new OfficeRecord("Chuyển công việc (kiểm thử)."));
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(item.getId())
        .activityId("ServiceTask_ApplyTaskMove").count()).isOne();
    assertThat(taskService.getIdentityLinksForTask(acknowledge.getId())).extracting(link -> link.getGroupId())
        .containsExactly(LEAD);

    driver.complete(driver.task(item.getId(), Elements.TASK_ACKNOWLEDGE_ANSWER), WRITER,
        Map.of(Vars.ACKNOWLEDGEMENT_NOTE, "Đã nhận."));
    driver.complete(driver.task(item.getId(), Elements.TASK_CLOSE), REVIEWER, Map.of(Vars.CLOSURE_OUTCOME, "COMPLETED_ON_TIME"));
    assertThat(item).isEnded().hasPassed("End_Acknowledged", Elements.END_ITEM_CLOSED);
  }

  @Test
  void movesAWatchWaitingForItsDeadlineIntoItsNewStageWhereAMovedDeadlineArrivesAsAMessage() {
    ProcessDefinition previous = deploy(WATCH_MODEL, resource(PREVIOUS_WATCH_MODEL), DeadlineWatchProcess.KEY);
    ProcessInstance item = start(List.of());
    ProcessInstance watch = runtimeService.createProcessInstanceQuery().superProcessInstanceId(item.getId()).singleResult();
    assertThat(watch.getProcessDefinitionId()).isEqualTo(previous.getId());
    ProcessDefinition current = deploy(WATCH_MODEL, resource(WATCH_MODEL), DeadlineWatchProcess.KEY);

    migration.migrateOlderVersions();

    assertThat(definitionOf(watch.getId())).isEqualTo(current.getId());
    assertThat(runtimeService.getActivityInstance(watch.getId()).getActivityInstances("SubProcess_AwaitDeadline"))
        .as("the deadline's timer now waits in its own stage").hasSize(1);
    Date newDue = Date.from(Instant.parse("2022-01-31T17:00:00Z"));
    watches.moveDeadline(item.getId(), ItemDeadlines.RESPONSE, newDue, REGISTERED);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(watch.getId())
        .activityId("Event_DeadlineMoved").count()).as("the watch's event 'Thời hạn được thay đổi'").isOne();
    assertThat(driver.timer(watch.getId(), DeadlineWatchProcess.Elements.TIMER_DEADLINE).getDuedate()).isEqualTo(newDue);
    assertThat(driver.timer(watch.getId(), DeadlineWatchProcess.Elements.TIMER_REMINDER)).as("a reminder waits").isNotNull();
  }

  @Test
  void refusesAnItemWaitingWhereTheCurrentModelHasNoEqualAndLeavesItUntouched() {
    ProcessDefinition previous = deploy(previousModel().replace("\"Task_Receive\"", "\"Task_ReceiveBefore29\""));
    ProcessInstance item = start(List.of());
    deploy(currentModel());
    Task receive = driver.task(item.getId(), "Task_ReceiveBefore29");

    ItemModelMigration.Outcome outcome = migration.migrateOlderVersions();

    assertThat(outcome.refused()).isPositive();
    assertThat(definitionOf(item.getId())).isEqualTo(previous.getId());
    assertThat(driver.task(item.getId(), "Task_ReceiveBefore29").getId()).isEqualTo(receive.getId());
  }

  private String definitionOf(String instanceId) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult().getProcessDefinitionId();
  }

  private ProcessInstance start(List<String> coordinators) {
    return start(coordinators, true);
  }

  private ProcessInstance start(List<String> coordinators, boolean noticeNumbered) {
    return items.start(ItemStart.item("chuyen-doi/" + (++sequence) + "-" + System.nanoTime())
        .notice("chuyen-doi", "Thông báo số 125-TB/TU ngày 25/11/2021", noticeNumbered)
        .text("3.1." + sequence, "Nội dung kiểm thử chuyển phiên bản.", true)
        .agencies(LEAD, coordinators)
        .response(java.util.Optional.of(reader.read("xong trước 30/12/2021").deadlines().get(0)), "")
        .build());
  }

  /** The item model with the forms, as the application deploys them, so that its tasks find their forms. */
  private ProcessDefinition deploy(String itemModel) {
    return deploy("bpmn/follow-up-item.bpmn", itemModel, ItemProcess.KEY);
  }

  private ProcessDefinition deploy(String name, String model, String key) {
    DeploymentBuilder builder = repositoryService.createDeployment().name("followup-migration-test")
        .addString(name, model);
    try {
      for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
        try (InputStream in = form.getInputStream()) {
          builder.addString("forms/" + form.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String deployment = builder.deploy().getId();
    return repositoryService.createProcessDefinitionQuery().deploymentId(deployment).processDefinitionKey(key)
        .singleResult();
  }

  private static String previousModel() {
    return resource(PREVIOUS_MODEL);
  }

  private static String currentModel() {
    return resource("bpmn/follow-up-item.bpmn");
  }

  private static String resource(String name) {
    try (InputStream in = ItemModelMigrationProcessTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
