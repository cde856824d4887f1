package vn.followup.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.followup.item.ItemProcess;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.setup.DemoNotice;
import vn.followup.support.FollowupSpringBootTest;
import vn.followup.support.TestUsers;
import vn.followup.support.ApplicationTestBase;

/**
 * {@code POST /api/notices} on the running application: the seed notice registers as one item
 * follow-up per item, each offered to its lead with the deadlines the notice states; a wrong
 * document is refused field by field and leaves the database as it was.
 */
@FollowupSpringBootTest
class NoticeRegistrationApiTest extends ApplicationTestBase {

  @Test
  void registersTheSeedNoticeAsOneFollowUpPerItemOfferedToItsLead() throws Exception {
    ObjectNode seed = seed("seed-api");
    HttpResponse<String> response = post(seed.toString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode body = objectMapper.readTree(response.body());
    assertThat(body.get("id").asText()).isEqualTo("seed-api");
    assertThat(body.get("businessKeys")).hasSize(16);
    assertThat(body.get("businessKeys").get(0).asText()).isEqualTo("seed-api/1.1");

    Map<String, String> leads = Map.of("1.1", "dang-uy-xuan-tang", "1.7.3", "ubnd-xuan-tang", "2.1.3", "ubnd-thanh-pho");
    leads.forEach((number, lead) -> {
      ProcessInstance item = item("seed-api/" + number);
      Task receive = taskService.createTaskQuery().processInstanceId(item.getId())
          .taskDefinitionKeyIn(ItemProcess.Elements.TASK_RECEIVE, ItemProcess.Elements.TASK_RECEIVE_REPORTED_ITEM)
          .singleResult();
      assertThat(taskService.getIdentityLinksForTask(receive.getId())).extracting(IdentityLink::getGroupId)
          .containsExactly(lead);
    });
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ItemProcess.KEY)
        .variableValueEquals(Vars.NOTICE_ID, "seed-api").count()).isEqualTo(16);

    assertDue("seed-api/2.1.1", Vars.RESPONSE_DUE_AT, "2021-12-30T17:00:00Z");
    assertDue("seed-api/2.1.5", Vars.RESPONSE_DUE_AT, "2021-12-30T17:00:00Z");
    assertDue("seed-api/1.7.3", Vars.COMPLETION_DUE_AT, "2022-03-31T17:00:00Z");
    assertDue("seed-api/1.7.2", Vars.COMPLETION_DUE_AT, "2022-09-30T17:00:00Z");
    assertDue("seed-api/2.1.3", Vars.COMPLETION_DUE_AT, "2022-08-31T17:00:00Z");
    assertDue("seed-api/1.1", Vars.RESPONSE_DUE_AT, "2022-12-31T17:00:00Z");
    assertThat(variable("seed-api/2.1.4", Vars.URGENT)).isEqualTo(true);
    assertThat(variable("seed-api/1.7.4", Vars.ONGOING)).isEqualTo(true);
    assertThat(ItemProcess.Values.ITEM.of(variable("seed-api/2.1.1", Vars.ITEM)).responseDueRule()).contains("xong trước 30/12/2021")
        .contains("cách hiểu thông thường");

    HttpResponse<String> list = http.get("/api/notices/seed-api", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("\"lifecycle\":\"ASSIGNED\"").contains("\"lifecycleLabel\":\"Đã giao, chờ tiếp nhận\"");
  }

  @Test
  void refusesASecondRegistrationOfTheSameNoticeAndCreatesNothing() {
    ObjectNode seed = seed("seed-twice");
    assertThat(post(seed.toString()).statusCode()).isEqualTo(201);
    long instances = runtimeService.createProcessInstanceQuery().count();

    HttpResponse<String> again = post(seed.toString());
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("đã được đăng ký");
    ObjectNode sameNumber = seed("seed-twice-other-id").put("number", seed.get("number").asText());
    assertThat(post(sameNumber.toString()).statusCode()).as("same issuer, number, symbol and year").isEqualTo(409);
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @Test
  void acceptsANoticeWrittenInYaml() {
    String yaml = """
        id: yaml-1
        number: "88"
        symbol: TB/TU
        date: 2021-11-26
        issuer: thuong-truc-thanh-uy
        summary: Kết luận gửi bằng YAML
        items:
          - number: "1"
            text: Trả lời kiến nghị.
            kind: RECOMMENDATION
            lead: ubnd-thanh-pho
            deadlines:
              - {type: RESPONSE, phrase: "chậm nhất ngày 15/01/2022"}
        """;
    HttpResponse<String> response = http.send("POST", "/api/notices", "application/yaml", yaml,
        TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertDue("yaml-1/1", Vars.RESPONSE_DUE_AT, "2022-01-15T17:00:00Z");
  }

  @Test
  void readsADeadlineWithoutItsYearInTheNoticesYearAndSaysSoInTheRule() {
    String yaml = """
        id: yaml-no-year
        number: "89"
        symbol: UBND-XD
        date: 2024-03-05
        issuer: ubnd-thanh-pho
        summary: Công văn có hạn không ghi năm
        items:
          - number: "1"
            text: Rà soát nhà ở xuống cấp, báo cáo trước 30/6.
            kind: TASK
            lead: phong-qldt
            deadlines:
              - {type: COMPLETION, phrase: "trước 30/6"}
        """;
    HttpResponse<String> response = http.send("POST", "/api/notices", "application/yaml", yaml,
        TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertDue("yaml-no-year/1", Vars.COMPLETION_DUE_AT, "2024-06-30T17:00:00Z");
    assertThat(ItemProcess.Values.ITEM.of(variable("yaml-no-year/1", Vars.ITEM)).completionDueRule()).contains("lấy năm 2024 của văn bản");
  }

  static List<Arguments> invalidDocuments() {
    return List.of(
        Arguments.of("missing lead", (Consumer<ObjectNode>) doc -> item(doc, 2).remove("lead"), "items[2].lead"),
        Arguments.of("unknown agency", (Consumer<ObjectNode>) doc -> item(doc, 3).putArray("coordinators")
            .add("phong-khong-co"), "items[3].coordinators[0]"),
        Arguments.of("unreadable deadline", (Consumer<ObjectNode>) doc -> ((ObjectNode) item(doc, 11).get("deadlines")
            .get(0)).put("phrase", "vào dịp thuận tiện"), "items[11].deadlines[0].phrase"),
        Arguments.of("duplicate item number", (Consumer<ObjectNode>) doc -> item(doc, 5).put("number", "1.1"),
            "items[5].number"),
        Arguments.of("text too long", (Consumer<ObjectNode>) doc -> item(doc, 0).put("text", "x".repeat(4001)),
            "items[0].text"),
        Arguments.of("draft without id", (Consumer<ObjectNode>) doc -> doc.put("number", "").remove("id"), "id"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDocuments")
  void refusesAnInvalidNoticeNamingTheFieldAndLeavesTheDatabaseUnchanged(String what, Consumer<ObjectNode> damage,
      String field) throws Exception {
    ObjectNode doc = seed("invalid-" + Math.abs(what.hashCode()));
    damage.accept(doc);
    Map<String, Long> before = counts();

    HttpResponse<String> response = post(doc.toString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode errors = objectMapper.readTree(response.body()).get("errors");
    assertThat(errors.findValuesAsText("field")).contains(field);
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void refusesMalformedJsonWithAClearMessage() {
    Map<String, Long> before = counts();
    HttpResponse<String> response = post("{\"id\": \"x\", \"items\": [ {\"number\": ");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("không đọc được");
    HttpResponse<String> wrongType = post("{\"id\": \"x\", \"items\": \"một chuỗi\"}");
    assertThat(wrongType.statusCode()).isEqualTo(400);
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void answersACompletionWithARefusedValueWith400AndTheVietnameseReason() throws Exception {
    assertThat(post(seed("seed-rest").toString()).statusCode()).isEqualTo(201);
    Task receive = taskService.createTaskQuery().processInstanceBusinessKey("seed-rest/2.1.1")
        .taskDefinitionKey(ItemProcess.Elements.TASK_RECEIVE).singleResult();
    HttpResponse<String> response = http.send("POST", "/engine-rest/task/" + receive.getId() + "/complete",
        "application/json", "{\"variables\":{\"focalOfficer\":{\"value\":\"Trần Văn Bình\"},\"delegateToUnit\":{\"value\":\"cong-an-thanh-pho\"}}}",
        TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(objectMapper.readTree(response.body()).get("message").asText())
        .isEqualTo("Chỉ giao được cho đơn vị trực thuộc cơ quan chủ trì.");
    assertThat(taskService.createTaskQuery().taskId(receive.getId()).count()).isEqualTo(1);
  }

  private ObjectNode seed(String id) {
    ObjectNode doc = objectMapper.valueToTree(NoticeProcessTest.numbered(DemoNotice.load()));
    doc.put("id", id);
    // Above the numbers TestData gives the other tests' notices (same symbol, year and issuer) in the shared context.
    doc.put("number", Integer.toString(60_000 + Math.floorMod(id.hashCode(), 39_999)));
    return doc;
  }

  private static ObjectNode item(ObjectNode doc, int index) {
    return (ObjectNode) ((ArrayNode) doc.get("items")).get(index);
  }

  private HttpResponse<String> post(String json) {
    return http.postJson("/api/notices", json, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
  }

  private Map<String, Long> counts() {
    return Map.of(
        "notices", jdbc.queryForObject("select count(*) from followup_notice", Long.class),
        "items", jdbc.queryForObject("select count(*) from followup_item", Long.class),
        "instances", jdbc.queryForObject("select count(*) from act_hi_procinst", Long.class),
        "notice instances", jdbc.queryForObject("select count(*) from act_hi_procinst where proc_def_key_ = ?",
            Long.class, NoticeProcess.KEY));
  }

  private ProcessInstance item(String businessKey) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ItemProcess.KEY)
        .processInstanceBusinessKey(businessKey).singleResult();
  }

  private Object variable(String businessKey, String name) {
    return runtimeService.getVariable(item(businessKey).getId(), name);
  }

  private void assertDue(String businessKey, String variable, String instant) {
    assertThat(variable(businessKey, variable)).as(businessKey + " " + variable).isEqualTo(Date.from(Instant.parse(instant)));
  }
}
