package vn.followup.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.followup.support.TestUsers.PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.followup.item.ItemProcess;
import vn.followup.report.Lifecycle;
import vn.followup.support.DatabaseSnapshot;
import vn.followup.support.FollowupSpringBootTest;
import vn.followup.support.TestUsers;
import vn.followup.support.ApplicationTestBase;

/**
 * "Hồ sơ nội dung" over real HTTP: the search finds an item by its number, its notice, its lead
 * agency, words of its text (typed with or without diacritics) and its state, at most 100 a page,
 * for the office, supervisors and auditors and never for agency staff; the item page shows a
 * stopped item as "Dừng thực hiện" and its deadline as its last day; the office changes a deadline
 * from the page (the item chosen by the address, no key typed) and reads what changed, while a
 * refused field answers 400 in Vietnamese naming the field, with nothing written.
 */
@FollowupSpringBootTest
class ItemPageApiTest extends ApplicationTestBase {

  static final String CLERK = "hoso.vptu";
  static final String STAFF = "hoso.ubnd";
  static final String AUDITOR = "hoso.kiemtra";
  static final String SUPERVISOR = "hoso.giamsat";

  @Autowired
  DataSource dataSource;

  @BeforeEach
  void setUp() {
    fixture.user(CLERK, List.of("van-phong-thanh-uy", "giam-sat"));
    fixture.user(STAFF, List.of("phong-tnmt"));
    fixture.user(AUDITOR, List.of("kiem-tra"));
    fixture.user(SUPERVISOR, List.of("giam-sat"));
  }

  @Test
  void findsAnItemByNumberNoticeAgencyWordsAndStateForItsReadersOnly() throws Exception {
    String word = "xq" + UUID.randomUUID().toString().substring(0, 6);
    String notice = registerNotice(List.of(
        item("3.1", "Rà soát quỹ đất công " + word + " của phường.", "phong-tnmt"),
        item("3.2", "Chỉnh trang đô thị khu trung tâm " + word + ".", "phong-qldt"),
        item("3.3", "Hoàn thiện hồ sơ di tích lịch sử.", "phong-tnmt")));

    assertThat(numbers(search("words=" + enc("quy dat " + word), AUDITOR))).containsExactly("3.1");
    assertThat(numbers(search("words=" + enc("Quỹ ĐẤT"), AUDITOR))).contains("3.1").doesNotContain("3.2");
    assertThat(numbers(search("notice=" + enc(notice), SUPERVISOR))).containsExactly("3.1", "3.2", "3.3");
    assertThat(numbers(search("notice=" + enc(notice) + "&number=3.2", CLERK))).containsExactly("3.2");
    assertThat(numbers(search("notice=" + enc(notice) + "&agency=phong-qldt", AUDITOR))).containsExactly("3.2");
    assertThat(numbers(search("words=" + enc(word) + "&agency=phong-tnmt", AUDITOR))).containsExactly("3.1");

    String stopped = notice + "/3.3";
    HttpResponse<String> stop = act(stopped, "stop", "{\"actionReason\":\"Di tích đã được xếp hạng.\"}", CLERK);
    assertThat(stop.statusCode()).as(stop.body()).isEqualTo(200);
    JsonNode found = json(search("notice=" + enc(notice) + "&state=STOPPED", AUDITOR));
    assertThat(numbers(found)).containsExactly("3.3");
    assertThat(found.get("items").get(0).get("stateLabel").asText()).isEqualTo(Lifecycle.STOPPED.label());
    assertThat(numbers(search("notice=" + enc(notice) + "&state=FOLLOWED", AUDITOR))).containsExactly("3.1", "3.2");
    JsonNode page = json(http.get("/api/items/" + enc(stopped), AUDITOR, PASSWORD));
    assertThat(page.get("stateLabel").asText()).isEqualTo("Dừng thực hiện");
    assertThat(page.toString()).doesNotContain("Hoàn tất");

    assertThat(search("notice=" + enc(notice), STAFF).statusCode()).isEqualTo(403);
    assertThat(http.get("/api/items/" + enc(stopped), STAFF, PASSWORD).statusCode()).isEqualTo(403);
    assertThat(search("state=SOMETHING", AUDITOR).statusCode()).isEqualTo(400);
  }

  @Test
  void givesAtMostOneHundredItemsAPage() throws Exception {
    Integer known = jdbc.queryForObject("select count(*) from followup_item", Integer.class);
    // Registered rows without follow-ups, taken away afterwards: the search reads the rows, so this is quick.
    String id = "ho-so-trang-" + UUID.randomUUID().toString().substring(0, 8);
    try {
      if (known <= 100) {
        jdbc.update("insert into followup_notice (id, symbol, issuer, summary, document) values (?, 'TB/TR', "
            + "'thuong-truc-thanh-uy', 'Thử trang kết quả', '{\"items\":[]}')", id);
        for (int i = 1; i <= 101 - known; i++) {
          jdbc.update("insert into followup_item (notice_id, number, business_key, kind, lead_agency, position,"
              + " item_text) values (?, ?, ?, 'TASK', 'phong-noi-vu', ?, ?)", id, "9." + i, id + "/9." + i, i,
              "Nội dung thứ " + i);
        }
      }
      JsonNode first = json(search("", SUPERVISOR));
      assertThat(first.get("items")).hasSize(100);
      assertThat(first.get("more").asBoolean()).isTrue();
      JsonNode second = json(search("page=1", SUPERVISOR));
      assertThat(second.get("items").size()).isBetween(1, 100);
      assertThat(second.get("items").get(0).get("businessKey").asText())
          .isNotEqualTo(first.get("items").get(99).get("businessKey").asText());
    } finally {
      jdbc.update("delete from followup_item where notice_id = ?", id);
      jdbc.update("delete from followup_notice where id = ?", id);
    }
  }

  @Test
  void changesADeadlineFromTheItemPageAndSaysWhatChanged() throws Exception {
    String notice = registerNotice(List.of(item("4.1", "Báo cáo kết quả giải phóng mặt bằng.", "phong-tnmt")));
    String key = notice + "/4.1";
    JsonNode before = json(http.get("/api/items/" + enc(key), CLERK, PASSWORD));
    assertThat(before.get("deadlines").get(0).get("text").asText()).isEqualTo("hết ngày 30/12/2099");
    assertThat(before.get("officeActions").toString()).contains("change-deadline");
    assertThat(json(http.get("/api/items/" + enc(key), SUPERVISOR, PASSWORD)).get("officeActions")).isEmpty();
    JsonNode form = json(http.get("/api/items/" + enc(key) + "/office-actions/change-deadline", CLERK, PASSWORD));
    assertThat(form.get("fields").toString()).contains("newDeadline", "actionReason").doesNotContain("itemKey");

    HttpResponse<String> changed = act(key, "change-deadline", """
        {"deadlineType":"RESPONSE","newDeadline":"2099-06-30","actionReason":"Theo kết luận của Ban Thường vụ.",
         "decisionNumber":"12-QĐ/TU","decisionDate":"2026-01-05"}""", CLERK);

    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(json(changed).get("summary").asText()).contains("30/12/2099 → 30/06/2099",
        "Lý do: Theo kết luận của Ban Thường vụ.", "12-QĐ/TU");
    JsonNode after = json(http.get("/api/items/" + enc(key), AUDITOR, PASSWORD));
    assertThat(after.get("deadlines").get(0).get("text").asText()).isEqualTo("hết ngày 30/06/2099");
    String receipt = taskService.createTaskQuery().processInstanceBusinessKey(key).singleResult().getId();
    assertThat(http.postJson("/engine-rest/task/" + receipt + "/claim", "{\"userId\":\"" + STAFF + "\"}", STAFF,
        PASSWORD).statusCode()).isEqualTo(204);
    JsonNode audit = json(http.get("/api/audit/items/" + enc(key), AUDITOR, PASSWORD));
    assertThat(audit.get("people").get(STAFF).asText()).as("who claimed, by name").isEqualTo("Kiểm Thử");
    assertThat(audit.toString()).contains("30/12/2099 → 30/06/2099");
    List<String> deadlines = new ArrayList<>();
    audit.get("entries").forEach(entry -> deadlines.add(entry.path("deadlineText").asText("")));
    assertThat(deadlines).anyMatch(text -> text.matches("hết ngày \\d{2}/\\d{2}/\\d{4}"))
        .noneMatch(text -> text.endsWith("00:00:00"));
    assertThat(json(changed).get("summary").asText()).contains("Người thực hiện: Kiểm Thử.");
  }

  @Test
  void refusesAnInvalidActionWithItsFieldInVietnameseAndWritesNothing() throws Exception {
    String notice = registerNotice(List.of(item("5.1", "Kiểm tra việc thu hồi đất dự án.", "phong-tnmt")));
    String key = notice + "/5.1";
    DatabaseSnapshot before = DatabaseSnapshot.take(dataSource);

    HttpResponse<String> impossible = act(key, "change-deadline", """
        {"deadlineType":"RESPONSE","newDeadline":"2026-13-32","actionReason":"Thử.",
         "decisionNumber":"12-QĐ/TU","decisionDate":"2026-01-05"}""", CLERK);
    assertThat(impossible.statusCode()).isEqualTo(400);
    JsonNode error = json(impossible).get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo("newDeadline");
    assertThat(error.get("message").asText()).contains("Thời hạn mới", "Chưa có gì được thay đổi");
    HttpResponse<String> noReason = act(key, "change-deadline", """
        {"deadlineType":"RESPONSE","newDeadline":"2099-06-30","decisionNumber":"12-QĐ/TU","decisionDate":"2026-01-05"}""",
        CLERK);
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(json(noReason).get("errors").get(0).get("field").asText()).isEqualTo("actionReason");
    assertThat(json(noReason).get("message").asText()).contains("Lý do là bắt buộc");
    HttpResponse<String> foreign = act(key, "change-deadline", "{\"itemKey\":\"khac/1\",\"actionReason\":\"Thử.\"}", CLERK);
    assertThat(foreign.statusCode()).isEqualTo(400);
    assertThat(json(foreign).get("errors").get(0).get("field").asText()).isEqualTo("itemKey");
    assertThat(act(key, "change-deadline", "{\"actionReason\":\"Thử.\"}", SUPERVISOR).statusCode()).isEqualTo(403);
    assertThat(act(key, "change-deadline", "{\"actionReason\":\"Thử.\"}", AUDITOR).statusCode()).isEqualTo(403);
    assertThat(act(key, "khong-co", "{}", CLERK).statusCode()).isEqualTo(404);

    assertThat(DatabaseSnapshot.take(dataSource).changedSince(before)).isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ItemProcess.KEY)
        .processInstanceBusinessKey(key).count()).isEqualTo(1);
  }

  private HttpResponse<String> search(String query, String user) {
    return http.get("/api/items" + (query.isEmpty() ? "" : "?" + query), user, PASSWORD);
  }

  private HttpResponse<String> act(String key, String action, String body, String user) {
    return http.postJson("/api/items/" + enc(key) + "/office-actions/" + action, body, user, PASSWORD);
  }

  private List<String> numbers(HttpResponse<String> answer) throws Exception {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return numbers(json(answer));
  }

  private static List<String> numbers(JsonNode page) {
    List<String> numbers = new ArrayList<>();
    page.get("items").forEach(item -> numbers.add(item.get("itemNumber").asText()));
    return numbers;
  }

  private JsonNode json(HttpResponse<String> answer) throws Exception {
    return objectMapper.readTree(answer.body());
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String item(String number, String text, String lead) {
    return """
        {"number":"%s","text":"%s","kind":"TASK","lead":"%s","coordinators":[],
         "deadlines":[{"type":"RESPONSE","phrase":"xong trước 30/12/2099"}]}""".formatted(number, text, lead);
  }

  /** Registers a numbered notice with these items as the admin; returns its id. */
  private String registerNotice(List<String> items) {
    String id = "ho-so-" + UUID.randomUUID().toString().substring(0, 8);
    String notice = """
        {"id":"%s","number":"%d","symbol":"TB/HS","date":"2021-11-25","issuer":"thuong-truc-thanh-uy",
         "summary":"Hồ sơ nội dung","items":[%s]}""".formatted(id, 70_000 + (int) (Math.random() * 20_000),
        String.join(",", items));
    HttpResponse<String> response = http.postJson("/api/notices", notice, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return id;
  }
}
