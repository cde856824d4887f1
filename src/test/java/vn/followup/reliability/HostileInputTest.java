package vn.followup.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.followup.support.TestUsers.PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.followup.item.ItemProcess;
import vn.followup.organisation.Roles;
import vn.followup.support.TestData;
import vn.followup.support.TestUsers;
import vn.followup.support.WebappSession;
import vn.followup.support.FollowupApplicationContext;
import vn.followup.support.ReliabilityTest;
import vn.followup.support.ApplicationTestBase;

/**
 * What a careless or hostile client sends is refused with a clear Vietnamese message and changes
 * nothing: deployments by anyone but an administrator, models with a DOCTYPE or entities ("billion
 * laughs", external entities) or too large; form values that are too large, too long for their
 * field or column, of the wrong type, serialized Java objects, JSON naming a class outside the
 * allow-list, control characters, bytes that are not UTF-8; and a notice with one bad item among
 * good ones, which registers nothing and names the item. Errors never show file content or SQL.
 */
@FollowupApplicationContext
@ReliabilityTest
class HostileInputTest extends ApplicationTestBase {

  static final String OFFICE_USER = "thudu.vanphong";
  static final int MEGABYTE = 1024 * 1024;

  @BeforeEach
  void setUp() {
    fixture.user(OFFICE_USER, List.of("van-phong-thanh-uy", Roles.SUPERVISORS, Roles.OPERATIONS));
  }

  @Test
  void refusesADeploymentByAnyoneButAnAdministrator() {
    long deployments = deployments();
    HttpResponse<String> response = http.multipart("/engine-rest/deployment/create", "thu-du", "thu-du.bpmn",
        model("", "<startEvent id=\"s\"/>"), OFFICE_USER, PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    assertThat(deployments()).isEqualTo(deployments);
  }

  static List<Arguments> hostileModels() {
    String laughs = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">" + java.util.stream.IntStream.rangeClosed(1, 9)
        .mapToObj(i -> "<!ENTITY lol" + i + " \"" + ("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10) + "\">")
        .reduce("", String::concat) + "]>";
    return List.of(
        Arguments.of("external entity", "<!DOCTYPE definitions [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
            "<startEvent id=\"s\" name=\"&xxe;\"/>", 400, "DOCTYPE"),
        Arguments.of("billion laughs", laughs, "<startEvent id=\"s\" name=\"&lol9;\"/>", 400, "DOCTYPE"),
        Arguments.of("6 MB file", "", "<documentation>" + "a".repeat(6 * MEGABYTE) + "</documentation><startEvent id=\"s\"/>",
            413, "quá lớn"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileModels")
  void refusesAHostileModelWithoutShowingFileContentOrSql(String what, String doctype, String body, int status,
      String reason) {
    long deployments = deployments();
    HttpResponse<String> response = http.multipart("/engine-rest/deployment/create", "thu-du", "thu-du.bpmn",
        model(doctype, body), TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    String message = Workload.json(response.body()).get("message").asText();
    assertThat(message).contains(reason).doesNotContain("root:", "passwd", "lollol", "select ", "insert ", "ACT_");
    assertThat(deployments()).isEqualTo(deployments);
    assertThat(http.get("/api/me", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD).statusCode()).as("still serving").isEqualTo(200);
  }

  static List<Arguments> hostileFormValues() {
    String java = "{\"value\":\"rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3"
        + "CAAAABAAAAAAeA==\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.util.HashMap\","
        + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}";
    String foreign = "{\"value\":\"[\\\"http://127.0.0.1/beans.xml\\\"]\",\"type\":\"Object\",\"valueInfo\":{"
        + "\"objectTypeName\":\"org.springframework.context.support.FileSystemXmlApplicationContext\","
        + "\"serializationDataFormat\":\"application/json\"}}";
    return List.of(
        Arguments.of("a 10 MB value", with("\"focalOfficer\":{\"value\":\"" + "a".repeat(10 * MEGABYTE) + "\"}"), 413,
            "quá lớn"),
        Arguments.of("text longer than its field", with("\"focalOfficer\":{\"value\":\"" + "a".repeat(256) + "\"}"), 400,
            "dài tối đa 255 ký tự"),
        Arguments.of("text longer than any text may be", with(officer() + ",\"ghiChu\":{\"value\":\""
            + "a".repeat(200_001) + "\"}"), 400, "dài tối đa 200000 ký tự"),
        Arguments.of("a number for a text", with("\"focalOfficer\":{\"value\":125,\"type\":\"Integer\"}"), 400,
            "phải là văn bản"),
        Arguments.of("a serialized Java object", with(officer() + ",\"doiTuong\":" + java), 400, "Java"),
        Arguments.of("JSON naming a class outside the allow-list", with(officer() + ",\"doiTuong\":" + foreign), 400,
            "không thuộc các kiểu được phép"),
        Arguments.of("a control character in a field", with("\"focalOfficer\":{\"value\":\"Lê\\u0007Hoa\"}"), 400,
            "ký tự điều khiển"),
        Arguments.of("a NUL byte in another variable", with(officer() + ",\"ghiChu\":{\"value\":\"a\\u0000b\"}"), 400,
            "ký tự điều khiển"),
        Arguments.of("bytes that are not UTF-8", concat("{\"variables\":{\"focalOfficer\":{\"value\":\"L".getBytes(
            StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28}, " Hoa\"}}}".getBytes(StandardCharsets.UTF_8)), 400,
            "không đọc được"),
        Arguments.of("malformed JSON", "{\"variables\":{\"focalOfficer\":".getBytes(StandardCharsets.UTF_8), 400,
            "không đọc được"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileFormValues")
  void refusesAHostileFormValueAndLeavesTheTaskAsItWas(String what, byte[] body, int status, String reason) {
    Task task = receiptTask();
    List<Map<String, Object>> variables = variables(task);
    long details = details(task);

    HttpResponse<String> response = http.send("POST", "/engine-rest/task/" + task.getId() + "/complete",
        "application/json", HttpRequest.BodyPublishers.ofByteArray(body), TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(Workload.json(response.body()).get("message").asText()).contains(reason).doesNotContain("select ", "ACT_");
    assertTaskUnchanged(task, variables, details);
  }

  @Test
  void refusesAnOversizedValueSentWithoutALength() {
    Task task = receiptTask();
    List<Map<String, Object>> variables = variables(task);
    long details = details(task);
    byte[] body = with("\"focalOfficer\":{\"value\":\"" + "a".repeat(10 * MEGABYTE) + "\"}");

    HttpResponse<String> response = http.send("POST", "/engine-rest/task/" + task.getId() + "/complete",
        "application/json", HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)),
        TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    assertThat(Workload.json(response.body()).get("message").asText()).contains("quá lớn");
    assertTaskUnchanged(task, variables, details);
  }

  @Test
  void refusesAHostileValueSubmittedThroughTasklistToo() {
    Task task = receiptTask();
    List<Map<String, Object>> variables = variables(task);
    long details = details(task);
    WebappSession tasklist = WebappSession.login(fixture.port(), "tasklist", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    assertThat(tasklist.loginStatus()).isEqualTo(200);
    assertThat(tasklist.get("/task/" + task.getId() + "/form-variables").statusCode()).as("the form opens").isEqualTo(200);

    HttpResponse<String> response = tasklist.post("/task/" + task.getId() + "/submit-form",
        "{\"variables\":{" + officer() + ",\"ghiChu\":{\"value\":\"a\\u0000b\"}}}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(Workload.json(response.body()).get("message").asText()).contains("ký tự điều khiển");
    assertTaskUnchanged(task, variables, details);
  }

  static List<Arguments> badItemsInTheMiddle() {
    return List.of(
        Arguments.of("a NUL byte in the text", (Consumer<ObjectNode>) item -> item.put("text", "Trả lời\u0000 kiến nghị."),
            "items[7].text", "ký tự điều khiển"),
        Arguments.of("a control character in the deadline", (Consumer<ObjectNode>) item -> ((ObjectNode) item.get("deadlines")
            .get(0)).put("phrase", "xong trước\u001b 30/12/2099"), "items[7].deadlines[0].phrase", "ký tự điều khiển"),
        Arguments.of("text longer than its column", (Consumer<ObjectNode>) item -> item.put("text", "x".repeat(4001)),
            "items[7].text", "dài tối đa 4000"),
        Arguments.of("a lead agency that does not exist", (Consumer<ObjectNode>) item -> item.put("lead", "phong-khong-co"),
            "items[7].lead", "không có trong danh mục"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badItemsInTheMiddle")
  void registersNothingWhenOneItemInTheMiddleIsBadAndNamesIt(String what, Consumer<ObjectNode> damage, String field,
      String reason) throws Exception {
    String id = "thu-du-" + Math.abs(what.hashCode());
    ObjectNode notice = (ObjectNode) objectMapper.readTree(Workload.document(id, 16));
    damage.accept((ObjectNode) notice.get("items").get(7));
    Map<String, Long> before = counts();

    HttpResponse<String> response = http.postJson("/api/notices", notice.toString(), TestUsers.ADMIN,
        TestUsers.ADMIN_PASSWORD);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode errors = Workload.json(response.body()).get("errors");
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).get("field").asText()).isEqualTo(field);
    assertThat(errors.get(0).get("message").asText()).contains(reason);
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void registersNothingWhenTheDocumentIsNotUtf8() {
    Map<String, Long> before = counts();
    byte[] document = Workload.document("thu-du-utf8", 16).replace("kiến nghị số 8.", "kiến nghị số 8\u0001.")
        .getBytes(StandardCharsets.UTF_8);
    int broken = new String(document, StandardCharsets.ISO_8859_1).indexOf('\u0001');
    document[broken] = (byte) 0xC3;
    document[broken + 1] = 0x28;

    HttpResponse<String> response = http.send("POST", "/api/notices", "application/json",
        HttpRequest.BodyPublishers.ofByteArray(document), TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(Workload.json(response.body()).get("message").asText()).contains("không đọc được");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void keepsJavaSerializationOffAndChecksTheTypesOfObjects() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
    assertThat(configuration.isDeserializationTypeValidationEnabled()).isTrue();
    assertThat(configuration.getDeserializationAllowedPackages()).isEqualTo("vn.followup");
    assertThat(configuration.isEnableXxeProcessing()).isFalse();
  }

  private void assertTaskUnchanged(Task task, List<Map<String, Object>> variables, long details) {
    Task after = taskService.createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(after).as("the task stays open").isNotNull();
    assertThat(after.getAssignee()).isNull();
    assertThat(variables(task)).as("nothing stored").isEqualTo(variables);
    assertThat(details(task)).as("nothing in the history").isEqualTo(details);
  }

  private Task receiptTask() {
    String businessKey = TestData.registerItem(http, "ubnd-thanh-pho", List.of(), "xong trước 30/12/2099",
        "Trả lời kiến nghị.");
    return taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(ItemProcess.Elements.TASK_RECEIVE).singleResult();
  }

  /** The instance's variables as stored, with their revisions. */
  private List<Map<String, Object>> variables(Task task) {
    return jdbc.queryForList("select name_, rev_, type_, text_, long_, double_, bytearray_id_ from act_ru_variable "
        + "where proc_inst_id_ = ? order by name_, id_", task.getProcessInstanceId());
  }

  private long details(Task task) {
    return jdbc.queryForObject("select count(*) from act_hi_detail where proc_inst_id_ = ?", Long.class,
        task.getProcessInstanceId());
  }

  private long deployments() {
    return engine.getRepositoryService().createDeploymentQuery().count();
  }

  private Map<String, Long> counts() {
    return Map.of(
        "notices", jdbc.queryForObject("select count(*) from followup_notice", Long.class),
        "items", jdbc.queryForObject("select count(*) from followup_item", Long.class),
        "instances", jdbc.queryForObject("select count(*) from act_hi_procinst", Long.class),
        "variables", jdbc.queryForObject("select count(*) from act_hi_varinst", Long.class));
  }

  private static String officer() {
    return "\"focalOfficer\":{\"value\":\"Lê Thị Hoa\"}";
  }

  private static byte[] with(String variables) {
    return ("{\"variables\":{" + variables + "}}").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static String model(String doctype, String elements) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype + "<definitions "
        + "xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" targetNamespace=\"t\"><process id=\"Process_ThuDu\" "
        + "isExecutable=\"true\">" + elements + "</process></definitions>";
  }
}
