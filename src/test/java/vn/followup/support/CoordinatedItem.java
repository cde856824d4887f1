package vn.followup.support;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import vn.followup.item.ItemProcess;

/**
 * An item of UBND thành phố with two coordinating agencies, as the access tests attack it: the
 * lead has received it, the second coordinator has answered with a secret that nobody else may
 * read, the first coordinator's task is open, and the watch's deadline timer is waiting.
 */
public record CoordinatedItem(String businessKey, String instanceId, String definitionId, String watchId,
    String leadTaskId, String coordinatorTaskId, Job timer) {

  public static final String LEAD = "ubnd-thanh-pho";
  public static final String COORDINATOR = "phong-tckh";
  public static final String OTHER_COORDINATOR = "phong-noi-vu";
  /** The second coordinator's input, which the first may never read. */
  public static final String SECRET = "BI-MAT-cua-Phong-Noi-vu";

  /** Registers the item as the admin and brings it to the coordination, as the server and its users would. */
  public static CoordinatedItem register(Http http, RuntimeService runtime, TaskService tasks, ManagementService management,
      String text) {
    String businessKey = TestData.registerItem(http, LEAD, List.of(COORDINATOR, OTHER_COORDINATOR),
        "xong trước 30/12/2099", text);
    ProcessInstance item = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .processDefinitionKey(ItemProcess.KEY).singleResult();
    Task receive = tasks.createTaskQuery().processInstanceId(item.getId())
        .taskDefinitionKey(ItemProcess.Elements.TASK_RECEIVE).singleResult();
    tasks.claim(receive.getId(), "lanh-dao.ubnd");
    tasks.complete(receive.getId(), Map.of(ItemProcess.Vars.FOCAL_OFFICER, "Lê Thị Hoa"));
    Task other = coordinateTask(tasks, item.getId(), OTHER_COORDINATOR);
    tasks.claim(other.getId(), "can-bo.noi-vu");
    tasks.complete(other.getId(), Map.of(ItemProcess.Vars.COORDINATION_INPUT, SECRET));
    String watch = runtime.createProcessInstanceQuery().superProcessInstanceId(item.getId()).list().get(0).getId();
    Job timer = management.createJobQuery().timers().processInstanceId(watch).list().get(0);
    String leadTask = tasks.createTaskQuery().processInstanceId(item.getId()).taskCandidateGroup(LEAD).list().get(0).getId();
    return new CoordinatedItem(businessKey, item.getId(), item.getProcessDefinitionId(), watch, leadTask,
        coordinateTask(tasks, item.getId(), COORDINATOR).getId(), timer);
  }

  private static Task coordinateTask(TaskService tasks, String instanceId, String agency) {
    return tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(ItemProcess.Elements.TASK_COORDINATE)
        .taskCandidateGroup(agency).singleResult();
  }
}
