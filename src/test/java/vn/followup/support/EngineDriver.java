package vn.followup.support;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives the engine in process tests as the users and the job executor would: sets the clock,
 * runs the jobs that are due, and completes tasks as a named user.
 */
public final class EngineDriver {

  private final ProcessEngine engine;

  public EngineDriver(ProcessEngine engine) {
    this.engine = engine;
  }

  public void clock(Instant now) {
    ClockUtil.setCurrentTime(Date.from(now));
  }

  public static void resetClock() {
    ClockUtil.reset();
  }

  /** Runs every job due now, including those the run makes due now, as the job executor would. */
  public int runDueJobs() {
    ManagementService management = engine.getManagementService();
    int executed = 0;
    for (int round = 0; round < 50; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return executed;
      }
      for (Job job : due) {
        management.executeJob(job.getId());
        executed++;
      }
    }
    throw new IllegalStateException("Jobs keep becoming due: a timer loop fires without waiting");
  }

  public Task task(String processInstanceId, String taskDefinitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  /**
   * Completes the task as the given user, a member of the groups the task is offered to, who
   * claims it first, as in Tasklist.
   */
  public void complete(Task task, String user, Map<String, Object> variables, String... roles) {
    TaskService tasks = engine.getTaskService();
    IdentityService identity = engine.getIdentityService();
    List<String> groups = new java.util.ArrayList<>(tasks.getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId).filter(java.util.Objects::nonNull).toList());
    groups.addAll(List.of(roles));
    identity.setAuthentication(user, groups);
    try {
      if (task.getAssignee() == null) {
        tasks.claim(task.getId(), user);
      }
      tasks.complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Removes every running instance, so the next test starts from an empty runtime. */
  public void deleteAllInstances() {
    List<String> ids = engine.getRuntimeService().createProcessInstanceQuery().list().stream()
        .map(instance -> instance.getId()).toList();
    if (!ids.isEmpty()) {
      engine.getRuntimeService().deleteProcessInstancesIfExists(ids, "test cleanup", true, true, true);
    }
  }

  public Job timer(String processInstanceId, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
        .activityId(activityId).timers().singleResult();
  }
}
