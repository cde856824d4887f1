package vn.followup.bench;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import vn.followup.item.ItemProcess;

/**
 * The benchmark's own minimal models, built in code and deployed beside the product's (never into
 * {@code bpmn/}): the bare baseline, the open tasks Tasklist is measured with, and the async job and
 * timer the job executor drains.
 */
final class BenchModels {

  static final String BARE = "Bench_Bare";
  static final String BARE_TASK = "Task_Bare";
  static final String BARE_GROUP = "phong-tnmt";
  static final String OPEN_TASK = "Bench_OpenTask";
  static final String ASYNC = "Bench_Async";
  static final String TIMER = "Bench_Timer";
  private static final String AGENCY = "${benchProbe.agency(execution)}";
  private static final String DUE = "${benchProbe.due(execution)}";
  private static final String ASSIGNEE = "${benchProbe.assignee(execution)}";

  private BenchModels() {
  }

  static void deploy(RepositoryService repository) {
    repository.createDeployment().name("followup-bench").enableDuplicateFiltering(true)
        .addModelInstance("bench-bare.bpmn", bare())
        .addModelInstance("bench-open-task.bpmn", openTask())
        .addModelInstance("bench-async.bpmn", async())
        .addModelInstance("bench-timer.bpmn", timer())
        .deploy();
  }

  /** start → user task offered to one agency → end: what Camunda needs at least per user task. */
  static BpmnModelInstance bare() {
    return Bpmn.createExecutableProcess(BARE).name("Kiểm thử tải: quy trình tối giản")
        .startEvent()
        .userTask(BARE_TASK).name("Việc tối giản").camundaCandidateGroups(BARE_GROUP)
        .endEvent()
        .done();
  }

  /**
   * An open task as Tasklist sees one: offered to an agency (or, for a review, to the office),
   * with a due date, sometimes claimed, with the two columns the filters show, and a deadline
   * timer in the future as each item's deadline watch has.
   */
  static BpmnModelInstance openTask() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(OPEN_TASK).name("Kiểm thử tải: việc đang mở")
        .startEvent()
        .exclusiveGateway("Gateway_Kind")
          .condition("thẩm định", "${benchProbe.review(execution)}")
          .userTask(ItemProcess.Elements.TASK_REVIEW_RESPONSE).name("Thẩm định văn bản trả lời")
            .camundaCandidateGroups(AGENCY).camundaDueDate(DUE).camundaAssignee(ASSIGNEE)
          .endEvent("End_Reviewed")
        .moveToLastGateway()
          .condition("trả lời", "${!benchProbe.review(execution)}")
          .userTask(ItemProcess.Elements.TASK_WRITE_RESPONSE).name("Soạn văn bản trả lời")
            .camundaCandidateGroups(AGENCY).camundaDueDate(DUE).camundaAssignee(ASSIGNEE)
          .endEvent("End_Written")
        .done();
    for (String task : new String[] {ItemProcess.Elements.TASK_REVIEW_RESPONSE, ItemProcess.Elements.TASK_WRITE_RESPONSE}) {
      model.<UserTask>getModelElementById(task).builder()
          .boundaryEvent("Timer_" + task).cancelActivity(false).timerWithDate("${benchProbe.timerAt(execution)}")
          .endEvent("End_Timer_" + task);
    }
    return model;
  }

  static BpmnModelInstance async() {
    return Bpmn.createExecutableProcess(ASYNC).name("Kiểm thử tải: công việc nền")
        .startEvent()
        .serviceTask("Job").camundaAsyncBefore().camundaExpression("${benchProbe.ran()}")
        .endEvent()
        .done();
  }

  static BpmnModelInstance timer() {
    return Bpmn.createExecutableProcess(TIMER).name("Kiểm thử tải: hẹn giờ")
        .startEvent()
        .intermediateCatchEvent("Timer").timerWithDate("${" + BenchProbe.DUE_AT + "}")
        .serviceTask("Fired").camundaExpression("${benchProbe.fired(execution)}")
        .endEvent()
        .done();
  }
}
