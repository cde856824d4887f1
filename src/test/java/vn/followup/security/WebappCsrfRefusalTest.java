package vn.followup.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.followup.support.TestUsers.PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.followup.item.ItemProcess;
import vn.followup.support.FollowupSpringBootTest;
import vn.followup.support.TestData;
import vn.followup.support.WebappSession;
import vn.followup.support.ApplicationTestBase;

/**
 * A change sent to the webapps' API without the session's CSRF token is refused in Vietnamese,
 * changes nothing, and the user stays logged in (Camunda's own filter would end the session).
 */
@FollowupSpringBootTest
class WebappCsrfRefusalTest extends ApplicationTestBase {

  static final String STAFF = "csrf.ubnd";
  static final String AGENCY = "ubnd-thanh-pho";

  Task receive;

  @BeforeEach
  void setUp() {
    fixture.user(STAFF, List.of(AGENCY));
    String itemKey = TestData.registerItem(http, AGENCY, List.of(), "xong trước 30/12/2099",
        "Rà soát thủ tục hành chính, bảo đảm công khai, minh bạch.");
    String instanceId = runtimeService.createProcessInstanceQuery().processDefinitionKey(ItemProcess.KEY)
        .processInstanceBusinessKey(itemKey).singleResult().getId();
    receive = taskService.createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey(ItemProcess.Elements.TASK_RECEIVE).singleResult();
  }

  @Test
  void aClaimWithoutOrWithAWrongCsrfTokenIsRefusedInVietnameseChangesNothingAndKeepsTheSession() throws Exception {
    WebappSession tasklist = fixture.login("tasklist", STAFF);
    assertThat(tasklist.loginStatus()).isEqualTo(200);
    String claim = "/camunda/api/engine/engine/default/task/" + receive.getId() + "/claim";
    String body = "{\"userId\":\"" + STAFF + "\"}";
    long operationsBefore = operations();

    HttpResponse<String> withoutToken = tasklist.api("POST", claim, "application/json", body.getBytes(), false);
    HttpResponse<String> wrongToken = tasklist.sendWithCsrfToken("POST", claim, "application/json", body,
        "0123456789ABCDEF0123456789ABCDEF");
    HttpResponse<String> blankToken = tasklist.sendWithCsrfToken("POST", claim, "application/json", body, " ");

    for (HttpResponse<String> refused : List.of(withoutToken, wrongToken, blankToken)) {
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
      JsonNode answer = objectMapper.readTree(refused.body());
      assertThat(answer.get("type").asText()).isEqualTo("Forbidden");
      assertThat(answer.get("message").asText()).contains("mã chống giả mạo").contains("Chưa có gì được lưu");
      assertThat(refused.body()).doesNotContain("CSRFPreventionFilter").doesNotContain("Exception");
      assertThat(refused.headers().allValues("Set-Cookie")).as("no new session")
          .noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
    }
    assertThat(withoutToken.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");

    assertThat(taskService.createTaskQuery().taskId(receive.getId()).singleResult().getAssignee())
        .as("nothing claimed").isNull();
    assertThat(operations()).as("no operation logged").isEqualTo(operationsBefore);

    HttpResponse<String> stillLoggedIn = tasklist.get("/task/" + receive.getId());
    assertThat(stillLoggedIn.statusCode()).as(stillLoggedIn.body()).isEqualTo(200);
    HttpResponse<String> claimed = tasklist.postPath(claim, "application/json", body);
    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(receive.getId()).singleResult().getAssignee()).isEqualTo(STAFF);
  }

  @Test
  void aChangeWithoutASessionIsRefusedInVietnameseWithoutStartingOne() throws Exception {
    HttpResponse<String> refused = fixture.http().send("POST", "/camunda/api/engine/engine/default/task/"
        + receive.getId() + "/claim", "application/json", "{\"userId\":\"" + STAFF + "\"}", STAFF, PASSWORD);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(objectMapper.readTree(refused.body()).get("message").asText()).contains("mã chống giả mạo");
    assertThat(refused.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
    assertThat(taskService.createTaskQuery().taskId(receive.getId()).singleResult().getAssignee()).isNull();
  }

  private long operations() {
    return jdbc.queryForObject("select count(*) from act_hi_op_log where task_id_ = ?", Long.class, receive.getId());
  }
}
