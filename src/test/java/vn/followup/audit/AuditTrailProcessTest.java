package vn.followup.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.followup.watch.DeadlineWatchProcess;
import vn.followup.item.ItemProcess.Elements;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.item.ItemStart;
import vn.followup.support.EngineDriver;
import vn.followup.support.ProcessTest;
import vn.followup.support.ApplicationTestBase;

/** The audit timeline of an item whose response deadline passed, with time moved (job executor off). */
@ProcessTest
class AuditTrailProcessTest extends ApplicationTestBase {

  @Autowired
  AuditTrail trail;

  /** Its overdue item keeps an urge task open: removed, as process tests elsewhere count urge tasks. */
  @AfterEach
  void tearDown() {
    new EngineDriver(engine).deleteAllInstances();
    EngineDriver.resetClock();
  }

  @Test
  void showsTheCallActivityOfAWatchThatMarkedTheItemOverdueAsLate() {
    String notice = "nhat-ky-" + UUID.randomUUID().toString().substring(0, 8);
    String key = notice + "/2.1.1";
    driver.clock(Instant.parse("2021-11-25T03:00:00Z"));
    ProcessInstance item = items.start(ItemStart.item(key)
        .notice(notice, "Thông báo số 9-TB/TU ngày 25/11/2021", true)
        .text("2.1.1", "Nội dung kiểm thử nhật ký quá hạn.", true)
        .agencies("ubnd-thanh-pho", List.of())
        .response(Optional.of(reader.read("xong trước 30/12/2021").deadlines().get(0)), "")
        .build());
    driver.complete(driver.task(item.getId(), Elements.TASK_RECEIVE), "canbo-nhatky",
        Map.of(Vars.FOCAL_OFFICER, "Nguyễn Văn An"));
    String watch = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(item.getId())
        .processDefinitionKey(DeadlineWatchProcess.KEY).singleResult().getId();

    driver.clock(Instant.parse("2022-01-05T02:00:00Z"));
    ManagementService management = engine.getManagementService();
    // Only this watch's timers: other tests' items in the database stay as they are.
    for (List<Job> due = management.createJobQuery().processInstanceId(watch).executable().list(); !due.isEmpty();
        due = management.createJobQuery().processInstanceId(watch).executable().list()) {
      due.forEach(job -> management.executeJob(job.getId()));
    }

    List<AuditEntry> entries = trail.item(key).entries();
    AuditEntry timer = entries.stream().filter(entry -> watch.equals(entry.processInstanceId())
        && DeadlineWatchProcess.Elements.TIMER_DEADLINE.equals(entry.stepId())).findFirst().orElseThrow();
    assertThat(timer.late()).as(timer.toString()).isTrue();
    assertThat(entries).filteredOn(entry -> item.getId().equals(entry.processInstanceId())
        && Elements.CALL_ACTIVITY_WATCH_RESPONSE.equals(entry.stepId())).singleElement()
        .satisfies(call -> {
          assertThat(call.late()).as(call.toString()).isTrue();
          assertThat(call.deadline()).isEqualTo(timer.deadline());
          assertThat(call.detail()).as("still watching").isEqualTo("Chưa kết thúc");
        });
    // The other activities of the item keep their own judgement: the receipt was on time.
    assertThat(entries).filteredOn(entry -> Elements.TASK_RECEIVE.equals(entry.stepId()) && entry.start() != null)
        .singleElement().satisfies(receipt -> assertThat(receipt.late()).isFalse());
  }
}
