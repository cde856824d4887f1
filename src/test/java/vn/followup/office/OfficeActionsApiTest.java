package vn.followup.office;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.followup.support.TestUsers.PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.followup.item.ItemProcess;
import vn.followup.office.OfficeActionProcess.Vars;
import vn.followup.organisation.Roles;
import vn.followup.support.FollowupSpringBootTest;
import vn.followup.support.TestData;
import vn.followup.support.ApplicationTestBase;

/**
 * The office's actions over the engine REST API, as Tasklist's "Khởi tạo quy trình" sends them:
 * offered to and done by the office only (agency staff, auditors and supervisors answered 403 with
 * nothing changed), a missing reason answered 400 in Vietnamese, and every action read back by an
 * auditor in the item's audit timeline, a re-opened item with both of its follow-ups.
 */
@FollowupSpringBootTest
class OfficeActionsApiTest extends ApplicationTestBase {

  static final String CLERK = "thaotac.vptu";
  static final String STAFF = "thaotac.ubnd";
  static final String AUDITOR = "thaotac.kiemtra";
  static final String SUPERVISOR = "thaotac.giamsat";

  @BeforeEach
  void setUp() {
    fixture.user(CLERK, List.of("van-phong-thanh-uy"));
    fixture.user(STAFF, List.of("ubnd-thanh-pho"));
    fixture.user(AUDITOR, List.of(Roles.AUDITORS));
    fixture.user(SUPERVISOR, List.of(Roles.SUPERVISORS));
  }

  @Test
  void offersTheOfficeActionsInTasklistToTheOfficeAlone() throws Exception {
    String startable = "/engine-rest/process-definition?latestVersion=true&startableInTasklist=true"
        + "&startablePermissionCheck=true&firstResult=0&maxResults=100";
    List<String> keys = java.util.Arrays.stream(OfficeAction.values()).map(OfficeAction::processKey).toList();
    assertThat(definitionKeys(http.get(startable, CLERK, PASSWORD))).containsAll(keys);
    for (String user : List.of(STAFF, AUDITOR, SUPERVISOR)) {
      assertThat(definitionKeys(http.get(startable, user, PASSWORD))).as(user).doesNotContainAnyElementsOf(keys);
    }
  }

  @Test
  void refusesEveryOfficeActionToOtherUsersWith403AndChangesNothing() throws Exception {
    String key = TestData.registerItem(http, "ubnd-thanh-pho", List.of(), "xong trước 30/12/2099",
        "Rà soát hồ sơ đất đai khu dân cư.");
    ProcessInstance item = item(key);
    long actions = officeActionsRecorded();
    long details = historyService.createHistoricDetailQuery().processInstanceId(item.getId()).count();
    for (String user : List.of(STAFF, AUDITOR, SUPERVISOR)) {
      for (OfficeAction action : OfficeAction.values()) {
        HttpResponse<String> answer = submit(action, user, "{\"" + Vars.REASON + "\":{\"value\":\"Không có quyền.\"}}");
        assertThat(answer.statusCode()).as(action + " by " + user + ": " + answer.body()).isEqualTo(403);
      }
    }
    assertThat(item(key)).isNotNull();
    assertThat(runtimeService.getVariable(item.getId(), ItemProcess.Vars.LEAD_AGENCY)).isEqualTo("ubnd-thanh-pho");
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(item.getId()).count()).isEqualTo(details);
    assertThat(officeActionsRecorded()).isEqualTo(actions);
  }

  @Test
  void doesEachActionForTheOfficeWithItsReasonAndShowsItInTheAuditTimeline() throws Exception {
    String key = TestData.registerItem(http, "ubnd-thanh-pho", List.of(), "xong trước 30/12/2099",
        "Chỉ đạo giải phóng mặt bằng dự án đường nội thị.");
    ProcessInstance item = item(key);

    HttpResponse<String> noReason = submit(OfficeAction.CHANGE_LEAD, CLERK, "{" + text(Vars.ITEM_KEY, key) + ","
        + text(Vars.NEW_LEAD, "phong-qldt") + "}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("Lý do là bắt buộc").doesNotContain("Exception");
    assertThat(runtimeService.getVariable(item.getId(), ItemProcess.Vars.LEAD_AGENCY)).isEqualTo("ubnd-thanh-pho");

    assertThat(submit(OfficeAction.CHANGE_LEAD, CLERK, "{" + text(Vars.ITEM_KEY, key) + ","
        + text(Vars.NEW_LEAD, "phong-qldt") + "," + text(Vars.REASON, "Theo phân công lại của Thường trực.") + "}")
        .statusCode()).isEqualTo(200);
    assertThat(runtimeService.getVariable(item.getId(), ItemProcess.Vars.LEAD_AGENCY)).isEqualTo("phong-qldt");
    assertThat(submit(OfficeAction.STOP, CLERK, "{" + text(Vars.ITEM_KEY, key) + ","
        + text(Vars.REASON, "Dự án tạm dừng.") + "," + text(Vars.DECISION_NUMBER, "45-QĐ/TU") + ","
        + text(Vars.DECISION_DATE, "2026-01-05") + "}").statusCode()).isEqualTo(200);
    assertThat(item(key)).isNull();
    assertThat(submit(OfficeAction.REOPEN, CLERK, "{" + text(Vars.ITEM_KEY, key) + ","
        + text(Vars.NEW_DEADLINE, "2099-06-30") + "," + text(Vars.REASON, "Dự án được triển khai lại.") + "}")
        .statusCode()).isEqualTo(200);
    assertThat(item(key)).isNotNull();

    HttpResponse<String> audit = http.get("/api/audit/items/" + URLEncoder.encode(key, StandardCharsets.UTF_8),
        AUDITOR, PASSWORD);
    assertThat(audit.statusCode()).isEqualTo(200);
    List<JsonNode> entries = new ArrayList<>();
    objectMapper.readTree(audit.body()).get("entries").forEach(entries::add);
    List<String> actions = entries.stream().map(entry -> entry.get("detail").asText())
        .filter(detail -> detail.startsWith("Thao tác của Văn phòng: ")).toList();
    assertThat(actions).hasSize(3);
    assertThat(actions.get(0)).contains("Thay đổi cơ quan chủ trì", "Phòng Quản lý đô thị",
        "Lý do: Theo phân công lại của Thường trực.", "Người thực hiện: Kiểm Thử.");
    assertThat(actions.get(1)).contains("Dừng theo dõi nội dung", "Lý do: Dự án tạm dừng.",
        "Văn bản quyết định số 45-QĐ/TU ngày 05/01/2026");
    assertThat(actions.get(2)).contains("Mở lại nội dung đã kết thúc theo dõi", "tiếp nối lần theo dõi trước",
        "30/06/2099");
    assertThat(entries).extracting(entry -> entry.get("process").asText())
        .contains("Nội dung theo dõi (lần 1)", "Nội dung theo dõi (lần 2)");
  }

  private HttpResponse<String> submit(OfficeAction action, String user, String variables) {
    return http.postJson("/engine-rest/process-definition/key/" + action.processKey() + "/submit-form",
        "{\"variables\":" + variables + "}", user, PASSWORD);
  }

  private static String text(String name, String value) {
    return "\"" + name + "\":{\"value\":\"" + value + "\",\"type\":\"String\"}";
  }

  private ProcessInstance item(String key) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ItemProcess.KEY)
        .processInstanceBusinessKey(key).singleResult();
  }

  private long officeActionsRecorded() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKeyIn(
        java.util.Arrays.stream(OfficeAction.values()).map(OfficeAction::processKey).toArray(String[]::new)).count();
  }

  private List<String> definitionKeys(HttpResponse<String> answer) throws Exception {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    List<String> keys = new ArrayList<>();
    objectMapper.readTree(answer.body()).forEach(definition -> keys.add(definition.get("key").asText()));
    return keys;
  }
}
