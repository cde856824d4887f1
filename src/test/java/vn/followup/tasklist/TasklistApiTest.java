package vn.followup.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.followup.support.TestUsers.PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.followup.item.ItemProcess;
import vn.followup.item.ItemProcess.Elements;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.organisation.Roles;
import vn.followup.support.FollowupSpringBootTest;
import vn.followup.support.ResponseValues;
import vn.followup.support.TestData;
import vn.followup.support.TestPdfs;
import vn.followup.support.ApplicationTestBase;

/**
 * The two small APIs behind Tasklist's cards and its "Đã gửi" list, as each role calls them: a user
 * gets the cards of only the tasks they may see, and the responses of only their own agencies.
 */
@FollowupSpringBootTest
class TasklistApiTest extends ApplicationTestBase {

  static final String OWN_AGENCY = "hdnd-thanh-pho";
  static final String OTHER_AGENCY = "ban-chqs-thanh-pho";
  static final String STAFF = "canbo.hdnd";
  static final String OTHER_STAFF = "canbo.chqs";
  static final String AUDITOR = "kiemtra.thecongviec";

  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void setUp() {
    fixture.user(STAFF, List.of(OWN_AGENCY));
    fixture.user(OTHER_STAFF, List.of(OTHER_AGENCY));
    fixture.user(AUDITOR, List.of(Roles.AUDITORS));
  }

  @Test
  void aUserGetsTheCardsOfOnlyTheTasksTheyMaySeeAndNeverMoreThanAPageAtOnce() throws Exception {
    Task own = receiveTask(TestData.registerItem(http, OWN_AGENCY, List.of(), "xong trước 30/12/2099", "Của đơn vị mình"));
    Task other = receiveTask(TestData.registerItem(http, OTHER_AGENCY, List.of(), "xong trước 30/12/2099", "Của đơn vị khác"));

    HttpResponse<String> answer = http.get("/api/tasklist/cards?task=" + own.getId() + "&task=" + other.getId(),
        STAFF, PASSWORD);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode cards = json.readTree(answer.body());
    assertThat(cards).hasSize(1);
    assertThat(cards.get(0).get("taskId").asText()).isEqualTo(own.getId());
    assertThat(cards.get(0).get("deadline").asText()).isEqualTo("Hạn trả lời bằng văn bản: hết ngày 30/12/2099");
    assertThat(cards.get(0).get("tone").asText()).isEqualTo("calm");

    String tooMany = String.join("&", IntStream.rangeClosed(0, TaskCardController.MAX_TASKS)
        .mapToObj(i -> "task=t" + i).toList());
    HttpResponse<String> refused = http.get("/api/tasklist/cards?" + tooMany, STAFF, PASSWORD);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json.readTree(refused.body()).get("message").asText())
        .isEqualTo("Chỉ hỏi được tối đa 50 công việc một lần; đã hỏi 51.");
  }

  @Test
  void sentListsTheResponsesOfOnlyTheUsersOwnAgenciesAndRefusesAUserOfNoAgency() throws Exception {
    String own = TestData.registerItem(http, OWN_AGENCY, List.of(), "xong trước 30/12/2099", "Đã gửi của đơn vị mình");
    String other = TestData.registerItem(http, OTHER_AGENCY, List.of(), "xong trước 30/12/2099", "Đã gửi của đơn vị khác");
    respond(own, STAFF);
    respond(other, OTHER_STAFF);

    HttpResponse<String> answer = http.get("/api/me/submitted", STAFF, PASSWORD);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode body = json.readTree(answer.body());
    List<String> keys = new ArrayList<>();
    body.get("rows").forEach(row -> keys.add(row.get("businessKey").asText()));
    assertThat(keys).contains(own).doesNotContain(other);
    assertThat(body.get("agencies").get(0).asText()).isEqualTo("Hội đồng nhân dân thành phố Lào Cai");

    HttpResponse<String> auditor = http.get("/api/me/submitted", AUDITOR, PASSWORD);
    assertThat(auditor.statusCode()).isEqualTo(403);
    assertThat(json.readTree(auditor.body()).get("message").asText())
        .isEqualTo("Tài khoản không thuộc cơ quan, đơn vị nào nên không có văn bản nào đã gửi để xem.");
  }

  private Task receiveTask(String businessKey) {
    return driver.task(instance(businessKey), Elements.TASK_RECEIVE);
  }

  private String instance(String businessKey) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .processDefinitionKey(ItemProcess.KEY).singleResult().getId();
  }

  private void respond(String businessKey, String user) {
    driver.complete(receiveTask(businessKey), user, Map.of(Vars.FOCAL_OFFICER, "Lê Thị Hoa"));
    Task write = driver.task(instance(businessKey), Elements.TASK_WRITE_RESPONSE);
    HttpResponse<String> upload = http.postBytes("/api/tasks/" + write.getId() + "/documents?name=tra-loi.pdf",
        "application/octet-stream", TestPdfs.signed("Hoàng Đăng Khoa"), user, PASSWORD);
    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
    driver.complete(write, user, ResponseValues.of("DONE", "2026-01-05"));
  }
}
