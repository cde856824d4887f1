package vn.followup.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.followup.support.TestUsers.PASSWORD;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;
import vn.followup.item.ItemProcess;
import vn.followup.item.ItemProcess.Elements;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.organisation.Roles;
import vn.followup.support.Browser;
import vn.followup.support.TestData;
import vn.followup.support.TestPdfs;
import vn.followup.support.BrowserTest;
import vn.followup.support.ApplicationTestBase;

/**
 * The signed response document in headless Chromium, with the setting "the response needs its PDF"
 * as shipped (on): the lead agency's staff is refused the submission without a PDF, has a file that
 * only pretends to be a PDF refused in the tab "Văn bản đính kèm", attaches the signed PDF, sees its
 * SHA-256 and signer and submits; the office opens the file from its review task and accepts the
 * response; an auditor finds the file with its hash and signer in Cockpit's "Lịch sử xử lý" and
 * downloads exactly those bytes. Screenshots go to {@code target/browser-screenshots}.
 */
@BrowserTest
@TestPropertySource(properties = "followup.documents.response-requires-pdf=true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DocumentsBrowserTest extends ApplicationTestBase {

  static final String LEAD = "vanbanky.ubnd";
  static final String OFFICE = "vanbanky.vptu";
  static final String AUDITOR = "vanbanky.kiemtra";
  static final String SIGNER = "Hoàng Đăng Khoa";
  static final String FILE_NAME = "Văn bản số 45-UBND-VP ngày 05.01.2026.pdf";
  static final String TAB = "Văn bản đính kèm";

  static String itemKey;
  static byte[] signedPdf;
  static String signedHash;

  @BeforeEach
  void setUp() {
    Browser.assumeAvailable();
    fixture.user(LEAD, List.of("ubnd-thanh-pho"));
    fixture.user(OFFICE, List.of("van-phong-thanh-uy"));
    fixture.user(AUDITOR, List.of(Roles.AUDITORS));
    if (itemKey == null) {
      itemKey = TestData.registerItem(fixture.http(), "ubnd-thanh-pho", List.of(), "xong trước 30/12/2099",
          "Rà soát, công bố công khai quy hoạch khu dân cư mới.");
      driver.complete(driver.task(itemInstance(), Elements.TASK_RECEIVE), LEAD,
          Map.of(Vars.FOCAL_OFFICER, "Trần Thị Bình"));
      signedPdf = TestPdfs.signed(SIGNER);
      signedHash = sha256(signedPdf);
    }
  }

  @Test
  @Order(1)
  void theLeadSubmitsTheResponseOnlyWithItsSignedPdfAttachedInTheTab() throws Exception {
    Path files = Files.createTempDirectory("van-ban");
    Path notPdf = Files.writeString(files.resolve("Báo cáo.pdf"), "Báo cáo bằng văn bản thường, không phải PDF.",
        StandardCharsets.UTF_8);
    Path signed = Files.write(files.resolve(FILE_NAME), signedPdf);
    try (Browser lead = fixture.browser()) {
      lead.login("tasklist", LEAD, PASSWORD);
      openTask(lead, "Việc của đơn vị", "Cập nhật văn bản trả lời");
      lead.claimTask();
      fillResponse(lead);
      lead.completeTask();
      lead.waitForText("Chưa đính kèm văn bản trả lời đã ký (tệp PDF)");
      lead.screenshot("vb-01-gui-khi-chua-dinh-kem");
      assertThat(lead.pageText()).as("the reason alone, not the engine's wrapping").doesNotContain("ENGINE-",
          "TaskListener", "Cannot submit");
      assertThat(taskOf(Elements.TASK_WRITE_RESPONSE)).as("the response is still open").isNotNull();

      openTab(lead);
      lead.waitForText("Chưa có văn bản nào được đính kèm.");
      attach(lead, notPdf);
      WebElement refusal = lead.visible(By.cssSelector(".followup-documents-status .alert-danger"));
      assertThat(refusal.getText()).contains("Tệp không phải là PDF").contains("kiểm tra theo nội dung tệp");
      lead.screenshot("vb-02-tep-gia-pdf-bi-tu-choi");
      assertThat(storedFiles()).isZero();

      attach(lead, signed);
      WebElement row = lead.visible(fileRow());
      assertThat(row.findElement(By.cssSelector("[data-followup='sha256']")).getText()).isEqualTo(signedHash);
      assertThat(row.getText()).contains(SIGNER, "05/01/2026 09:30", "Còn nguyên vẹn từ khi ký", LEAD);
      assertThat(lead.visible(By.cssSelector(".followup-documents-status .alert-success")).getText())
          .contains("Đã đính kèm " + FILE_NAME);
      lead.screenshot("vb-03-da-dinh-kem");

      openFormTab(lead);
      // The refusal is closed as a user would, so that it no longer covers the bottom of the form.
      lead.driver().findElements(By.cssSelector("button.close[ng-click^='removeNotification']")).forEach(lead::press);
      lead.screenshot("vb-03b-quay-lai-bieu-mau");
      fillResponse(lead);
      lead.completeTask();
      lead.waitUntil(d -> taskOf(Elements.TASK_REVIEW_RESPONSE) != null);
    }
    assertThat(taskOf(Elements.TASK_WRITE_RESPONSE)).isNull();
    assertThat(storedFiles()).isEqualTo(1);
  }

  @Test
  @Order(2)
  void theOfficeOpensTheFileFromItsReviewTaskAndAcceptsTheResponse() throws Exception {
    Path downloads = Files.createTempDirectory("tai-ve");
    try (Browser office = fixture.browser(downloads)) {
      office.login("tasklist", OFFICE, PASSWORD);
      openTask(office, "Chờ thẩm định", "Thẩm định văn bản trả lời");
      openTab(office);
      WebElement row = office.visible(fileRow());
      assertThat(row.findElement(By.cssSelector("[data-followup='sha256']")).getText()).isEqualTo(signedHash);
      assertThat(row.getText()).contains(SIGNER, "Cập nhật văn bản trả lời");
      assertThat(office.driver().findElements(By.cssSelector("[data-followup='document-file'],"
          + " [data-followup='document-remove']"))).as("the reviewer only reads").isEmpty();
      office.screenshot("vb-04-tham-dinh-xem-van-ban");
      office.press(row.findElement(By.cssSelector("[data-followup='document-link']")));
      assertThat(sha256(downloaded(office, downloads))).isEqualTo(signedHash);

      openFormTab(office);
      office.claimTask();
      office.press(office.clickable(By.xpath("//label[contains(normalize-space(.),'Chấp nhận')]")));
      office.completeTask();
      office.waitUntil(d -> taskOf(Elements.TASK_REVIEW_RESPONSE) == null);
    }
  }

  @Test
  @Order(3)
  void theAuditorFindsTheAcceptedFileWithItsHashAndSignerInCockpitAndOpensIt() throws Exception {
    Path downloads = Files.createTempDirectory("tai-ve");
    try (Browser auditor = fixture.browser(downloads)) {
      auditor.login("cockpit", AUDITOR, PASSWORD);
      auditor.go("/camunda/app/cockpit/default/#/process-instance/" + itemInstance()
          + "/runtime?tab=followup-instance-audit");
      WebElement row = auditor.visible(fileRow());
      assertThat(row.getText()).contains("SHA-256 " + signedHash, SIGNER, "05/01/2026 09:30",
          "còn nguyên vẹn từ khi ký", LEAD, "Cập nhật văn bản trả lời");
      // The rows are the audit API's entries for the item, one for one, with the same labels.
      WebElement table = auditor.visible(By.cssSelector("table[data-followup='audit']"));
      assertThat(CockpitAuditRows.shown(auditor, table)).as("Cockpit's rows against /api/audit")
          .isEqualTo(CockpitAuditRows.api(fixture.port(), itemKey, AUDITOR, PASSWORD));
      auditor.script("arguments[0].scrollIntoView({block: 'center'});", row);
      auditor.screenshot("vb-05-cockpit-lich-su-van-ban");
      auditor.press(row.findElement(By.cssSelector("[data-followup='document-link']")));
      assertThat(sha256(downloaded(auditor, downloads))).isEqualTo(signedHash);
    }
  }

  /** The file's entry in Tasklist's list of attached documents, or its line in Cockpit's audit table. */
  private static By fileRow() {
    return By.xpath("//*[@data-followup='documents' or @data-followup='audit']//*[@data-document-id]"
        + "[.//a[normalize-space(.)='" + FILE_NAME + "']]");
  }

  /**
   * Chooses the file with the tab's Vietnamese button (the browser's own file input lies transparent
   * over it), again if the tab redrew its list meanwhile.
   */
  private static void attach(Browser browser, Path file) {
    browser.visible(By.xpath("//div[@data-followup='document-upload']//label[contains(.,'Chọn tệp để đính kèm')]"));
    browser.waitUntil(d -> {
      try {
        d.findElement(By.cssSelector("[data-followup='document-upload'] input[type='file']")).sendKeys(file.toString());
        return true;
      } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
        return false;
      }
    });
  }

  private void fillResponse(Browser browser) {
    browser.fill("Số văn bản", "45");
    browser.fill("Ký hiệu", "UBND-VP");
    fillDate(browser, "Ngày văn bản", "2026-01-05");
    browser.fill("Người ký", SIGNER);
    browser.fill("Trích yếu", "V/v công bố quy hoạch khu dân cư mới");
    browser.fill("Nội dung trả lời", "Đã công bố công khai quy hoạch tại trụ sở và trên cổng thông tin.");
    choose(browser, "Tình trạng thực hiện", "Đã hoàn thành");
  }

  /** The file the browser saved into the folder, once its download has finished. */
  private static byte[] downloaded(Browser browser, Path downloads) throws IOException {
    Path file = downloads.resolve(FILE_NAME);
    browser.waitUntil(d -> Files.isRegularFile(file) && !hasPartialDownload(downloads));
    return Files.readAllBytes(file);
  }

  private static boolean hasPartialDownload(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(path -> path.getFileName().toString().endsWith(".crdownload"));
    } catch (IOException e) {
      return true;
    }
  }

  private static void openTab(Browser browser) {
    browser.press(browser.clickable(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='" + TAB + "']")));
    browser.visible(By.cssSelector("div[data-followup='documents']"));
  }

  private static void openFormTab(Browser browser) {
    browser.press(browser.clickable(By.xpath("//ul[contains(@class,'nav-tabs')]//li[1]/a")));
    browser.visible(By.cssSelector(".fjs-form"));
  }

  private void openTask(Browser browser, String filter, String taskName) {
    browser.clickable(By.xpath("//div[contains(@class,'task-filter')]//h4/a[contains(normalize-space(.),'" + filter + "')]"))
        .click();
    String taskId = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(itemKey).active().list()
        .stream().filter(task -> task.getName().startsWith(taskName + " ")).findFirst().orElseThrow().getId();
    browser.visible(By.cssSelector(".tasks-list"));
    browser.script("const hash = window.location.hash.replace(/([?&])task=[^&]*/, '');"
        + "window.location.hash = hash + (hash.includes('?') ? '&' : '?') + 'task=' + arguments[0];", taskId);
    browser.visible(By.cssSelector(".fjs-form"));
  }

  private static void fillDate(Browser browser, String label, String isoDate) {
    String[] parts = isoDate.split("-");
    WebElement input = browser.clickable(By.xpath("//label[contains(normalize-space(.),'" + label
        + "')]/following::input[1]"));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(parts[2] + "/" + parts[1] + "/" + parts[0], Keys.ENTER);
  }

  private static void choose(Browser browser, String label, String option) {
    By chosen = By.xpath("//label[contains(normalize-space(.),'" + label + "')]/following::*[contains(@class,"
        + "'fjs-select-display')][1][normalize-space(.)='" + option + "']");
    if (!browser.driver().findElements(chosen).isEmpty()) {
      return;
    }
    WebElement display = browser.clickable(By.xpath("//label[contains(normalize-space(.),'" + label
        + "')]/following::*[contains(@class,'fjs-select-display')][1]"));
    // At the top of the pane, so that neither its list nor a notification at the bottom hides the options.
    browser.script("arguments[0].scrollIntoView({block: 'start'});", display);
    new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(display).click().perform();
    WebElement item = browser.clickable(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='"
        + option + "']"));
    new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(item).click().perform();
    try {
      browser.waitUntil(d -> !d.findElements(chosen).isEmpty());
    } catch (org.openqa.selenium.TimeoutException e) {
      browser.screenshot("vb-khong-chon-duoc-" + Math.abs(label.hashCode()));
      throw e;
    }
  }

  private int storedFiles() {
    return jdbc.queryForObject("select count(*) from followup_document where business_key = ?", Integer.class, itemKey);
  }

  private String itemInstance() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ItemProcess.KEY)
        .processInstanceBusinessKey(itemKey).singleResult().getId();
  }

  private Task taskOf(String taskDefinitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(itemKey)
        .taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
