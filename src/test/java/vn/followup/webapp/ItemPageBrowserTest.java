package vn.followup.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.followup.support.TestUsers.PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.item.ItemProcess;
import vn.followup.office.OfficeAction;
import vn.followup.organisation.Roles;
import vn.followup.support.Browser;
import vn.followup.support.TestUsers;
import vn.followup.support.BrowserTest;
import vn.followup.support.ApplicationTestBase;

/**
 * "Hồ sơ nội dung" in Cockpit, in headless Chromium at 1400×1000 and 390×844: the office and an
 * auditor find an item by search, open its page, read a timeline whose rows are the audit API's
 * (count and texts) with the engine's lines hidden until "Hiện chi tiết kỹ thuật", no id and no
 * English word of Camunda's; a stopped item reads "Dừng thực hiện"; the office changes a deadline
 * from the page, one error at a time next to its field, and reads what changed; an auditor asking
 * for an instance's raw variables is led to the item's page. Screenshots in target/browser-screenshots.
 */
@BrowserTest
class ItemPageBrowserTest extends ApplicationTestBase {

  static final String CLERK = "hosotd.vptu";
  static final String AUDITOR = "hosotd.kiemtra";
  static final String COCKPIT = "/camunda/app/cockpit/default/";
  static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
  /** Words of Camunda's and form-js's English that must not reach these pages. */
  static final List<String> ENGLISH = List.of("Variables", "Process Instance", "Business Key", "Activity", "Incident",
      "Field is required", "Add new", "Remove", "Submit", "Cancel", "Loading", "Completed", "Suspended", "Deployment",
      "multiInstanceBody", "startEvent", "serviceTask", "userTask", "Timer", "null", "undefined", "Hoàn tất");

  static String noticeId;
  static String word;

  @BeforeEach
  void setUp() {
    Browser.assumeAvailable();
    fixture.user(CLERK, List.of("van-phong-thanh-uy", Roles.SUPERVISORS));
    fixture.user(AUDITOR, List.of(Roles.AUDITORS));
    if (noticeId == null) {
      word = "hstd" + UUID.randomUUID().toString().substring(0, 5);
      noticeId = registerNotice();
      HttpResponse<String> stop = http.postJson("/api/items/" + enc(noticeId + "/6.2") + "/office-actions/stop",
          "{\"actionReason\":\"Công trình đã có nguồn vốn khác.\"}", CLERK, PASSWORD);
      assertThat(stop.statusCode()).as(stop.body()).isEqualTo(200);
    }
  }

  @Test
  void theOfficeFindsAnItemReadsItsPageAndChangesItsDeadlineFromIt() throws Exception {
    String key = noticeId + "/6.1";
    try (Browser browser = fixture.browser()) {
      browser.driver().manage().window().setSize(new Dimension(1400, 1000));
      browser.login("cockpit", CLERK, PASSWORD);
      browser.press(browser.clickable(By.cssSelector("[data-followup='item-menu']")));
      search(browser, Map.of("words", word + " quy dat"));
      assertThat(foundKeys(browser)).containsExactly(key);
      browser.screenshot("40-ho-so-tim-kiem-1400");
      browser.press(browser.clickable(By.cssSelector("tr[data-business-key='" + key + "'] a[data-followup='item-link']")));
      waitLoaded(browser);

      assertThat(text(browser, "[data-followup='card']")).contains("Nội dung số", "6.1",
          "Hạn trả lời bằng văn bản: hết ngày 30/12/2099", "Phòng Tài nguyên và Môi trường");
      assertTimelineEqualsTheApi(browser, key);
      assertPlainVietnamese(browser);
      assertFits(browser, 1400);
      browser.screenshot("41-ho-so-noi-dung-1400");

      browser.press(browser.clickable(By.cssSelector("[data-action='change-deadline']")));
      browser.visible(By.cssSelector("form[data-action-form='change-deadline']"));
      select(browser, "deadlineType", "RESPONSE");
      type(browser, "newDeadline", "32/13/2026");
      type(browser, "actionReason", "Theo kết luận của Ban Thường vụ tại phiên họp tháng 1.");
      type(browser, "decisionNumber", "15-QĐ/TU");
      type(browser, "decisionDate", "05/01/2099");
      browser.press(browser.clickable(By.cssSelector("[data-followup='action-submit']")));
      browser.waitUntil(d -> !fieldError(browser, "newDeadline").isEmpty());
      assertThat(fieldError(browser, "newDeadline")).contains("ngày không có thật");
      type(browser, "newDeadline", "30/06/2099");
      browser.press(browser.clickable(By.cssSelector("[data-followup='action-submit']")));
      // The server refuses a decision dated after today, by its field; the earlier alert is gone.
      browser.waitUntil(d -> !fieldError(browser, "decisionDate").isEmpty());
      assertThat(fieldError(browser, "decisionDate")).contains("không được sau ngày hôm nay");
      assertThat(fieldError(browser, "newDeadline")).isEmpty();
      assertThat(browser.driver().findElements(By.cssSelector("[data-followup='action-alert'] .alert"))).hasSize(1);
      browser.screenshot("42-thao-tac-loi-truong");
      type(browser, "decisionDate", "05/01/2026");
      browser.press(browser.clickable(By.cssSelector("[data-followup='action-submit']")));
      WebElement summary = browser.visible(By.cssSelector("[data-followup='action-summary']"));
      assertThat(summary.getText()).contains(OfficeAction.CHANGE_DEADLINE.label(), "30/12/2099 → 30/06/2099",
          "15-QĐ/TU");
      browser.waitUntil(d -> text(browser, "[data-followup='card']").contains("hết ngày 30/06/2099"));
      assertThat(text(browser, "[data-followup='card']")).contains("ban đầu: hết ngày 30/12/2099");
      waitLoaded(browser);
      assertTimelineEqualsTheApi(browser, key);
      browser.screenshot("43-thao-tac-da-thuc-hien");

      browser.driver().manage().window().setSize(new Dimension(390, 844));
      browser.go(COCKPIT + "#/ho-so-noi-dung/" + noticeId + "/6.2");
      waitLoaded(browser);
      assertThat(text(browser, "[data-followup='card']")).contains("Dừng thực hiện");
      assertPlainVietnamese(browser);
      assertFits(browser, 390);
      assertThat(browser.script("const cell = document.querySelector(\"[data-followup='timeline-table'] td\");"
          + "return getComputedStyle(cell).display;")).as("timeline rows stacked on a phone").isEqualTo("block");
      assertThat(browser.driver().findElements(By.cssSelector("[data-action='reopen']"))).hasSize(1);
      browser.screenshot("44-ho-so-dung-thuc-hien-390");
    }
  }

  @Test
  void anAuditorFindsAStoppedItemReadsItsTimelineAndIsKeptFromRawVariables() throws Exception {
    String stopped = noticeId + "/6.2";
    try (Browser browser = fixture.browser()) {
      browser.driver().manage().window().setSize(new Dimension(390, 844));
      browser.login("cockpit", AUDITOR, PASSWORD);
      browser.go(COCKPIT + "#/ho-so-noi-dung");
      search(browser, Map.of("notice", noticeId, "state", "STOPPED"));
      assertThat(foundKeys(browser)).containsExactly(stopped);
      assertThat(text(browser, "[data-followup='found']")).contains("Dừng thực hiện");
      assertFits(browser, 390);
      browser.screenshot("45-kiem-tra-tim-kiem-390");
      browser.press(browser.clickable(By.cssSelector("tr[data-business-key='" + stopped + "'] a[data-followup='item-link']")));
      waitLoaded(browser);
      assertThat(text(browser, "[data-followup='card']")).contains("Dừng thực hiện").doesNotContain("Hoàn tất");
      assertThat(browser.driver().findElements(By.cssSelector("[data-followup='office-actions']"))).isEmpty();
      assertTimelineEqualsTheApi(browser, stopped);
      assertPlainVietnamese(browser);

      browser.driver().manage().window().setSize(new Dimension(1400, 1000));
      assertFits(browser, 1400);
      browser.screenshot("46-kiem-tra-ho-so-1400");

      String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(ItemProcess.KEY)
          .processInstanceBusinessKey(noticeId + "/6.1").singleResult().getId();
      browser.go(COCKPIT + "#/process-instance/" + instance + "/runtime?tab=variables-tab");
      browser.waitUntil(d -> d.getCurrentUrl().contains("#/ho-so-noi-dung/"));
      waitLoaded(browser);
      assertThat(browser.driver().getCurrentUrl()).contains(noticeId);
      assertThat(text(browser, "[data-followup='card']")).contains("6.1");
    }
  }

  /** The rows of the page's timeline are the API's lines: as many, each with its time, step and text. */
  private void assertTimelineEqualsTheApi(Browser browser, String key) throws Exception {
    JsonNode audit = objectMapper.readTree(http.get("/api/audit/items/" + enc(key), AUDITOR, PASSWORD).body());
    JsonNode entries = audit.get("entries");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) browser.script(
        "return Array.from(document.querySelectorAll(\"[data-followup='timeline-table'] tbody tr\")).map(row => ({"
            + "index: Number(row.getAttribute('data-index')), text: row.textContent, shown: row.offsetParent !== null,"
            + "technical: row.classList.contains('followup-technical-row')}));");
    assertThat(rows).hasSize(entries.size());
    DateTimeFormatter minutes = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    long technical = 0;
    for (int i = 0; i < entries.size(); i++) {
      JsonNode entry = entries.get(i);
      Map<String, Object> row = rows.get(i);
      String rowText = (String) row.get("text");
      assertThat(((Number) row.get("index")).intValue()).isEqualTo(i);
      assertThat(rowText).contains(OffsetDateTime.parse(entry.get("at").asText())
          .atZoneSameInstant(DeadlineSchedule.VIETNAM).format(minutes));
      for (String field : List.of("step", "detail", "deadlineText")) {
        if (entry.hasNonNull(field)) {
          assertThat(rowText).as("row " + i + " " + field).contains(entry.get(field).asText());
        }
      }
      if (entry.hasNonNull("user")) {
        assertThat(rowText).contains(audit.get("people").path(entry.get("user").asText()).asText(entry.get("user").asText()));
      }
      assertThat(row.get("technical")).isEqualTo(entry.get("technical").asBoolean());
      assertThat(row.get("shown")).as("row " + i + " shown before the toggle").isEqualTo(!entry.get("technical").asBoolean());
      technical += entry.get("technical").asBoolean() ? 1 : 0;
    }
    assertThat(technical).as("the engine's own lines are there, behind the toggle").isPositive();
    String plainText = text(browser, "[data-followup='timeline']");
    assertThat(plainText).doesNotContainPattern("(StartEvent|Task|Timer|ServiceTask|CallActivity)_[A-Za-z]+")
        .doesNotContain("00:00:00");
    browser.press(browser.driver().findElement(By.cssSelector("[data-followup='technical-toggle']")));
    browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("return Array.from(document.querySelectorAll("
        + "\"[data-followup='timeline-table'] tbody tr\")).every(row => row.offsetParent !== null);")));
    assertThat(text(browser, "[data-followup='timeline']")).containsPattern("(StartEvent|Task)_[A-Za-z]+");
    browser.screenshot("49-chi-tiet-ky-thuat-" + browser.script("return window.innerWidth;"));
    browser.press(browser.driver().findElement(By.cssSelector("[data-followup='technical-toggle']")));
  }

  /** No id and no English word of Camunda's on the product's page (the part the script draws). */
  private static void assertPlainVietnamese(Browser browser) {
    String page = text(browser, "[data-followup='item-page']");
    assertThat(page).doesNotContainPattern(UUID_PATTERN);
    for (String english : ENGLISH) {
      assertThat(page).as("English word on the page").doesNotContain(english);
    }
  }

  /** The page fits the window's width: nothing to scroll sideways, the timeline included. */
  private static void assertFits(Browser browser, int width) {
    @SuppressWarnings("unchecked")
    Map<String, Object> sizes = (Map<String, Object>) browser.script("const page = document.querySelector("
        + "'.followup-item-page'); const table = page.querySelector('table');"
        + "return {page: page.scrollWidth, pageBox: page.clientWidth, right: page.getBoundingClientRect().right,"
        + " table: table ? table.scrollWidth : 0, tableBox: table ? table.parentElement.clientWidth : 0,"
        + " window: window.innerWidth};");
    assertThat(((Number) sizes.get("page")).intValue()).as("page " + sizes)
        .isLessThanOrEqualTo(((Number) sizes.get("pageBox")).intValue());
    assertThat(((Number) sizes.get("table")).intValue()).as("table " + sizes)
        .isLessThanOrEqualTo(((Number) sizes.get("tableBox")).intValue());
    assertThat(((Number) sizes.get("right")).doubleValue()).as("page within the window " + sizes)
        .isLessThanOrEqualTo(width);
  }

  private static void search(Browser browser, Map<String, String> fields) {
    browser.visible(By.cssSelector("form[data-followup='search']"));
    browser.waitUntil(d -> "true".equals(d.findElement(By.cssSelector("[data-followup='item-search']"))
        .findElement(By.xpath("..")).getAttribute("data-loaded")));
    browser.script("const form = document.querySelector(\"form[data-followup='search']\");"
        + "form.querySelectorAll('input').forEach(input => { input.value = ''; });"
        + "form.querySelectorAll('select').forEach(select => { select.value = ''; });"
        + "Object.entries(arguments[0]).forEach(([name, value]) => { form.elements[name].value = value; });"
        + "form.parentElement.parentElement.setAttribute('data-loaded', 'false');"
        + "form.querySelector(\"[data-followup='search-button']\").click();", fields);
    browser.waitUntil(d -> "true".equals(d.findElement(By.cssSelector("[data-followup='item-search']"))
        .findElement(By.xpath("..")).getAttribute("data-loaded")));
  }

  @SuppressWarnings("unchecked")
  private static List<String> foundKeys(Browser browser) {
    return (List<String>) browser.script("return Array.from(document.querySelectorAll("
        + "\"[data-followup='found'] tbody tr\")).map(row => row.getAttribute('data-business-key'));");
  }

  private static void waitLoaded(Browser browser) {
    browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("const page = document.querySelector("
        + "\"[data-followup='item-page']\"); return !!page && page.parentElement.getAttribute('data-loaded') === 'true'"
        + " && !!page.querySelector(\"[data-followup='card']\");")));
  }

  private static String text(Browser browser, String selector) {
    Object text = browser.script("const node = document.querySelector(arguments[0]); return node ? node.innerText : '';",
        selector);
    return text == null ? "" : text.toString();
  }

  private static String fieldError(Browser browser, String field) {
    return text(browser, "[data-error-for='" + field + "']");
  }

  private static void type(Browser browser, String field, String value) {
    browser.script("const input = document.querySelector(\"[data-field='\" + arguments[0] + \"']\");"
        + "input.value = arguments[1]; input.dispatchEvent(new Event('input'));", field, value);
  }

  private static void select(Browser browser, String field, String value) {
    type(browser, field, value);
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private String registerNotice() {
    String id = "ho-so-td-" + UUID.randomUUID().toString().substring(0, 8);
    String notice = """
        {"id":"%s","number":"%d","symbol":"TB/HSTD","date":"2021-11-25","issuer":"thuong-truc-thanh-uy",
         "summary":"Hồ sơ nội dung trên trình duyệt","items":[
          {"number":"6.1","text":"Rà soát quỹ đất công %s của phường Xuân Tăng.","kind":"TASK","lead":"phong-tnmt",
           "coordinators":["phong-qldt"],"deadlines":[{"type":"RESPONSE","phrase":"xong trước 30/12/2099"}]},
          {"number":"6.2","text":"Cải tạo nhà văn hóa tổ dân phố %s.","kind":"TASK","lead":"phong-qldt",
           "coordinators":[],"deadlines":[{"type":"RESPONSE","phrase":"xong trước 30/12/2099"}]}]}"""
        .formatted(id, 90_000 + (int) (Math.random() * 9_000), word, word);
    HttpResponse<String> response = http.postJson("/api/notices", notice, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return id;
  }
}
