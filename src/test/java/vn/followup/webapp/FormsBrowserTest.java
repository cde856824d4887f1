package vn.followup.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.followup.support.TestUsers.PASSWORD;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;
import vn.followup.item.ItemProcess;
import vn.followup.item.ItemProcess.Elements;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.support.Browser;
import vn.followup.support.TestData;
import vn.followup.support.TestPdfs;
import vn.followup.support.BrowserTest;
import vn.followup.support.ApplicationTestBase;

/**
 * Camunda Forms in Tasklist as agency staff and the office meet them, in headless Chromium at
 * 1400×1000 and 390×844: no English word of form-js in any form of the product (each form of
 * {@code forms/} rendered in Tasklist's own form-js and validated), an impossible typed date refused
 * beside its field, the server's refusal shown under the field it names and no notice over the form's
 * buttons, a draft saved with "Lưu" in one browser restored in a fresh one, the response form's line
 * about its signed PDF, and the review form's "Số, ký hiệu" and author by name. Screenshots go to
 * {@code target/browser-screenshots}.
 */
@BrowserTest
@TestPropertySource(properties = "followup.documents.response-requires-pdf=true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FormsBrowserTest extends ApplicationTestBase {

  static final String AGENCY = "thanh-tra-thanh-pho";
  static final String LEAD = "bieumau.thanhtra";
  static final String OFFICE = "bieumau.vptu";
  static final String FILE_NAME = "Văn bản số 45-TTr ngày 05.01.2026.pdf";
  static final String LOCALE_SCRIPT = "/camunda/app/tasklist/scripts/followup-form-locale.js?bust=7.24.0";

  static String itemKey;

  @BeforeEach
  void setUp() {
    Browser.assumeAvailable();
    fixture.user(LEAD, "Nguyễn Văn", "An", List.of(AGENCY));
    fixture.user(OFFICE, List.of("van-phong-thanh-uy"));
    if (itemKey == null) {
      itemKey = TestData.registerItem(fixture.http(), AGENCY, List.of(), "xong trước 30/12/2099",
          "Thanh tra việc quản lý đất công tại các phường.");
      driver.complete(driver.task(itemInstance(), Elements.TASK_RECEIVE), LEAD,
          Map.of(Vars.FOCAL_OFFICER, "Trần Thị Bình"));
    }
  }

  @Test
  @Order(1)
  void theResponseFormSpeaksVietnameseAndPutsEveryErrorBesideItsFieldClearOfTheButtons() {
    try (Browser lead = fixture.browser()) {
      lead.driver().manage().window().setSize(new Dimension(1400, 1000));
      lead.login("tasklist", LEAD, PASSWORD);
      openTask(lead, Elements.TASK_WRITE_RESPONSE);
      lead.claimTask();
      lead.waitForText("Văn bản trả lời đã ký (tệp PDF):");
      lead.waitForText("bắt buộc, chưa đính kèm");

      // Nothing filled in: form-js's own checks name each required field in Vietnamese.
      lead.completeTask();
      lead.waitForText("Số văn bản là bắt buộc.");
      assertThat(englishIn(lead)).as("form-js English in the response form").isEmpty();
      lead.screenshot("bm-01-bat-buoc");

      // An impossible date is refused beside its field, the typed text kept, and nothing rolled over.
      for (String impossible : List.of("32/13/2026", "31/02/2027")) {
        typeDate(lead, "Ngày văn bản", impossible);
        WebElement error = lead.visible(By.cssSelector(".followup-date-error"));
        assertThat(error.getText()).contains("«" + impossible + "» không phải là ngày có thật");
        assertThat(fieldOf(lead, "Ngày văn bản").findElement(By.cssSelector(".followup-date-error"))).isNotNull();
        assertThat(dateInput(lead, "Ngày văn bản").getAttribute("value")).isEqualTo(impossible);
      }
      lead.screenshot("bm-02-ngay-khong-co-that");
      typeDate(lead, "Ngày văn bản", "05/01/2026");
      lead.waitUntil(d -> d.findElements(By.cssSelector(".followup-date-error")).isEmpty());

      fillResponse(lead);
      lead.completeTask();
      // The server's refusal (no signed PDF attached) under the line it concerns, the notice clear of the buttons.
      WebElement refusal = lead.visible(By.cssSelector(".followup-server-error"));
      assertThat(refusal.getText()).contains("Chưa đính kèm văn bản trả lời đã ký (tệp PDF)");
      assertThat((Boolean) lead.script("return !!arguments[0].closest('.followup-for-responseDocument');", refusal))
          .isTrue();
      assertErrorsClearOfButtons(lead, "1400");
      lead.screenshot("bm-03-loi-may-chu-canh-truong");

      lead.driver().manage().window().setSize(new Dimension(390, 844));
      lead.completeTask();
      lead.visible(By.cssSelector(".followup-server-error"));
      assertErrorsClearOfButtons(lead, "390");
      lead.screenshot("bm-04-loi-may-chu-dien-thoai");
    }
    assertThat(taskOf(Elements.TASK_WRITE_RESPONSE)).as("still open").isNotNull();
  }

  @Test
  @Order(2)
  void aDraftSavedInOneBrowserIsRestoredInAFreshOne() {
    try (Browser first = fixture.browser()) {
      first.login("tasklist", LEAD, PASSWORD);
      openTask(first, Elements.TASK_WRITE_RESPONSE);
      first.fill("Số văn bản", "45");
      first.fill("Trích yếu", "V/v thanh tra quản lý đất công");
      first.press(first.clickable(By.cssSelector("button[ng-click='save($event)']")));
      first.waitForText("Đã lưu bản nháp lên máy chủ lúc");
      first.screenshot("bm-05-luu-ban-nhap");
    }
    try (Browser second = fixture.browser()) {
      second.login("tasklist", LEAD, PASSWORD);
      openTask(second, Elements.TASK_WRITE_RESPONSE);
      assertThat((Object) second.script("return Object.keys(window.localStorage).filter(k => k.startsWith('camunda-form:')).length"))
          .as("a fresh browser: no draft of its own").isEqualTo(0L);
      second.waitUntil(d -> "45".equals(input(second, "Số văn bản").getAttribute("value")));
      assertThat(input(second, "Trích yếu").getAttribute("value")).isEqualTo("V/v thanh tra quản lý đất công");
      second.screenshot("bm-06-ban-nhap-o-may-khac");
    }
  }

  @Test
  @Order(3)
  void theResponseFormNamesItsAttachedPdfAndTheReviewShowsNumberSymbolAndAuthorByName() throws Exception {
    Task task = taskOf(Elements.TASK_WRITE_RESPONSE);
    if (task.getAssignee() == null) {
      engine.getTaskService().claim(task.getId(), LEAD);
    }
    fixture.http().send("POST", "/api/tasks/" + task.getId() + "/documents?name="
        + java.net.URLEncoder.encode(FILE_NAME, java.nio.charset.StandardCharsets.UTF_8), "application/octet-stream",
        java.net.http.HttpRequest.BodyPublishers.ofByteArray(TestPdfs.signed("Nguyễn Văn An")), LEAD, PASSWORD);
    try (Browser lead = fixture.browser()) {
      lead.login("tasklist", LEAD, PASSWORD);
      openTask(lead, Elements.TASK_WRITE_RESPONSE);
      lead.waitForText("đã đính kèm " + FILE_NAME);
      fillResponse(lead);
      lead.completeTask();
      lead.waitUntil(d -> taskOf(Elements.TASK_REVIEW_RESPONSE) != null);
    }
    try (Browser office = fixture.browser()) {
      office.login("tasklist", OFFICE, PASSWORD);
      openTask(office, Elements.TASK_REVIEW_RESPONSE);
      office.waitForText("Số, ký hiệu: 45/TTr-VP");
      office.waitForText("Người soạn: Nguyễn Văn An");
      assertThat(office.pageText()).doesNotContain(LEAD);
      office.screenshot("bm-07-tham-dinh");
      // The signed PDF opens in the browser's viewer, in a tab of its own, from the documents tab.
      office.press(office.clickable(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Văn bản đính kèm']")));
      WebElement view = office.visible(By.cssSelector("[data-followup='document-view']"));
      assertThat(view.getText()).isEqualTo("Mở xem");
      assertThat(view.getAttribute("target")).isEqualTo("_blank");
      java.net.http.HttpResponse<byte[]> inline = fixture.http().getBytes(
          view.getAttribute("href").replaceFirst("^https?://[^/]+", ""), OFFICE, PASSWORD);
      assertThat(inline.statusCode()).isEqualTo(200);
      assertThat(inline.headers().firstValue("Content-Type")).hasValue("application/pdf");
      assertThat(inline.headers().firstValue("Content-Disposition").orElse("")).startsWith("inline");
    }
  }

  /**
   * Every form of the product rendered by Tasklist's own form-js (in the open task's form, schema
   * after schema), validated as on "Hoàn thành", with each repeating list's "Add new" pressed: no text
   * or attribute shows an English text of form-js's (followup-form-locale.js's table, imported here).
   */
  @Test
  @Order(4)
  void noFormOfTheProductShowsEnglishOfFormJs() throws IOException {
    List<String> schemas = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file : files.filter(path -> path.toString().endsWith(".form")).sorted().toList()) {
        schemas.add(Files.readString(file));
      }
    }
    assertThat(schemas).hasSizeGreaterThan(15);
    try (Browser office = fixture.browser()) {
      office.login("tasklist", OFFICE, PASSWORD);
      openTask(office, Elements.TASK_REVIEW_RESPONSE);
      for (int i = 0; i < schemas.size(); i++) {
        String id = new ObjectMapper().readTree(schemas.get(i)).path("id").asText();
        Object rendered = office.script("""
            const schema = JSON.parse(arguments[0]);
            const container = document.querySelector('.fjs-container');
            const seen = new Set();
            const stack = [container.parentElement && container.parentElement.__k, container.__k];
            let form = null;
            while (stack.length && !form) {
              const node = stack.pop();
              if (!node || seen.has(node)) continue;
              seen.add(node);
              for (const value of Object.values(node.props || {})) {
                if (value && typeof value === 'object' && typeof value.getService === 'function') {
                  try { const f = value.getService('form'); if (f && f.importSchema) { form = f; } } catch (e) {}
                }
              }
              (node.__k || []).forEach(child => stack.push(child));
            }
            if (!form) return 'no form-js instance';
            return form.importSchema(schema, {}).then(() => { form.submit(); return 'ok'; }, e => String(e));
            """, schemas.get(i));
        assertThat(rendered).as(id).isEqualTo("ok");
        office.script("document.querySelectorAll('.fjs-repeat-render-add').forEach(b => b.click());");
        try {
          office.waitUntil(d -> englishIn(office).isEmpty());
        } catch (org.openqa.selenium.TimeoutException stillEnglish) {
          // asserted below, with what is left
        }
        assertThat(englishIn(office)).as("form-js English in " + id).isEmpty();
        if (id.equals("Form_RegisterNotice")) {
          assertThat(office.pageText()).contains("Thêm mới");
          office.screenshot("bm-08-them-moi");
        }
      }
    }
  }

  /** Texts and attributes of the rendered form that are form-js English (by the script's own table). */
  @SuppressWarnings("unchecked")
  private static List<String> englishIn(Browser browser) {
    Object found = browser.script("""
        return (async () => {
          const table = (await import(arguments[0])).ENGLISH.map(source => new RegExp(source));
          const shown = [];
          document.querySelectorAll('.fjs-container').forEach(form => {
            const walker = document.createTreeWalker(form, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (node.data.trim()) shown.push(node.data.trim());
            }
            form.querySelectorAll('[placeholder],[aria-label],[title],[alt]').forEach(element =>
              ['placeholder', 'aria-label', 'title', 'alt'].forEach(name => {
                const value = element.getAttribute(name);
                if (value) shown.push(value.trim());
              }));
          });
          return shown.filter(text => table.some(pattern => pattern.test(text)));
        })();
        """, LOCALE_SCRIPT);
    return found == null ? List.of() : (List<String>) found;
  }

  /** Every error of the form and Tasklist's notice lie clear of the Lưu and Hoàn thành buttons. */
  private static void assertErrorsClearOfButtons(Browser browser, String size) {
    Object overlaps = browser.script("""
        const boxes = selector => Array.from(document.querySelectorAll(selector))
          .filter(e => e.offsetParent !== null).map(e => e.getBoundingClientRect());
        const buttons = boxes("button[ng-click='complete()'], button[ng-click='save($event)']");
        const notices = Array.from(document.querySelectorAll('.alert, .notification'))
          .filter(e => e.offsetParent !== null && /Có lỗi|Chưa đính kèm/.test(e.textContent))
          .map(e => e.getBoundingClientRect());
        const errors = boxes('.fjs-form-field-error');
        const hit = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const found = [];
        buttons.forEach(button => notices.concat(errors).forEach(box => {
          if (hit(button, box)) found.push(JSON.stringify([button, box]));
        }));
        return found;
        """);
    assertThat((List<?>) overlaps).as("notices or errors over the buttons at " + size).isEmpty();
  }

  private void fillResponse(Browser browser) {
    browser.fill("Số văn bản", "45");
    browser.fill("Ký hiệu", "TTr-VP");
    typeDate(browser, "Ngày văn bản", "05/01/2026");
    browser.fill("Người ký", "Hoàng Đăng Khoa");
    browser.fill("Trích yếu", "V/v thanh tra quản lý đất công");
    browser.fill("Nội dung trả lời", "Đã thanh tra và xử lý theo quy định.");
    choose(browser, "Tình trạng thực hiện", "Đã hoàn thành");
  }

  private static WebElement fieldOf(Browser browser, String label) {
    return browser.visible(By.xpath("//label[contains(normalize-space(.),'" + label
        + "')]/ancestor::*[contains(concat(' ', @class, ' '), ' fjs-form-field ')][1]"));
  }

  private static WebElement dateInput(Browser browser, String label) {
    return fieldOf(browser, label).findElement(By.cssSelector("input.flatpickr-input, input"));
  }

  private static WebElement input(Browser browser, String label) {
    return browser.visible(By.xpath("//label[contains(normalize-space(.),'" + label
        + "')]/following::*[self::input or self::textarea][1]"));
  }

  private static void typeDate(Browser browser, String label, String text) {
    WebElement input = dateInput(browser, label);
    browser.script("arguments[0].scrollIntoView({block: 'center'});", input);
    input.click();
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text, Keys.ENTER);
  }

  private static void choose(Browser browser, String label, String option) {
    By chosen = By.xpath("//label[contains(normalize-space(.),'" + label + "')]/following::*[contains(@class,"
        + "'fjs-select-display')][1][normalize-space(.)='" + option + "']");
    if (!browser.driver().findElements(chosen).isEmpty()) {
      return;
    }
    WebElement display = browser.clickable(By.xpath("//label[contains(normalize-space(.),'" + label
        + "')]/following::*[contains(@class,'fjs-select-display')][1]"));
    browser.script("arguments[0].scrollIntoView({block: 'start'});", display);
    new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(display).click().perform();
    WebElement item = browser.clickable(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='"
        + option + "']"));
    new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(item).click().perform();
    browser.waitUntil(d -> !d.findElements(chosen).isEmpty());
  }

  private void openTask(Browser browser, String taskDefinitionKey) {
    String taskId = taskOf(taskDefinitionKey).getId();
    browser.visible(By.cssSelector(".tasks-list"));
    browser.script("const hash = window.location.hash.replace(/([?&])task=[^&]*/, '');"
        + "window.location.hash = hash + (hash.includes('?') ? '&' : '?') + 'task=' + arguments[0];", taskId);
    browser.visible(By.cssSelector(".fjs-form"));
  }

  private String itemInstance() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ItemProcess.KEY)
        .processInstanceBusinessKey(itemKey).singleResult().getId();
  }

  private Task taskOf(String taskDefinitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(itemKey)
        .taskDefinitionKey(taskDefinitionKey).singleResult();
  }
}
