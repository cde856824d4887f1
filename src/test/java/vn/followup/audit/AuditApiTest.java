package vn.followup.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.followup.support.TestUsers.PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.followup.item.ItemProcess;
import vn.followup.item.ItemProcess.Elements;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.organisation.Roles;
import vn.followup.support.FollowupSpringBootTest;
import vn.followup.support.TestData;
import vn.followup.support.ApplicationTestBase;

/**
 * The audit API over real HTTP: an item carried from receipt to closure by named users, then read
 * back by an auditor as a JSON timeline and as CSV, with its business key URL-encoded.
 */
@FollowupSpringBootTest
class AuditApiTest extends ApplicationTestBase {

  static final String LEAD = "nhatky.ubnd";
  static final String OFFICE = "nhatky.vptu";
  static final String AUDITOR = "nhatky.kiemtra";
  static final String SUPERVISOR = "nhatky.giamsat";

  static String closedKey;

  @BeforeEach
  void setUp() {
    fixture.user(LEAD, List.of("ubnd-thanh-pho"));
    fixture.user(OFFICE, List.of("van-phong-thanh-uy"));
    fixture.user(AUDITOR, List.of(Roles.AUDITORS));
    fixture.user(SUPERVISOR, List.of(Roles.SUPERVISORS));
    if (closedKey == null) {
      closedKey = TestData.registerItem(http, "ubnd-thanh-pho", List.of(), "xong trước 30/12/2099",
          "Rà soát quy hoạch khu dân cư.");
      String item = runtimeService.createProcessInstanceQuery().processDefinitionKey(ItemProcess.KEY)
          .processInstanceBusinessKey(closedKey).singleResult().getId();
      driver.complete(driver.task(item, Elements.TASK_RECEIVE), LEAD, Map.of(Vars.FOCAL_OFFICER, "Trần Thị Bình"));
      driver.complete(driver.task(item, Elements.TASK_WRITE_RESPONSE), LEAD, Map.of(Vars.RESPONSE_NUMBER, "77",
          Vars.RESPONSE_SYMBOL, "UBND-VP", Vars.RESPONSE_DATE, "2026-01-05", Vars.RESPONSE_SIGNER, "Hoàng Đăng Khoa",
          Vars.RESPONSE_SUMMARY, "V/v rà soát quy hoạch", Vars.RESPONSE_RESULT, "Đã rà soát.",
          Vars.IMPLEMENTATION_STATE, "DONE"));
      driver.complete(driver.task(item, Elements.TASK_REVIEW_RESPONSE), OFFICE, Map.of(Vars.REVIEW_DECISION, "ACCEPT"));
      driver.complete(driver.task(item, Elements.TASK_CLOSE), OFFICE, Map.of(Vars.CLOSURE_OUTCOME, "COMPLETED_ON_TIME"));
    }
  }

  @Test
  void givesAnAuditorTheWholeTimelineOfAClosedItemWithItsKeyUrlEncoded() throws Exception {
    HttpResponse<String> response = http.get("/api/audit/items/" + encoded(closedKey), AUDITOR, PASSWORD);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode audit = objectMapper.readTree(response.body());
    assertThat(audit.get("businessKey").asText()).isEqualTo(closedKey);
    assertThat(audit.get("ended").isNull()).isFalse();
    List<JsonNode> entries = new ArrayList<>();
    audit.get("entries").forEach(entries::add);
    assertThat(entries).anySatisfy(entry -> {
      assertThat(entry.get("kind").asText()).isEqualTo("HOẠT ĐỘNG");
      assertThat(entry.get("step").asText()).isEqualTo("Tiếp nhận nội dung");
      assertThat(entry.get("user").asText()).isEqualTo(LEAD);
      assertThat(entry.get("agency").asText()).isEqualTo("Ủy ban nhân dân thành phố Lào Cai");
      assertThat(entry.get("deadline").isNull()).isFalse();
      assertThat(entry.get("late").asBoolean()).isFalse();
      assertThat(entry.get("start").asText()).endsWith("+07:00");
    });
    assertThat(entries).anySatisfy(entry -> {
      assertThat(entry.get("kind").asText()).isEqualTo("THAO TÁC");
      assertThat(entry.get("step").asText()).isEqualTo("Kết thúc theo dõi");
      assertThat(entry.get("user").asText()).isEqualTo(OFFICE);
      assertThat(entry.get("detail").asText()).isEqualTo("Hoàn thành công việc");
    });
    assertThat(entries).anySatisfy(entry -> {
      assertThat(entry.get("kind").asText()).isEqualTo("GIÁ TRỊ");
      assertThat(entry.get("detail").asText()).isEqualTo("Số văn bản trả lời: 77");
      assertThat(entry.get("user").asText()).isEqualTo(LEAD);
      assertThat(entry.get("step").asText()).isEqualTo("Cập nhật văn bản trả lời");
    });
    assertThat(entries).anySatisfy(entry -> assertThat(entry.get("process").asText()).isEqualTo("Theo dõi hạn trả lời"));
    assertThat(entries).anySatisfy(entry -> assertThat(entry.get("detail").asText())
        .isEqualTo("Thời hạn trả lời: hết ngày 30/12/2099"));
    assertThat(entries.stream().filter(entry -> entry.get("detail").asText().equals("Số văn bản trả lời: 77"))).hasSize(1);
  }

  @Test
  void readsChosenCodesAsTheirLabelsAndTellsWhichInstanceEachLineIsOf() throws Exception {
    JsonNode audit = objectMapper.readTree(http.get("/api/audit/items/" + encoded(closedKey), AUDITOR, PASSWORD).body());
    List<String> details = new ArrayList<>();
    audit.get("entries").forEach(entry -> details.add(entry.get("detail").asText()));
    assertThat(details).contains("Kết quả thẩm định văn bản: Chấp nhận", "Tình trạng thực hiện: Đã hoàn thành",
        "Đánh giá kết quả thực hiện: Hoàn thành đúng hạn");
    assertThat(details).noneMatch(detail -> detail.endsWith(": ACCEPT") || detail.endsWith(": DONE")
        || detail.endsWith(": COMPLETED_ON_TIME"));
    String item = audit.get("processInstanceId").asText();
    List<String> watches = historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(item).list()
        .stream().map(org.camunda.bpm.engine.history.HistoricProcessInstance::getId).toList();
    assertThat(watches).isNotEmpty();
    audit.get("entries").forEach(entry -> {
      String instance = entry.get("processInstanceId").asText();
      if (entry.get("process").asText().startsWith("Theo dõi hạn")) {
        assertThat(watches).as(entry.toString()).contains(instance);
      } else {
        assertThat(instance).as(entry.toString()).isEqualTo(item);
      }
    });
  }

  @Test
  void namesItsColumnsWithTheHeadingsOfTheCsv() throws Exception {
    JsonNode audit = objectMapper.readTree(http.get("/api/audit/items/" + encoded(closedKey), AUDITOR, PASSWORD).body());
    List<String> headings = new ArrayList<>();
    audit.get("columns").forEach(column -> {
      assertThat(audit.get("entries").get(0).has(column.get("field").asText())).as(column.toString()).isTrue();
      headings.add(column.get("heading").asText());
    });
    String csv = http.get("/api/audit/items/" + encoded(closedKey) + "?format=csv", AUDITOR, PASSWORD).body();
    assertThat(csv.split("\r\n")[2]).isEqualTo("Nội dung số," + String.join(",", headings));
  }

  @Test
  void writesTheTimelineAsCsvThatExcelReadsInVietnamese() {
    HttpResponse<String> response = http.get("/api/audit/items/" + encoded(closedKey) + "?format=csv", SUPERVISOR,
        PASSWORD);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
    assertThat(response.body()).startsWith("\uFEFFNHẬT KÝ THEO DÕI NỘI DUNG 2.1.2");
    List<String> lines = List.of(response.body().split("\r\n"));
    assertThat(lines.get(1)).isEmpty();
    assertThat(lines.get(2)).startsWith("Nội dung số,Thời điểm (giờ Việt Nam),Loại,Quy trình,Mã bước,Bước");
    assertThat(lines).anyMatch(line -> line.contains(",HOẠT ĐỘNG,Nội dung theo dõi,Task_Close,Kết thúc theo dõi,")
        && line.contains("," + OFFICE + ",Văn phòng Thành ủy Lào Cai,"));
    assertThat(lines).anyMatch(line -> line.contains("Đánh giá kết quả thực hiện: Hoàn thành đúng hạn"));
  }

  @Test
  void givesTheTimelinesOfAWholeNotice() throws Exception {
    String notice = closedKey.substring(0, closedKey.indexOf('/'));
    HttpResponse<String> response = http.get("/api/audit/notices/" + notice, AUDITOR, PASSWORD);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode audit = objectMapper.readTree(response.body());
    assertThat(audit.get("items")).hasSize(1);
    assertThat(audit.get("items").get(0).get("itemNumber").asText()).isEqualTo("2.1.2");
  }

  @Test
  void answersAnUnknownItemWithAVietnamese404() {
    HttpResponse<String> response = http.get("/api/audit/items/" + encoded("khong-co/9.9"), AUDITOR, PASSWORD);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("Không tìm thấy nội dung theo dõi có mã 'khong-co/9.9'");
  }

  @Test
  void refusesTheAuditToTheAgencyStaffWhoDidTheWork() {
    HttpResponse<String> response = http.get("/api/audit/items/" + encoded(closedKey), LEAD, PASSWORD);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("Bạn không có quyền");
    assertThat(http.get("/api/reports/status", LEAD, PASSWORD).statusCode()).isEqualTo(403);
  }

  @Test
  void givesASupervisorTodaysStatusReportOverHttp() throws Exception {
    String notice = closedKey.substring(0, closedKey.indexOf('/'));
    HttpResponse<String> response = http.get("/api/reports/status?notice=" + notice, SUPERVISOR, PASSWORD);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode report = objectMapper.readTree(response.body());
    JsonNode item = report.get("notices").get(0).get("items").get(0);
    assertThat(item.get("lifecycleLabel").asText()).isEqualTo("Đã đóng");
    assertThat(item.get("timelinessLabel").asText()).isEqualTo("Hoàn thành đúng hạn");
    assertThat(item.get("responseDocument").asText()).isEqualTo("77/UBND-VP");
    assertThat(report.get("summary").get("doneOnTime").asInt()).isEqualTo(1);
  }

  private static String encoded(String key) {
    return URLEncoder.encode(key, StandardCharsets.UTF_8);
  }
}
