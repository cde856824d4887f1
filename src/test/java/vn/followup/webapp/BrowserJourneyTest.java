package vn.followup.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.followup.support.TestUsers.PASSWORD;

import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.followup.watch.DeadlineWatchProcess;
import vn.followup.item.ItemProcess;
import vn.followup.office.OfficeAction;
import vn.followup.organisation.Roles;
import vn.followup.support.Browser;
import vn.followup.support.TestData;
import vn.followup.support.TestUsers;
import vn.followup.support.BrowserTest;
import vn.followup.support.ApplicationTestBase;

/**
 * The staff journey in headless Chromium, in Vietnamese: the lead agency receives an item, the
 * coordinating agency gives its input, the lead answers, the office returns the answer once and
 * then accepts it; the supervisor follows in Cockpit, the auditor only reads; once the office has
 * closed the item, the auditor reads its path, timeline and operation log in Cockpit. Screenshots
 * of every step go to {@code target/browser-screenshots}.
 */
@BrowserTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserJourneyTest extends ApplicationTestBase {

  static final String LEAD = "hanhtrinh.ubnd";
  static final String COORDINATOR = "hanhtrinh.tnmt";
  static final String OFFICE = "hanhtrinh.vptu";
  static final String AUDITOR = "hanhtrinh.kiemtra";
  static final String PROPOSER = "hanhtrinh.danguy";
  static final String XSS_HTML = "<img src=x onerror=\"window.__xss=1;alert(1)\">";
  static final String XSS_ANGULAR = "{{constructor.constructor('window.__xss=2;alert(2)')()}}";
  static final String ITEM_TEXT = "Nghiên cứu quy hoạch, định hướng khu vực phát triển kinh tế nông nghiệp chất lượng cao.";

  static final By START_PROCESS = By.xpath("//a[@ng-click='open()'][contains(normalize-space(.),'Khởi tạo quy trình')]");

  static String itemKey;
  static String overdueKey;

  @BeforeEach
  void setUp() {
    Browser.assumeAvailable();
    user(LEAD, "ubnd-thanh-pho");
    user(COORDINATOR, "phong-tnmt");
    user(OFFICE, "van-phong-thanh-uy", Roles.SUPERVISORS);
    user(AUDITOR, Roles.AUDITORS);
    user(PROPOSER, "dang-uy-xuan-tang");
    if (itemKey == null) {
      itemKey = TestData.registerItem(fixture.http(), "ubnd-thanh-pho", List.of("phong-tnmt"), "xong trước 30/12/2099",
          ITEM_TEXT, "dang-uy-xuan-tang");
      register("phong-kinh-te", List.of(), "xong trước 30/12/2099", "Nội dung của một cơ quan khác.");
      overdueKey = register("ubnd-thanh-pho", List.of(), "xong trước 30/12/2021", "Nội dung đã quá hạn.");
    }
  }

  @Test
  @Order(1)
  void theLeadAgencyReceivesItsItemInTasklistInVietnamese() {
    try (Browser browser = fixture.browser()) {
      browser.go("/camunda/app/tasklist/default/");
      browser.waitForText("Đăng nhập");
      browser.screenshot("01-dang-nhap");
      browser.login("tasklist", LEAD, PASSWORD);
      openTask(browser, "Việc của đơn vị", "Tiếp nhận nội dung", itemKey);
      assertThat(browser.pageText()).contains(ITEM_TEXT).contains("hết ngày 30/12/2099")
          .doesNotContain("Nội dung của một cơ quan khác.");
      browser.claimTask();
      // The form's item context and the lead's units come from the item's card ({{item.…}}).
      assertThat(browser.visible(By.cssSelector(".fjs-form")).getText()).as("the item's context in the form")
          .contains(ITEM_TEXT, "Ủy ban nhân dân thành phố Lào Cai", "Phòng Tài nguyên và Môi trường thành phố Lào Cai",
              "hết ngày 30/12/2099", "Thông báo");
      WebElement units = browser.clickable(By.xpath("//label[contains(normalize-space(.),'Giao cho đơn vị trực thuộc')]"
          + "/following::input[contains(@class,'fjs-input')][1]"));
      browser.script("arguments[0].scrollIntoView({block: 'center'});", units);
      new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(units).click().perform();
      browser.visible(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)="
          + "'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố Lào Cai']"));
      browser.screenshot("01b-don-vi-truc-thuoc");
      units.sendKeys(Keys.ESCAPE);

      browser.completeTask();
      browser.waitUntil(d -> !d.findElements(By.cssSelector(".fjs-form-field-error")).isEmpty());
      browser.screenshot("02-thieu-truong-bat-buoc");
      assertThat(taskOf(itemKey, ItemProcess.Elements.TASK_RECEIVE)).as("nothing completed").isNotNull();

      browser.fill("Cán bộ đầu mối", "Nguyễn Văn An, Chánh Văn phòng");
      browser.screenshot("03-tiep-nhan");
      browser.completeTask();
      browser.waitUntil(d -> taskOf(itemKey, ItemProcess.Elements.TASK_RECEIVE) == null);
      assertThat(taskOf(itemKey, ItemProcess.Elements.TASK_COORDINATE)).isNotNull();
    }
  }

  @Test
  @Order(2)
  void theCoordinatingAgencyGivesItsInput() {
    try (Browser browser = fixture.browser()) {
      browser.login("tasklist", COORDINATOR, PASSWORD);
      openTask(browser, "Việc của đơn vị", "Cho ý kiến phối hợp", itemKey);
      browser.claimTask();
      browser.fill("Ý kiến của cơ quan phối hợp", "Phòng TN&MT thống nhất; đề nghị bổ sung bản đồ quy hoạch.");
      browser.screenshot("04-phoi-hop");
      browser.completeTask();
      browser.waitUntil(d -> taskOf(itemKey, ItemProcess.Elements.TASK_WRITE_RESPONSE) != null);
    }
  }

  @Test
  @Order(3)
  void theLeadAnswersAndTheOfficeReturnsItOnceThenAcceptsIt() {
    try (Browser lead = fixture.browser()) {
      inEnglish(lead);
      lead.login("tasklist", LEAD, PASSWORD);
      openTask(lead, "Việc của đơn vị", "Cập nhật văn bản trả lời", itemKey);
      lead.claimTask();
      assertThat(lead.script("return Intl.DateTimeFormat().resolvedOptions().locale")).as("browser's date locale")
          .isEqualTo("en-US");
      assertThat(selectShown(lead, "Tình trạng thực hiện")).as("empty select").isEqualTo("— Chọn —");
      assertThat(dateField(lead, "Ngày văn bản").getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
      assertNoEnglishWordOfFormJs(lead);
      lead.fill("Số văn bản", "45");
      lead.fill("Ký hiệu", "UBND-VP");
      dateField(lead, "Ngày văn bản").click();
      WebElement calendar = lead.visible(By.cssSelector(".flatpickr-calendar.open"));
      assertThat(calendar.findElement(By.cssSelector(".flatpickr-weekdays")).getText()).as("weekdays")
          .startsWith("T2").contains("CN");
      assertThat((List<Object>) lead.script("return Array.from(arguments[0].options).map(option => option.text);",
          calendar.findElement(By.cssSelector(".flatpickr-monthDropdown-months")))).as("months")
          .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(m -> (Object) ("Tháng " + m)).toList());
      lead.screenshot("05a-lich");
      fillDate(lead, "Ngày văn bản", "2021-11-25");
      assertThat(dateField(lead, "Ngày văn bản").getAttribute("value")).as("date typed").isEqualTo("25/11/2021");
      lead.fill("Người ký", "Hoàng Đăng Khoa");
      lead.fill("Trích yếu", "V/v trả lời kiến nghị " + XSS_HTML);
      lead.fill("Nội dung trả lời", "Đã chỉ đạo thực hiện. " + XSS_ANGULAR);
      choose(lead, "Tình trạng thực hiện", "Đã hoàn thành");
      lead.screenshot("05-van-ban-tra-loi");
      lead.completeTask();
      lead.screenshot("05b-sau-khi-gui");
      lead.waitUntil(d -> taskOf(itemKey, ItemProcess.Elements.TASK_REVIEW_RESPONSE) != null);
      assertNoScriptRan(lead);
    }
    assertThat(runtimeService.getVariable(instance(itemKey, ItemProcess.KEY).getId(), ItemProcess.Vars.RESPONSE_DATE))
        .as("date submitted").isEqualTo("2021-11-25");
    review("RETURN", "Trả lại để hoàn thiện", "Bổ sung số liệu cụ thể.");
    try (Browser lead = fixture.browser()) {
      inEnglish(lead);
      lead.login("tasklist", LEAD, PASSWORD);
      openTask(lead, "Việc của đơn vị", "Cập nhật văn bản trả lời", itemKey);
      // The answer returned comes from the server with its ISO date, shown as the office writes it.
      lead.waitUntil(d -> "25/11/2021".equals(dateField(lead, "Ngày văn bản").getAttribute("value")));
      assertNoEnglishWordOfFormJs(lead);
      lead.claimTask();
      assertThat(dateField(lead, "Ngày văn bản").getAttribute("value")).as("date kept").isEqualTo("25/11/2021");
      lead.waitForText("Bổ sung số liệu cụ thể.");
      lead.completeTask();
      lead.waitUntil(d -> taskOf(itemKey, ItemProcess.Elements.TASK_REVIEW_RESPONSE) != null);
    }
    review("ACCEPT", "Chấp nhận", null);
    assertThat(taskOf(itemKey, ItemProcess.Elements.TASK_CLOSE)).isNotNull();
  }

  @Test
  @Order(4)
  void theWardPartyCommitteeReceivesTheAcceptedAnswerToItsRecommendation() {
    try (Browser proposer = fixture.browser()) {
      proposer.login("tasklist", PROPOSER, PASSWORD);
      openTask(proposer, "Việc của đơn vị", "Nhận kết quả trả lời kiến nghị", itemKey);
      proposer.waitForText("Văn bản trả lời đã được chấp nhận");
      assertThat(proposer.pageText()).contains("45/UBND-VP", "25/11/2021", "Hoàng Đăng Khoa");
      proposer.claimTask();
      proposer.fill("Ý kiến của cơ quan đề xuất", "Đảng ủy phường đã nhận, thống nhất.");
      proposer.screenshot("07b-nhan-ket-qua-kien-nghi");
      proposer.completeTask();
      proposer.waitUntil(d -> taskOf(itemKey, ItemProcess.Elements.TASK_ACKNOWLEDGE_ANSWER) == null);
    }
    assertThat(historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance(itemKey, ItemProcess.KEY).getId())
        .variableName(ItemProcess.Vars.ACKNOWLEDGED_BY).singleResult().getValue()).isEqualTo(PROPOSER);
  }

  @Test
  @Order(5)
  void theSupervisorFollowsTheItemAndTheOverdueUrgeInCockpit() {
    ProcessInstance item = instance(itemKey, ItemProcess.KEY);
    ProcessInstance watch = instance(overdueKey, DeadlineWatchProcess.KEY);
    org.camunda.bpm.engine.task.Task late = taskOf(overdueKey, ItemProcess.Elements.TASK_RECEIVE);
    late.setDueDate(java.util.Date.from(java.time.Instant.now().minus(java.time.Duration.ofDays(2))));
    taskService.saveTask(late);
    try (Browser browser = fixture.browser()) {
      browser.login("tasklist", OFFICE, PASSWORD);
      browser.clickable(By.xpath("//div[contains(@class,'task-filter')]//h4/a[contains(normalize-space(.),'Quá hạn')]"))
          .click();
      browser.visible(By.cssSelector(".tasks-list a[href='#/?task=" + late.getId() + "']"));
      browser.screenshot("12-qua-han");
    }
    try (Browser browser = fixture.browser()) {
      browser.login("cockpit", OFFICE, PASSWORD);
      browser.waitForText("Quy trình");
      browser.screenshot("08-cockpit-tong-quan");
      browser.go("/camunda/app/cockpit/default/#/process-instance/" + item.getId() + "/runtime?tab=user-tasks-tab");
      browser.waitForText("Kết thúc theo dõi");
      browser.screenshot("09-cockpit-phien-quy-trinh");
      browser.go("/camunda/app/cockpit/default/#/process-instance/" + watch.getId() + "/runtime?tab=user-tasks-tab");
      browser.waitForText("Đôn đốc thực hiện");
      browser.screenshot("10-cockpit-don-doc");
      assertNoScriptRan(browser);
    }
  }

  @Test
  @Order(6)
  void theAuditorReadsInCockpitButFindsNothingThatChangesAnything() {
    ProcessInstance item = instance(itemKey, ItemProcess.KEY);
    try (Browser admin = fixture.browser()) {
      // Raw variables are the administrators': their table's headings are Vietnamese too.
      admin.login("cockpit", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
      admin.go("/camunda/app/cockpit/default/#/process-instance/" + item.getId() + "/runtime?tab=variables-tab");
      admin.waitForText("coordinatingAgencies");
      admin.waitUntil(d -> d.findElements(By.cssSelector("thead td.actions")).stream()
          .allMatch(cell -> "Thao tác".equals(cell.getText().trim())));
      assertThat(admin.pageText()).as("the variables table's headings").doesNotContain("Actions");
    }
    try (Browser browser = fixture.browser()) {
      browser.login("cockpit", AUDITOR, PASSWORD);
      browser.go("/camunda/app/cockpit/default/#/process-instance/" + item.getId() + "/runtime?tab=variables-tab");
      // Anyone else asking for them is led to the item's page "Hồ sơ nội dung".
      browser.waitUntil(d -> d.getCurrentUrl().contains("#/ho-so-noi-dung/"));
      browser.waitForText("Hồ sơ nội dung số");
      assertThat(browser.pageText()).doesNotContain("coordinatingAgencies");
      browser.go("/camunda/app/cockpit/default/#/process-instance/" + item.getId() + "/runtime?tab=user-tasks-tab");
      browser.visible(By.cssSelector(".ctn-tabbed .nav-tabs"));
      browser.screenshot("11-cockpit-kiem-tra");
      assertNoScriptRan(browser);
      try {
        browser.waitUntil(d -> (Boolean) browser.script("return document.body.classList.contains('followup-read-only')"));
      } catch (org.openqa.selenium.TimeoutException e) {
        throw new AssertionError("Cockpit did not switch to read-only; body: "
            + browser.script("return document.body.className"), e);
      }
      List<WebElement> actions = browser.driver().findElements(By.cssSelector(
          "[ng-click*='cancel'], [ng-click*='suspend'], [ng-click*='modif'], [ng-click*='retry'], [ng-click*='addVariable'],"
              + " [ng-click*='delete'], [ng-click*='migrat'], [ng-click*='edit'], [ng-click*='Edit'], a[href*='modify'],"
              + " [ng-click='openDialog()'], .btn-suspend-action"));
      assertThat(actions.stream().filter(WebElement::isDisplayed).map(e -> e.getAttribute("ng-click")).toList())
          .as("actions an auditor could use").isEmpty();
    }
  }

  @Test
  @Order(7)
  void sendsTheSecurityHeadersWithTheWebapps() {
    HttpResponse<String> response = fixture.http().get("/camunda/app/tasklist/default/");
    assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
        csp -> assertThat(csp).contains("script-src").contains("object-src 'none'"));
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("X-Frame-Options")).isPresent();
  }

  @Test
  @Order(8)
  void theAuditorOpensTheClosedItemInCockpitAndReadsItsPathTimelineAndOperationLog() throws Exception {
    closeAsTheOffice(taskOf(itemKey, ItemProcess.Elements.TASK_CLOSE));
    HistoricProcessInstance closed = historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(itemKey).processDefinitionKey(ItemProcess.KEY).finished().singleResult();
    assertThat(closed).as("closed item").isNotNull();
    try (Browser browser = fixture.browser()) {
      browser.login("cockpit", AUDITOR, PASSWORD);
      browser.go("/camunda/app/cockpit/default/#/process-definition/" + closed.getProcessDefinitionId() + "/runtime");
      browser.press(browser.clickable(By.xpath(
          "//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Phiên đã kết thúc']")));
      browser.visible(By.cssSelector("input[name='followup-business-key']")).sendKeys(itemKey, Keys.ENTER);
      browser.press(browser.clickable(By.cssSelector(
          "tr[data-instance-id='" + closed.getId() + "'] button.followup-open")));
      WebElement timeline = browser.visible(By.cssSelector(".followup-detail table[data-followup='audit']"));
      browser.visible(By.cssSelector(".djs-element.followup-path-done[data-element-id='"
          + ItemProcess.Elements.TASK_CLOSE + "']"));
      // Each stage is drawn collapsed with its own diagram: the auditor drills into the response stage
      // and its waiting part, where the path goes on.
      for (String stage : List.of(ItemProcess.Elements.SUBPROCESS_RESPONSE, ItemProcess.Elements.SUBPROCESS_AWAIT_RESPONSE)) {
        browser.press(browser.clickable(By.cssSelector(".djs-overlays[data-container-id='" + stage + "'] .bjs-drilldown")));
      }
      for (String done : List.of(ItemProcess.Elements.TASK_RECEIVE, ItemProcess.Elements.TASK_WRITE_RESPONSE)) {
        browser.visible(By.cssSelector(".djs-element.followup-path-done[data-element-id='" + done + "']"));
      }
      assertThat(browser.driver().findElements(By.cssSelector(".djs-element.followup-path-late"))).as("late marks")
          .isEmpty();
      assertThat(timeline.getText()).contains("Tiếp nhận nội dung", "Cập nhật văn bản trả lời", "Kết thúc theo dõi",
          LEAD, OFFICE, COORDINATOR, "Ủy ban nhân dân thành phố Lào Cai", "Nhận việc", "Hoàn thành công việc",
          "Số văn bản trả lời: 45", "Đánh giá kết quả thực hiện: Hoàn thành đúng hạn",
          "V/v trả lời kiến nghị " + XSS_HTML);
      // The rows are the audit API's entries for the item, one for one, with the same labels.
      assertThat(CockpitAuditRows.shown(browser, timeline)).as("Cockpit's rows against /api/audit")
          .isEqualTo(CockpitAuditRows.api(fixture.port(), itemKey, AUDITOR, PASSWORD));
      assertThat(browser.visible(By.cssSelector(".followup-detail a[data-followup='csv']")).getAttribute("href"))
          .endsWith("/api/audit/items/" + java.net.URLEncoder.encode(itemKey, java.nio.charset.StandardCharsets.UTF_8)
              .replace("+", "%20") + "?format=csv");
      browser.script("arguments[0].scrollIntoView({block: 'start'});", timeline);
      browser.screenshot("13-cockpit-kiem-tra-da-dong");
      assertNoScriptRan(browser);
    }
  }

  @Test
  @Order(9)
  void theOfficeStopsAnItemFromTasklistWithItsReasonWhichAgencyStaffAreNotOffered() throws Exception {
    String key = register("ubnd-thanh-pho", List.of(), "xong trước 30/12/2099",
        "Đầu tư xây dựng chợ trung tâm phường theo hình thức xã hội hóa.");
    try (Browser staff = fixture.browser()) {
      staff.login("tasklist", LEAD, PASSWORD);
      String offered = openStartProcess(staff);
      staff.screenshot("14-khoi-tao-quy-trinh-can-bo");
      assertThat(offered).as("processes offered to agency staff").contains("chưa có định nghĩa quy trình nào")
          .doesNotContain(java.util.Arrays.stream(OfficeAction.values()).map(OfficeAction::label).toArray(String[]::new));
      assertThat(staff.driver().findElement(START_PROCESS).isDisplayed()).as("\"Khởi tạo quy trình\" offered to staff")
          .isFalse();
    }
    String processKey = OfficeAction.STOP.processKey();
    String itemId = instance(key, ItemProcess.KEY).getId();
    long details = historyService.createHistoricDetailQuery().processInstanceId(itemId).count();
    // Other tests on the same database may have recorded stops of their own items before.
    long stops = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).count();
    try (Browser office = fixture.browser()) {
      office.login("tasklist", OFFICE, PASSWORD);
      office.visible(START_PROCESS);
      assertThat(openStartProcess(office)).as("processes offered to the office")
          .contains(java.util.Arrays.stream(OfficeAction.values()).map(OfficeAction::label).toArray(String[]::new));
      office.press(office.clickable(By.xpath("//ul[contains(@class,'processes')]//a[normalize-space(.)='"
          + OfficeAction.STOP.label() + "']")));
      office.visible(By.cssSelector(".modal .fjs-form"));
      fillDate(office, "Ngày văn bản quyết định", "2026-11-20");
      office.fill("Mã nội dung theo dõi", key);
      office.fill("Số, ký hiệu văn bản quyết định", "12-QĐ/TU");
      // Blank to the server, though not empty to the form: the server's rule refuses it, not the browser's.
      office.fill("Lý do", "   ");
      office.press(office.clickable(By.cssSelector("button[ng-click='startProcessInstance()']")));
      office.waitForText("Lý do là bắt buộc. Chưa có gì được thay đổi.");
      office.screenshot("15-dung-theo-doi-thieu-ly-do");
      assertThat(instance(key, ItemProcess.KEY)).as("item still followed").isNotNull();
      assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).count())
          .as("stop actions recorded").isEqualTo(stops);
      assertThat(historyService.createHistoricDetailQuery().processInstanceId(itemId).count())
          .as("changes to the item").isEqualTo(details);

      office.fill("Lý do", "Ban Thường vụ kết luận không tiếp tục đầu tư dự án.");
      office.screenshot("16-dung-theo-doi");
      office.press(office.clickable(By.cssSelector("button[ng-click='startProcessInstance()']")));
      office.waitUntil(d -> instance(key, ItemProcess.KEY) == null);
      office.waitForText("Đã khởi tạo quy trình.");
    }
    HttpResponse<String> audit = fixture.http().get("/api/audit/items/"
        + java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8), AUDITOR, PASSWORD);
    assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
    List<String> actions = new java.util.ArrayList<>();
    objectMapper.readTree(audit.body()).get("entries").forEach(entry -> actions.add(entry.get("detail").asText()));
    assertThat(actions.stream().filter(detail -> detail.startsWith("Thao tác của Văn phòng: ")).toList())
        .singleElement().asString().contains("Dừng theo dõi nội dung",
            "Lý do: Ban Thường vụ kết luận không tiếp tục đầu tư dự án.",
            "Văn bản quyết định số 12-QĐ/TU ngày 20/11/2026", "Người thực hiện: Kiểm Thử.");
  }

  /**
   * Opens Tasklist's "Khởi tạo quy trình" and returns the processes it offers, once loaded from the
   * server; opened by its link even where the link is hidden, so the list itself is what is checked.
   */
  private static String openStartProcess(Browser browser) {
    browser.waitUntil(d -> !d.findElements(START_PROCESS).isEmpty());
    browser.press(browser.driver().findElement(START_PROCESS));
    WebElement modal = browser.visible(By.cssSelector(".modal-content"));
    // The notice that nothing is offered stays in the page, hidden, while the list loads.
    browser.waitUntil(d -> d.findElements(By.cssSelector(".modal-content .available-processes, .modal-content .well"))
        .stream().anyMatch(WebElement::isDisplayed));
    assertThat(browser.driver().findElements(By.cssSelector(".modal-content .pagination"))).as("one page").isEmpty();
    return modal.getText();
  }

  /** Closes the item as the office user would, through the engine, so the operation log names the user. */
  private void closeAsTheOffice(org.camunda.bpm.engine.task.Task close) {
    identityService.setAuthentication(OFFICE, List.of("van-phong-thanh-uy", Roles.SUPERVISORS));
    try {
      taskService.claim(close.getId(), OFFICE);
      taskService.complete(close.getId(), java.util.Map.of("closureOutcome", "COMPLETED_ON_TIME",
          "closureNote", "Đã trả lời đầy đủ."));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void review(String decision, String label, String reason) {
    try (Browser office = fixture.browser()) {
      office.login("tasklist", OFFICE, PASSWORD);
      openTask(office, "Chờ thẩm định", "Thẩm định văn bản trả lời", itemKey);
      assertNoScriptRan(office);
      // The response's date, typed 25/11/2021, is shown as the office writes dates, not as stored.
      office.waitForText("Ngày văn bản: 25/11/2021");
      assertThat(office.pageText()).doesNotContain("2021-11-25");
      office.claimTask();
      office.press(office.clickable(By.xpath("//label[contains(normalize-space(.),'" + label + "')]")));
      if (reason != null) {
        office.fill("Lý do trả lại", reason);
      }
      office.screenshot("ACCEPT".equals(decision) ? "07-chap-nhan" : "06-tra-lai");
      office.completeTask();
      office.waitUntil(d -> taskOf(itemKey, ItemProcess.Elements.TASK_REVIEW_RESPONSE) == null);
      assertNoScriptRan(office);
    }
  }

  private void openTask(Browser browser, String filter, String taskName, String businessKey) {
    browser.clickable(By.xpath("//div[contains(@class,'task-filter')]//h4/a[contains(normalize-space(.),'" + filter + "')]"))
        .click();
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).active().list().stream()
        .filter(task -> task.getName().startsWith(taskName + " ")).findFirst().orElseThrow().getId();
    browser.visible(By.cssSelector(".tasks-list"));
    // The filter lists the earliest due first, a page at a time: in a database other tests have filled, this
    // item's task may be on a later page. It is opened by its address within the filter, as a mail's link does.
    browser.script("const hash = window.location.hash.replace(/([?&])task=[^&]*/, '');"
        + "window.location.hash = hash + (hash.includes('?') ? '&' : '?') + 'task=' + arguments[0];", taskId);
    browser.visible(By.cssSelector(".fjs-form"));
  }

  /** Types the date as the office writes it, dd/MM/yyyy, whatever the browser's language. */
  private static void fillDate(Browser browser, String label, String isoDate) {
    String[] parts = isoDate.split("-");
    dateField(browser, label).sendKeys(parts[2] + "/" + parts[1] + "/" + parts[0], Keys.ENTER);
  }

  private static WebElement dateField(Browser browser, String label) {
    return browser.visible(By.xpath("//label[contains(normalize-space(.),'" + label
        + "')]/following::input[contains(@class,'fjs-input')][1]"));
  }

  private static String selectShown(Browser browser, String label) {
    return browser.visible(By.xpath("//label[contains(normalize-space(.),'" + label
        + "')]/following::*[contains(@class,'fjs-select-display')][1]")).getText();
  }

  /**
   * A browser whose dates are American (month first), as a workstation left in English: Camunda
   * Forms must still show and read dates as dd/MM/yyyy.
   */
  private static void inEnglish(Browser browser) {
    ((org.openqa.selenium.chromium.ChromiumDriver) browser.driver()).executeCdpCommand("Emulation.setLocaleOverride",
        java.util.Map.of("locale", "en-US"));
  }

  /** No text or placeholder of the form in form-js's own English ("Select", "Search", "No results"). */
  private static void assertNoEnglishWordOfFormJs(Browser browser) {
    Object english = browser.script("const found = [];"
        + "const english = ['Select', 'Search', 'No results', 'All values selected'];"
        + "document.querySelectorAll('.fjs-container').forEach(form => {"
        + "  const texts = document.createTreeWalker(form, NodeFilter.SHOW_TEXT);"
        + "  while (texts.nextNode()) { if (english.includes(texts.currentNode.data.trim())) found.push(texts.currentNode.data); }"
        + "  form.querySelectorAll('[placeholder]').forEach(input => {"
        + "    if (english.includes(input.getAttribute('placeholder'))) found.push('placeholder ' + input.getAttribute('placeholder'));"
        + "  });"
        + "});"
        + "return found;");
    assertThat((List<?>) english).as("form-js's English words").isEmpty();
  }

  private static void choose(Browser browser, String label, String option) {
    WebElement display = browser.clickable(By.xpath("//label[contains(normalize-space(.),'" + label
        + "')]/following::*[contains(@class,'fjs-select-display')][1]"));
    browser.script("arguments[0].scrollIntoView({block: 'center'});", display);
    new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(display).click().perform();
    WebElement item = browser.clickable(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='"
        + option + "']"));
    new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(item).click().perform();
    browser.waitUntil(d -> d.findElements(By.xpath("//*[contains(@class,'fjs-select-display')][normalize-space(.)='"
        + option + "']")).size() > 0);
  }

  private static void assertNoScriptRan(Browser browser) {
    assertThat(browser.script("return window.__xss === undefined")).as("no injected script ran").isEqualTo(true);
  }

  private org.camunda.bpm.engine.task.Task taskOf(String businessKey, String taskDefinitionKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskDefinitionKey)
        .singleResult();
  }

  private ProcessInstance instance(String businessKey, String definitionKey) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .processDefinitionKey(definitionKey).singleResult();
  }

  private String register(String lead, List<String> coordinators, String deadline, String text) {
    return TestData.registerItem(fixture.http(), lead, coordinators, deadline, text);
  }

  private void user(String id, String... groups) {
    fixture.user(id, List.of(groups));
  }
}
