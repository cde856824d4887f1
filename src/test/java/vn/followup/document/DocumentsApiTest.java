package vn.followup.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.followup.support.TestUsers.PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.followup.item.ItemProcess;
import vn.followup.item.ItemProcess.Elements;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.organisation.Roles;
import vn.followup.support.FollowupSpringBootTest;
import vn.followup.support.ResponseValues;
import vn.followup.support.TestData;
import vn.followup.support.TestPdfs;
import vn.followup.support.WebappSession;
import vn.followup.system.errors.RefusedRequestException;
import vn.followup.support.ApplicationTestBase;

/**
 * The attached documents API over real HTTP on PostgreSQL, as the Tasklist tab and Cockpit call it:
 * upload, the response's rule, review and audit, the rights of every role and every bad input.
 */
@FollowupSpringBootTest
@TestPropertySource(properties = "followup.documents.response-requires-pdf=true")
class DocumentsApiTest extends ApplicationTestBase {

  static final String LEAD = "dinhkem.ubnd";
  static final String OTHER = "dinhkem.tnmt";
  static final String OFFICE = "dinhkem.vptu";
  static final String SUPERVISOR = "dinhkem.giamsat";
  static final String AUDITOR = "dinhkem.kiemtra";
  static final String OPERATIONS = "dinhkem.vanhanh";

  @Autowired
  ObjectMapper json;

  @BeforeEach
  void setUp() {
    fixture.user(LEAD, List.of("ubnd-thanh-pho"));
    fixture.user(OTHER, List.of("phong-tnmt"));
    fixture.user(OFFICE, List.of("van-phong-thanh-uy"));
    fixture.user(SUPERVISOR, List.of(Roles.SUPERVISORS));
    fixture.user(AUDITOR, List.of(Roles.AUDITORS));
    fixture.user(OPERATIONS, List.of(Roles.OPERATIONS));
  }

  /** A new item of UBND thành phố, received, with its "Cập nhật văn bản trả lời" open. */
  private Task responseTask() {
    String key = TestData.registerItem(http, "ubnd-thanh-pho", List.of(), "xong trước 30/12/2099",
        "Rà soát quy hoạch khu dân cư.");
    String item = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ItemProcess.KEY)
        .processInstanceBusinessKey(key).singleResult().getId();
    driver.complete(driver.task(item, Elements.TASK_RECEIVE), LEAD, Map.of(Vars.FOCAL_OFFICER, "Trần Thị Bình"));
    return driver.task(item, Elements.TASK_WRITE_RESPONSE);
  }

  private HttpResponse<String> upload(String taskId, String name, byte[] content, String user) {
    return http.postBytes("/api/tasks/" + taskId + "/documents?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
        "application/octet-stream", content, user, PASSWORD);
  }

  private int stored() {
    return jdbc.queryForObject("select count(*) from followup_document", Integer.class)
        + jdbc.queryForObject("select count(*) from followup_document_content", Integer.class);
  }

  private HttpResponse<String> completeResponse(Task task) throws Exception {
    return http.postJson("/engine-rest/task/" + task.getId() + "/complete", responseVariables(), LEAD, PASSWORD);
  }

  private String responseVariables() {
    Map<String, Object> values = ResponseValues.of("DONE", "2026-01-05");
    StringBuilder variables = new StringBuilder("{\"variables\":{");
    values.forEach((name, value) -> variables.append('"').append(name).append("\":{\"value\":")
        .append(jsonText(value)).append("},"));
    variables.setLength(variables.length() - 1);
    variables.append("}}");
    return variables.toString();
  }

  private String jsonText(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theLeadAttachesASignedPdfThatEveryReaderOpensByteForByteWithItsSigner() throws Exception {
    Task task = responseTask();
    byte[] signed = TestPdfs.signed("Hoàng Đăng Khoa");

    HttpResponse<String> created = upload(task.getId(), "Văn bản số 45-UBND-VP ngày 05.01.2026.pdf", signed, LEAD);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode document = json.readTree(created.body());
    assertThat(document.get("fileName").asText()).isEqualTo("Văn bản số 45-UBND-VP ngày 05.01.2026.pdf");
    assertThat(document.get("sha256").asText()).isEqualTo(DocumentService.sha256(signed));
    assertThat(document.get("size").asLong()).isEqualTo(signed.length);
    assertThat(document.get("uploadedBy").asText()).isEqualTo(LEAD);
    JsonNode signature = document.get("signatures").get(0);
    assertThat(signature.get("signer").asText()).isEqualTo("Hoàng Đăng Khoa");
    assertThat(signature.get("signedAt").asText()).isEqualTo("2026-01-05T09:30+07:00");
    assertThat(signature.get("coversWholeDocument").asBoolean()).isTrue();
    assertThat(signature.get("digestValid").asBoolean()).isTrue();
    for (String reader : List.of(LEAD, OFFICE, SUPERVISOR, AUDITOR, OPERATIONS)) {
      HttpResponse<byte[]> file = http.getBytes(document.get("url").asText(), reader, PASSWORD);
      assertThat(file.statusCode()).as(reader).isEqualTo(200);
      assertThat(DocumentService.sha256(file.body())).as(reader).isEqualTo(document.get("sha256").asText());
      assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
      assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
          .startsWith("attachment").contains("UTF-8''V%C4%83n%20b%E1%BA%A3n");
    }
  }

  @Test
  void aPdfOpensInsideTheItemPageAndNothingElseIsEverShownInline() throws Exception {
    Task task = responseTask();
    JsonNode document = json.readTree(upload(task.getId(), "tra-loi.pdf", TestPdfs.plain(), LEAD).body());
    String businessKey = document.get("businessKey").asText();

    HttpResponse<byte[]> inline = http.getBytes(document.get("url").asText() + "?inline=true", AUDITOR, PASSWORD);
    HttpResponse<byte[]> download = http.getBytes(document.get("url").asText(), AUDITOR, PASSWORD);

    assertThat(inline.statusCode()).isEqualTo(200);
    assertThat(inline.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");
    assertThat(inline.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(inline.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
    assertThat(inline.headers().firstValue("Content-Security-Policy")).get().asString().startsWith("frame-ancestors 'self'");
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
    assertThat(download.headers().firstValue("Content-Security-Policy")).hasValue("sandbox");
    JsonNode page = json.readTree(http.get("/api/items/" + URLEncoder.encode(businessKey, StandardCharsets.UTF_8),
        AUDITOR, PASSWORD).body());
    assertThat(page.get("documents").get(0).get("url").asText()).isEqualTo(document.get("url").asText());
  }

  @Test
  void anotherAgencyNeverSeesTheFilesAndIsAnsweredAsIfNothingExisted() throws Exception {
    Task task = responseTask();
    JsonNode document = json.readTree(upload(task.getId(), "tra-loi.pdf", TestPdfs.plain(), LEAD).body());
    String businessKey = document.get("businessKey").asText();

    HttpResponse<String> file = http.get(document.get("url").asText(), OTHER, PASSWORD);
    HttpResponse<String> missing = http.get("/api/documents/00000000-0000-0000-0000-000000000000", OTHER, PASSWORD);
    HttpResponse<String> list = http.get("/api/tasks/" + task.getId() + "/documents", OTHER, PASSWORD);
    HttpResponse<String> byItem = http.get("/api/documents?item=" + URLEncoder.encode(businessKey, StandardCharsets.UTF_8),
        OTHER, PASSWORD);

    assertThat(file.statusCode()).isEqualTo(404);
    assertThat(file.body()).contains(RefusedRequestException.NOT_FOUND_MESSAGE).isEqualTo(missing.body());
    assertThat(list.statusCode()).isEqualTo(404);
    assertThat(byItem.statusCode()).isEqualTo(200);
    assertThat(json.readTree(byItem.body())).isEmpty();
  }

  @Test
  void onlyWhoeverMayCompleteTheTaskAttachesOrRemovesAndNothingIsStoredForOthers() throws Exception {
    Task task = responseTask();
    JsonNode document = json.readTree(upload(task.getId(), "tra-loi.pdf", TestPdfs.plain(), LEAD).body());
    int before = stored();

    for (String user : List.of(OTHER, OFFICE, SUPERVISOR, AUDITOR, OPERATIONS)) {
      HttpResponse<String> attach = upload(task.getId(), "gia-mao.pdf", TestPdfs.plain(), user);
      assertThat(attach.statusCode()).as(user + " " + attach.body()).isIn(403, 404);
      assertThat(attach.body()).as(user).containsAnyOf("chỉ được xem", RefusedRequestException.NOT_FOUND_MESSAGE);
      HttpResponse<String> remove = http.send("DELETE", document.get("url").asText(), "application/json", "", user,
          PASSWORD);
      assertThat(remove.statusCode()).as(user + " " + remove.body()).isIn(403, 404);
    }
    assertThat(stored()).isEqualTo(before);
    assertThat(http.send("DELETE", document.get("url").asText(), "application/json", "", LEAD, PASSWORD).statusCode())
        .isEqualTo(204);
    assertThat(stored()).isEqualTo(before - 2);
  }

  @Test
  void refusesEveryBadFileWithAVietnameseReasonAndStoresNothing() {
    Task task = responseTask();
    int before = stored();
    Map<String, byte[]> badFiles = new java.util.LinkedHashMap<>();
    badFiles.put("Tệp không phải là PDF", "Báo cáo bằng văn bản thường".getBytes(StandardCharsets.UTF_8));
    badFiles.put("Tệp rỗng", new byte[0]);
    badFiles.put("mã hóa", TestPdfs.encrypted());
    badFiles.put("hỏng", TestPdfs.malformed());
    badFiles.put("nén bất thường", TestPdfs.flateBomb(512));

    badFiles.forEach((reason, content) -> {
      HttpResponse<String> response = upload(task.getId(), "van-ban.pdf", content, LEAD);
      assertThat(response.statusCode()).as(reason).isEqualTo(400);
      assertThat(response.body()).as(reason).contains(reason).contains("Chưa có gì được lưu.");
    });
    for (String name : List.of("../../etc/van-ban.pdf", "thu-muc/van-ban.pdf", "C:\\van-ban.pdf", "van\u0007ban.pdf")) {
      HttpResponse<String> response = upload(task.getId(), name, TestPdfs.plain(), LEAD);
      assertThat(response.statusCode()).as(name).isEqualTo(400);
      assertThat(response.body()).as(name).contains("đường dẫn");
    }
    byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];
    System.arraycopy(TestPdfs.plain(), 0, tooLarge, 0, 16);
    HttpResponse<String> large = upload(task.getId(), "lon.pdf", tooLarge, LEAD);
    assertThat(large.statusCode()).isEqualTo(413);
    assertThat(large.body()).contains("tối đa 20 MB");
    HttpResponse<String> chunked = http.send("POST", "/api/tasks/" + task.getId() + "/documents?name=lon.pdf",
        "application/pdf", HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(tooLarge)),
        LEAD, PASSWORD);
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void theResponseIsSubmittedOnlyWithItsPdfAndItsFilesAreKeptUnchangedAfterwards() throws Exception {
    Task task = responseTask();

    HttpResponse<String> withoutPdf = completeResponse(task);
    assertThat(withoutPdf.statusCode()).isEqualTo(400);
    assertThat(withoutPdf.body()).contains("Chưa đính kèm văn bản trả lời đã ký (tệp PDF)");
    JsonNode removed = json.readTree(upload(task.getId(), "nhap.pdf", TestPdfs.plain(), LEAD).body());
    assertThat(http.send("DELETE", removed.get("url").asText(), "application/json", "", LEAD, PASSWORD).statusCode())
        .isEqualTo(204);
    assertThat(completeResponse(task).statusCode()).isEqualTo(400);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

    JsonNode kept = json.readTree(upload(task.getId(), "tra-loi.pdf", TestPdfs.signed("Hoàng Đăng Khoa"), LEAD).body());
    HttpResponse<String> completed = completeResponse(task);
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);

    int before = stored();
    assertThat(upload(task.getId(), "them.pdf", TestPdfs.plain(), LEAD).statusCode()).isEqualTo(404);
    HttpResponse<String> delete = http.send("DELETE", kept.get("url").asText(), "application/json", "", LEAD, PASSWORD);
    assertThat(delete.statusCode()).isEqualTo(409);
    assertThat(delete.body()).contains("không thêm, không gỡ được nữa");
    assertThatThrownBy(() -> jdbc.update("delete from followup_document where id = ?::uuid", kept.get("id").asText()))
        .hasMessageContaining("its files are kept");
    assertThatThrownBy(() -> jdbc.update("update followup_document_content set content = ? where document_id = ?::uuid",
        new byte[] {1}, kept.get("id").asText())).hasMessageContaining("never changed");
    assertThat(stored()).isEqualTo(before);
    assertThat(DocumentService.sha256(http.getBytes(kept.get("url").asText(), AUDITOR, PASSWORD).body()))
        .isEqualTo(kept.get("sha256").asText());

    Task review = driver.task(task.getProcessInstanceId(), Elements.TASK_REVIEW_RESPONSE);
    HttpResponse<String> underReview = http.get("/api/tasks/" + review.getId() + "/documents", OFFICE, PASSWORD);
    assertThat(underReview.statusCode()).as(underReview.body()).isEqualTo(200);
    JsonNode shown = json.readTree(underReview.body());
    assertThat(shown.get("mayAttach").asBoolean()).isFalse();
    assertThat(shown.get("documents")).singleElement().satisfies(file -> {
      assertThat(file.get("sha256").asText()).isEqualTo(kept.get("sha256").asText());
      assertThat(file.get("taskName").asText()).startsWith("Cập nhật văn bản trả lời 2.1.2");
    });
    assertThat(http.get("/api/tasks/" + review.getId() + "/documents", LEAD, PASSWORD).statusCode()).isEqualTo(404);

    String key = URLEncoder.encode(kept.get("businessKey").asText(), StandardCharsets.UTF_8);
    JsonNode audit = json.readTree(http.get("/api/audit/items/" + key, AUDITOR, PASSWORD).body());
    assertThat(audit.get("entries")).anySatisfy(entry -> {
      assertThat(entry.get("kind").asText()).isEqualTo("VĂN BẢN");
      assertThat(entry.get("user").asText()).isEqualTo(LEAD);
      assertThat(entry.get("detail").asText()).contains("tra-loi.pdf").contains(kept.get("sha256").asText())
          .contains("ký số: Hoàng Đăng Khoa, lúc 05/01/2026 09:30, còn nguyên vẹn từ khi ký");
      // The file as the documents API gives it, for the audit view's download link.
      for (String field : List.of("id", "fileName", "url", "sha256", "signatures")) {
        assertThat(entry.get("document").get(field)).as(field).isEqualTo(kept.get(field));
      }
    });
    String csv = http.get("/api/audit/items/" + key + "?format=csv", SUPERVISOR, PASSWORD).body();
    assertThat(csv).contains("VĂN BẢN").contains(kept.get("sha256").asText());
  }

  @Test
  void aTasklistSessionAttachesOnlyWithTheWebappsCsrfToken() throws Exception {
    Task task = responseTask();
    WebappSession session = fixture.login("tasklist", LEAD);
    int before = stored();
    String path = "/api/tasks/" + task.getId() + "/documents?name=tra-loi.pdf";

    HttpResponse<String> forged = session.api("POST", path, "application/pdf", TestPdfs.plain(), false);
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("X-XSRF-TOKEN");
    assertThat(stored()).isEqualTo(before);

    HttpResponse<String> attached = session.api("POST", path, "application/pdf", TestPdfs.plain(), true);
    assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
    HttpResponse<String> list = session.api("GET", "/api/tasks/" + task.getId() + "/documents", null, null, false);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(json.readTree(list.body()).get("mayAttach").asBoolean()).isTrue();
  }

  @Test
  void tasklistIsToldInVietnameseAloneThatTheResponseLacksItsPdf() throws Exception {
    Task task = responseTask();
    WebappSession tasklist = fixture.login("tasklist", LEAD);

    HttpResponse<String> submitted = tasklist.post("/task/" + task.getId() + "/submit-form", responseVariables());

    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(400);
    assertThat(json.readTree(submitted.body()).get("message").asText())
        .startsWith("Chưa đính kèm văn bản trả lời đã ký (tệp PDF)").doesNotContain("ENGINE-", "TaskListener");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }
}
