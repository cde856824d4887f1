package vn.followup.access;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.followup.support.TestUsers.PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import vn.followup.watch.DeadlineWatchProcess;
import vn.followup.item.ItemProcess;
import vn.followup.notice.ReportSections;
import vn.followup.noticetext.NoticeFromTextProcess;
import vn.followup.notice.NoticeProcess;
import vn.followup.support.FollowupSpringBootTest;
import vn.followup.support.TestData;
import vn.followup.support.WebappSession;
import vn.followup.support.ApplicationTestBase;

/**
 * The tamper matrix: for every user task of every model, its legitimate worker adds a variable the
 * server owns (routing, deadlines, overdue marks, extensions, outcomes) to a completion or sets it
 * on the task, through the engine REST API and through the webapps' API with a real session and
 * XSRF token. Every such request is refused, the task stays open, the variable keeps its value and
 * nothing is added to the history or the operation log.
 */
@FollowupSpringBootTest
class TamperMatrixTest extends ApplicationTestBase {

  static final String LEAD = "ubnd-thanh-pho";
  static final String COORDINATOR = "phong-kinh-te";

  /** What decides who works next, by when, whether late, extended or how it ended: the server's. */
  static final List<String> SERVER_OWNED = List.of(ItemProcess.Vars.LEAD_AGENCY, ItemProcess.Vars.RESPONSIBLE_AGENCY,
      ItemProcess.Vars.COORDINATOR, ItemProcess.Vars.COORDINATING_AGENCIES, "officeGroup",
      ItemProcess.Vars.RESPONSE_DUE_AT, ItemProcess.Vars.ORIGINAL_RESPONSE_DUE_AT, ItemProcess.Vars.COMPLETION_DUE_AT,
      ItemProcess.Vars.RECEIPT_DUE_AT, ItemProcess.Vars.COORDINATION_DUE_AT, DeadlineWatchProcess.Vars.DUE_AT,
      ItemProcess.Vars.OVERDUE, ItemProcess.Vars.OVERDUE_SINCE, ItemProcess.Vars.EXTENDED,
      ItemProcess.Vars.EXTENSION_DECIDED_BY, ItemProcess.Vars.SUGGESTED_OUTCOME, ItemProcess.Vars.RESPONSE_REVIEWER,
      ItemProcess.Vars.RESPONSE_AUTHOR, ItemProcess.Vars.CLOSED_BY, ItemProcess.Vars.COORDINATION_INPUTS,
      NoticeProcess.Vars.REPORT, NoticeProcess.Vars.REGISTERED_BY,
      // the item's card: what every form shows of the deadlines and the responsible agency
      ItemProcess.Vars.ITEM);

  @Test
  void refusesEveryServerOwnedVariableOnEveryTaskThroughBothApisAndChangesNothing() throws Exception {
    Map<String, Task> tasks = openOneTaskOfEveryUserTask();
    List<String> accepted = new ArrayList<>();
    int requests = 0;
    for (Map.Entry<String, Task> entry : tasks.entrySet()) {
      Task task = entry.getValue();
      String user = workerOf(task);
      WebappSession webapp = fixture.login("tasklist", user);
      assertThat(webapp.loginStatus()).isEqualTo(200);
      for (String variable : SERVER_OWNED) {
        Object before = runtimeService.getVariable(task.getExecutionId(), variable);
        long history = historyService.createHistoricDetailQuery().processInstanceId(task.getProcessInstanceId()).count();
        long log = historyService.createUserOperationLogQuery().count();
        String value = "{\"" + variable + "\":{\"value\":\"2035-01-01T00:00:00.000+0000\",\"type\":\"String\"}}";
        List<HttpResponse<String>> answers = List.of(
            http.postJson("/engine-rest/task/" + task.getId() + "/complete", "{\"variables\":" + value + "}", user, PASSWORD),
            http.postJson("/engine-rest/task/" + task.getId() + "/submit-form", "{\"variables\":" + value + "}", user,
                PASSWORD),
            http.postJson("/engine-rest/task/" + task.getId() + "/variables", "{\"modifications\":" + value + "}", user,
                PASSWORD),
            http.send("PUT", "/engine-rest/task/" + task.getId() + "/variables/" + variable, "application/json",
                "{\"value\":\"x\",\"type\":\"String\"}", user, PASSWORD),
            webapp.post("/task/" + task.getId() + "/submit-form", "{\"variables\":" + value + "}"),
            webapp.post("/task/" + task.getId() + "/complete", "{\"variables\":" + value + "}"));
        for (HttpResponse<String> answer : answers) {
          requests++;
          // Refused by the rule (400, 403 for set-variables without the right, 404 for an unknown task), never
          // by a missing CSRF token (which Spring answers with an English 403 page) or an error.
          if (answer.statusCode() < 400 || answer.statusCode() >= 500 || answer.body().contains("\"timestamp\"")) {
            accepted.add(entry.getKey() + " " + variable + " " + answer.request().uri().getPath() + " -> "
                + answer.statusCode() + " " + answer.body());
          }
        }
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as(entry.getKey() + " stays open")
            .isEqualTo(1);
        assertThat(Objects.toString(runtimeService.getVariable(task.getExecutionId(), variable)))
            .as(entry.getKey() + " " + variable).isEqualTo(Objects.toString(before));
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(task.getProcessInstanceId()).count())
            .as(entry.getKey() + " " + variable + " history").isEqualTo(history);
        assertThat(historyService.createUserOperationLogQuery().count()).as("operation log").isEqualTo(log);
      }
    }
    System.out.printf("Tamper matrix: %d user tasks x %d server-owned variables x 6 calls (4 engine REST, 2 webapp) "
        + "= %d requests, %d accepted%n", tasks.size(), SERVER_OWNED.size(), requests, accepted.size());
    assertThat(accepted).isEmpty();
    assertThat(tasks.keySet()).as("every user task of every model").isEqualTo(userTasksOfEveryModel());
  }

  @Test
  void answersWithAVietnameseMessageNamingTheFieldAndNoJavaClass() throws Exception {
    Task receive = openOneTaskOfEveryUserTask().get(ItemProcess.Elements.TASK_RECEIVE);
    HttpResponse<String> answer = http.postJson("/engine-rest/task/" + receive.getId() + "/complete",
        "{\"variables\":{\"focalOfficer\":{\"value\":\"Lê Thị Hoa\"},\"responseDueAt\":{\"value\":\"2035-01-01T00:00:00.000+0000\",\"type\":\"Date\"}}}",
        workerOf(receive), PASSWORD);
    assertThat(answer.statusCode()).isEqualTo(400);
    JsonNode body = objectMapper.readTree(answer.body());
    assertThat(body.path("message").asText()).contains("responseDueAt").contains("không có trong biểu mẫu");
    assertThat(answer.body()).doesNotContain("Exception").doesNotContain("org.camunda").doesNotContain("java.");
  }

  @Test
  void acceptsACompletionWithExactlyTheFormsFieldsThroughBothApis() throws Exception {
    Map<String, Task> tasks = openOneTaskOfEveryUserTask();
    Task receive = tasks.get(ItemProcess.Elements.TASK_RECEIVE);
    HttpResponse<String> rest = http.postJson("/engine-rest/task/" + receive.getId() + "/complete",
        "{\"variables\":{\"focalOfficer\":{\"value\":\"Lê Thị Hoa\"},\"receiptNote\":{\"value\":\"Đã nhận.\"}}}",
        workerOf(receive), PASSWORD);
    assertThat(rest.statusCode()).as(rest.body()).isEqualTo(204);

    Task coordinate = tasks.get(ItemProcess.Elements.TASK_COORDINATE);
    WebappSession webapp = WebappSession.login(fixture.port(), "tasklist", workerOf(coordinate), PASSWORD);
    HttpResponse<String> submitted = webapp.post("/task/" + coordinate.getId() + "/submit-form",
        "{\"variables\":{\"coordinationInput\":{\"value\":\"Phòng Kinh tế thống nhất.\",\"type\":\"String\"}}}");
    assertThat(submitted.statusCode()).as(submitted.body()).isIn(200, 204);
    assertThat(taskService.createTaskQuery().taskId(coordinate.getId()).count()).isZero();
  }

  /** One open task of every user task of the four models, each reached by moving a real instance there. */
  private Map<String, Task> openOneTaskOfEveryUserTask() {
    Map<String, Task> tasks = new LinkedHashMap<>();
    String businessKey = TestData.registerItem(http, LEAD, List.of(COORDINATOR), "xong trước 30/12/2099",
        "Trả lời kiến nghị về cải tạo đường.", "dang-uy-xuan-tang");
    String item = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .processDefinitionKey(ItemProcess.KEY).singleResult().getId();
    String watch = runtimeService.createProcessInstanceQuery().superProcessInstanceId(item).singleResult().getId();
    // What the quarterly schedule would have set before a progress report task is opened.
    runtimeService.setVariable(item, ItemProcess.Vars.NEXT_PROGRESS_REPORT_DUE_AT, new java.util.Date(4_102_444_800_000L));
    for (String activity : userTasksOf(ItemProcess.KEY)) {
      if (taskService.createTaskQuery().processInstanceId(item).taskDefinitionKey(activity).count() == 0) {
        runtimeService.createProcessInstanceModification(item).startBeforeActivity(
            activity.equals(ItemProcess.Elements.TASK_COORDINATE) ? activity + "#multiInstanceBody" : activity).execute();
      }
      tasks.put(activity, taskService.createTaskQuery().processInstanceId(item).taskDefinitionKey(activity).list().get(0));
    }
    runtimeService.createProcessInstanceModification(watch).startBeforeActivity(DeadlineWatchProcess.Elements.TASK_URGE)
        .execute();
    tasks.put(DeadlineWatchProcess.Elements.TASK_URGE, taskService.createTaskQuery().processInstanceId(watch)
        .taskDefinitionKey(DeadlineWatchProcess.Elements.TASK_URGE).singleResult());
    String notice = runtimeService.createProcessInstanceByKey(NoticeProcess.KEY)
        .startBeforeActivity(NoticeProcess.Elements.TASK_NUMBER_NOTICE)
        .startBeforeActivity(NoticeProcess.Elements.TASK_WRITE_REPORT)
        .setVariable(NoticeProcess.Vars.REPORT, SpinValues.jsonValue(
            "{\"agency\":\"dang-uy-xuan-tang\",\"dueAt\":\"2099-06-30T17:00:00Z\",\"taskAt\":\"2099-06-16T01:00:00Z\"}").create())
        .setVariable(NoticeProcess.Vars.REPORT_DRAFT, "Dự thảo.")
        .execute().getId();
    for (String activity : List.of(NoticeProcess.Elements.TASK_NUMBER_NOTICE, NoticeProcess.Elements.TASK_WRITE_REPORT)) {
      tasks.put(activity, taskService.createTaskQuery().processInstanceId(notice).taskDefinitionKey(activity).singleResult());
    }
    String reviewedReport = runtimeService.createProcessInstanceByKey(NoticeProcess.KEY)
        .startBeforeActivity(NoticeProcess.Elements.TASK_REVIEW_REPORT)
        .setVariable(NoticeProcess.Vars.REPORT, SpinValues.jsonValue(
            "{\"agency\":\"dang-uy-xuan-tang\",\"dueAt\":\"2099-06-30T17:00:00Z\",\"taskAt\":\"2099-06-16T01:00:00Z\"}").create())
        .setVariable(NoticeProcess.Vars.REPORT_TEXT, "Mục báo cáo.")
        .setVariable(ReportSections.AUTHOR, "gia-mao.dang-uy-xuan-tang")
        .execute().getId();
    tasks.put(NoticeProcess.Elements.TASK_REVIEW_REPORT, taskService.createTaskQuery().processInstanceId(reviewedReport)
        .taskDefinitionKey(NoticeProcess.Elements.TASK_REVIEW_REPORT).singleResult());
    String fromText = runtimeService.createProcessInstanceByKey(NoticeFromTextProcess.KEY)
        .startBeforeActivity(NoticeFromTextProcess.Elements.TASK_REVIEW_PROPOSAL)
        .setVariable(NoticeProcess.Vars.REGISTERED_BY, "gia-mao.van-phong-thanh-uy").execute().getId();
    tasks.put(NoticeFromTextProcess.Elements.TASK_REVIEW_PROPOSAL, taskService.createTaskQuery()
        .processInstanceId(fromText).singleResult());
    tasks.values().forEach(task -> assertThat(task).isNotNull());
    return tasks;
  }

  /** A user of the group the task is offered to, who has claimed it. */
  private String workerOf(Task task) {
    String group = taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(Objects::nonNull).findFirst().orElseThrow();
    String user = "gia-mao." + group;
    fixture.user(user, List.of(group));
    if (task.getAssignee() == null || !task.getAssignee().equals(user)) {
      taskService.setAssignee(task.getId(), user);
    }
    return user;
  }

  private Set<String> userTasksOfEveryModel() {
    Set<String> all = new TreeSet<>();
    for (String key : List.of(ItemProcess.KEY, DeadlineWatchProcess.KEY, NoticeProcess.KEY, NoticeFromTextProcess.KEY)) {
      all.addAll(userTasksOf(key));
    }
    return all;
  }

  private List<String> userTasksOf(String processKey) {
    ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult();
    return repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class).stream()
        .map(UserTask::getId).sorted().toList();
  }
}
