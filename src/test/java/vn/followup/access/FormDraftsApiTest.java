package vn.followup.access;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.followup.support.TestUsers.PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.followup.item.ItemProcess;
import vn.followup.item.ItemProcess.Elements;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.support.DatabaseSnapshot;
import vn.followup.support.FollowupSpringBootTest;
import vn.followup.support.ResponseValues;
import vn.followup.support.TestData;
import vn.followup.support.ApplicationTestBase;

/**
 * The drafts of task forms kept on the server ("Lưu" in Tasklist) over real HTTP: the user who may
 * complete the task saves and reads their own draft, only with the fields the task's form lets them
 * write; another agency's staff neither reads nor writes it, and an unknown field, a value too long
 * or a body that is not an object is refused with nothing written; the draft is gone once the task
 * is completed.
 */
@FollowupSpringBootTest
class FormDraftsApiTest extends ApplicationTestBase {

  static final String LEAD_AGENCY = "trung-tam-ptqd";
  static final String LEAD = "bannhap.ptqd";
  static final String COLLEAGUE = "bannhap.ptqd2";
  static final String OTHER = "bannhap.mttq";

  @Autowired
  DataSource dataSource;

  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void setUp() {
    fixture.user(LEAD, List.of(LEAD_AGENCY));
    fixture.user(COLLEAGUE, List.of(LEAD_AGENCY));
    fixture.user(OTHER, List.of("mttq-thanh-pho"));
  }

  @Test
  void theLeadsDraftIsKeptForThemAloneWithTheFormsFieldsAndGoneWhenTheTaskIsCompleted() throws Exception {
    Task task = responseTask();
    String path = "/api/tasks/" + task.getId() + "/draft";

    assertThat(http.get(path, LEAD, PASSWORD).statusCode()).as("no draft yet").isEqualTo(204);
    HttpResponse<String> saved = put(path, """
        {"responseNumber": "45", "responseSummary": "V/v công bố quy hoạch", "extensionRequested": false,
         "responseDate": "2026-01-05"}""", LEAD);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

    HttpResponse<String> read = http.get(path, LEAD, PASSWORD);
    assertThat(read.statusCode()).isEqualTo(200);
    JsonNode fields = json.readTree(read.body()).get("fields");
    assertThat(fields.get("responseNumber").asText()).isEqualTo("45");
    assertThat(fields.get("responseSummary").asText()).isEqualTo("V/v công bố quy hoạch");
    assertThat(fields.get("responseDate").asText()).isEqualTo("2026-01-05");
    assertThat(http.get(path, COLLEAGUE, PASSWORD).statusCode()).as("a colleague has a draft of their own, none yet")
        .isEqualTo(204);

    DatabaseSnapshot before = DatabaseSnapshot.take(dataSource);
    HttpResponse<String> otherRead = http.get(path, OTHER, PASSWORD);
    assertThat(otherRead.statusCode()).as("another agency's staff: as if the task did not exist").isEqualTo(404);
    assertThat(otherRead.body()).doesNotContain("45");
    assertThat(put(path, "{\"responseNumber\": \"99\"}", OTHER).statusCode()).isEqualTo(404);
    assertThat(http.send("DELETE", path, "application/json", "", OTHER, PASSWORD).statusCode()).isEqualTo(404);

    HttpResponse<String> unknown = put(path, "{\"responseNumber\": \"46\", \"leadAgency\": \"mttq-thanh-pho\"}", LEAD);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("không có trường «leadAgency»", "Bản nháp chưa được lưu.");
    HttpResponse<String> tooLong = put(path, "{\"responseResult\": \"" + "x".repeat(FormDrafts.MAX_FIELD_CHARS) + "\"}",
        LEAD);
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("dài quá");
    assertThat(put(path, "[\"responseNumber\"]", LEAD).statusCode()).isEqualTo(400);
    assertThat(put(path, "{\"responseNumber\": ", LEAD).statusCode()).isEqualTo(400);
    assertThat(DatabaseSnapshot.take(dataSource).changedSince(before)).as("nothing written by refused drafts").isEmpty();
    assertThat(http.get(path, LEAD, PASSWORD).body()).contains("\"45\"").doesNotContain("46");

    driver.complete(task, LEAD, ResponseValues.of("DONE", "2026-01-05"));
    assertThat(jdbc.queryForObject("select count(*) from followup_form_draft where task_id = ?", Integer.class,
        task.getId())).as("drafts of a completed task").isZero();
    assertThat(http.get(path, LEAD, PASSWORD).statusCode()).isEqualTo(404);
  }

  @Test
  void aFieldTheFormOnlyShowsIsLeftOutAndARefusedCompletionKeepsTheDraft() throws Exception {
    Task task = responseTask();
    String path = "/api/tasks/" + task.getId() + "/draft";
    // "item" is the item's card the form shows, not a field the user writes.
    assertThat(put(path, "{\"responseSigner\": \"Hoàng Đăng Khoa\", \"item\": {\"itemText\": \"khác\"}}", LEAD)
        .statusCode()).isEqualTo(200);
    assertThat(json.readTree(http.get(path, LEAD, PASSWORD).body()).get("fields").has("item")).isFalse();

    Map<String, Object> incomplete = ResponseValues.of("DONE", "2026-01-05");
    incomplete.remove(Vars.RESPONSE_SUMMARY);
    try {
      driver.complete(task, LEAD, incomplete);
    } catch (RuntimeException refused) {
      // the form's rule refuses it: the task stays open
    }
    assertThat(json.readTree(http.get(path, LEAD, PASSWORD).body()).get("fields").get("responseSigner").asText())
        .isEqualTo("Hoàng Đăng Khoa");
  }

  private HttpResponse<String> put(String path, String body, String user) {
    return http.send("PUT", path, "application/json", body, user, PASSWORD);
  }

  private Task responseTask() {
    String itemKey = TestData.registerItem(http, LEAD_AGENCY, List.of(), "xong trước 30/12/2099",
        "Rà soát quy hoạch phân khu trung tâm.");
    String instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ItemProcess.KEY)
        .processInstanceBusinessKey(itemKey).singleResult().getId();
    driver.complete(driver.task(instance, Elements.TASK_RECEIVE), LEAD, Map.of(Vars.FOCAL_OFFICER, "Trần Thị Bình"));
    return driver.task(instance, Elements.TASK_WRITE_RESPONSE);
  }
}
