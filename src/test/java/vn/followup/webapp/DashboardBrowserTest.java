package vn.followup.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.followup.support.TestUsers.PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import vn.followup.item.ItemProcess;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.organisation.Roles;
import vn.followup.support.Browser;
import vn.followup.support.TestUsers;
import vn.followup.support.BrowserTest;
import vn.followup.support.ApplicationTestBase;

/**
 * Cockpit's follow-up dashboard "Tình hình thực hiện" for a supervisor, its absence for agency
 * staff, the task cards of agency staff in Tasklist, and the start pages of the webapps, in
 * headless Chromium. Screenshots go to {@code target/browser-screenshots}.
 */
@BrowserTest
class DashboardBrowserTest extends ApplicationTestBase {

  static final String SUPERVISOR = "tinhhinh.giamsat";
  static final String STAFF = "tinhhinh.ubnd";
  static final String DASHBOARD = "/camunda/app/cockpit/default/#/tinh-hinh-thuc-hien";
  static String noticeId;

  @BeforeEach
  void setUp() {
    Browser.assumeAvailable();
    fixture.user(SUPERVISOR, List.of(Roles.SUPERVISORS));
    fixture.user(STAFF, List.of("ubnd-thanh-pho"));
    if (noticeId == null) {
      noticeId = registerNotice();
    }
  }

  @Test
  void aSupervisorReadsTheDashboardWithTheApisFiguresForTodayAndAFrozenPastDate() throws Exception {
    LocalDate today = LocalDate.now(DeadlineSchedule.VIETNAM);
    try (Browser browser = fixture.browser()) {
      browser.login("cockpit", SUPERVISOR, PASSWORD);
      browser.visible(By.cssSelector("[data-followup='dashboard-menu']"));
      browser.visible(By.cssSelector("[data-followup='tiles'] [data-figure='total']"));
      browser.screenshot("20-cockpit-trang-dau");
      browser.press(browser.clickable(By.cssSelector("[data-followup='dashboard-menu']")));
      waitLoaded(browser);

      JsonNode todays = report(browser, "");
      assertThat(todays.get("summary").get("openOverdue").asInt()).isPositive();
      assertFiguresEqual(browser, todays);
      browser.screenshot("21-tinh-hinh-thuc-hien");

      selectNotice(browser, noticeId);
      JsonNode ours = report(browser, "notice=" + noticeId);
      assertFiguresEqual(browser, ours);
      assertThat(ours.get("summary").get("total").asInt()).isEqualTo(3);

      String yesterday = today.minusDays(1).toString();
      browser.script("const input = document.querySelector(\"input[name='followup-as-of']\");"
          + "input.value = arguments[0]; input.dispatchEvent(new Event('change'));", dmy(today.minusDays(1)));
      waitLoaded(browser);
      JsonNode frozen = report(browser, "asOf=" + yesterday + "&notice=" + noticeId);
      assertFiguresEqual(browser, frozen);
      assertThat(frozen.get("summary").get("total").asInt()).as("registered today, so not yet there yesterday")
          .isZero();
      assertThat(browser.pageText()).contains("Số liệu đến hết ngày " + dmy(today.minusDays(1)), "chốt");

      browser.script("const input = document.querySelector(\"input[name='followup-as-of']\");"
          + "input.value = arguments[0]; input.dispatchEvent(new Event('change'));", dmy(today));
      waitLoaded(browser);
      assertFiguresEqual(browser, ours);

      String href = browser.visible(By.cssSelector("a[data-followup='xlsx']")).getAttribute("href");
      assertThat(href).contains("format=xlsx").contains("notice=" + noticeId);
      byte[] xlsx = download(browser, href);
      try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
        assertThat(summaryFigures(workbook.getSheet("Tổng hợp"))).containsAll(List.of(
            ours.get("summary").get("total").asInt(), ours.get("summary").get("openOverdue").asInt(),
            ours.get("summary").get("openInTerm").asInt()));
        // Only 1.1 is overdue; 1.2 and 2.1 are due in 2099.
        assertThat(text(workbook.getSheet("Quá hạn"))).contains("\t1.1\t").doesNotContain("\t1.2\t", "\t2.1\t");
      }
      assertThat(new String(download(browser, browser.visible(By.cssSelector("a[data-followup='csv']"))
          .getAttribute("href")), java.nio.charset.StandardCharsets.UTF_8)).contains("1.1");

      // Below the tiles and the trend: found, then scrolled to by the press.
      WebElement agencyRow = browser.driver().findElement(By.cssSelector("[data-followup='agencies'] tr[data-agency='ubnd-thanh-pho']"));
      browser.press(agencyRow);
      // The row scrolled the controls out of Cockpit's view: the button is read, not looked at.
      browser.waitUntil(d -> d.findElement(By.cssSelector("a[data-followup='xlsx']")).getAttribute("href")
          .contains("agency=ubnd-thanh-pho"));
      assertThat(browser.driver().findElements(By.cssSelector("[data-followup='overdue'] tbody tr")))
          .as("the overdue list of the chosen agency").hasSize(1);
      browser.screenshot("22-tinh-hinh-loc-co-quan");

      // Each item opens its page "Hồ sơ nội dung", by its business key.
      String overdueKey = noticeId + "/1.1";
      assertThat(browser.driver().findElement(By.cssSelector("[data-followup='overdue'] a[data-business-key='"
          + overdueKey + "']")).getAttribute("href")).endsWith("#/ho-so-noi-dung/" + noticeId + "%2F1.1");
    }
  }

  @Test
  void agencyStaffHaveNoDashboardAndTheApiRefusesThem() {
    try (Browser browser = fixture.browser()) {
      browser.login("tasklist", STAFF, PASSWORD);
      Object status = browser.driver() instanceof org.openqa.selenium.JavascriptExecutor js
          ? js.executeAsyncScript("const done = arguments[arguments.length - 1];"
              + "fetch('/api/reports/status', {credentials: 'same-origin', headers: {'X-Requested-With': 'XMLHttpRequest'}})"
              + ".then(r => done(r.status), e => done(String(e)));")
          : null;
      assertThat(status).isEqualTo(403L);
      browser.go(DASHBOARD);
      browser.waitUntil(d -> !d.findElements(By.cssSelector("input[ng-model='username'], .page-error, .alert")).isEmpty()
          || d.findElements(By.cssSelector("[cam-widget-header]")).size() > 0);
      assertThat(browser.driver().findElements(By.cssSelector("[data-followup='dashboard'], [data-followup='dashboard-menu']")))
          .isEmpty();
    }
  }

  @Test
  void agencyStaffSeeEachReceiptCardNameItsItemAndDeadlineEarliestDueFirst() {
    List<Task> receipts = taskService.createTaskQuery().processInstanceBusinessKeyLike(noticeId + "/%")
        .taskDefinitionKey(ItemProcess.Elements.TASK_RECEIVE).list();
    assertThat(receipts).hasSize(3);
    // Due on different days, in an order that is neither the items' nor their creation's.
    Map<String, Integer> daysAhead = Map.of("1.1", 9, "1.2", 3, "2.1", 6);
    for (Task task : receipts) {
      String number = (String) taskService.getVariable(task.getId(), ItemProcess.Vars.ITEM_NUMBER);
      task.setDueDate(Date.from(Instant.now().plus(daysAhead.get(number), ChronoUnit.DAYS)));
      taskService.saveTask(task);
    }
    // The three tasks go to a unit of their own, so that no other test's tasks of the same agency, due
    // earlier, push them off Tasklist's first page.
    String unit = "the-cong-viec-kiem-thu";
    if (identityService.createGroupQuery().groupId(unit).count() == 0) {
      org.camunda.bpm.engine.identity.Group group = identityService.newGroup(unit);
      group.setName("Đơn vị kiểm thử thẻ công việc");
      identityService.saveGroup(group);
      org.camunda.bpm.engine.authorization.Authorization access = authorizationService.createNewAuthorization(
          org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
      access.setGroupId(unit);
      access.setResource(org.camunda.bpm.engine.authorization.Resources.APPLICATION);
      access.setResourceId("tasklist");
      access.addPermission(org.camunda.bpm.engine.authorization.Permissions.ACCESS);
      authorizationService.saveAuthorization(access);
    }
    fixture.user("tinhhinh.thecongviec", List.of(unit));
    for (Task task : receipts) {
      taskService.deleteCandidateGroup(task.getId(), "ubnd-thanh-pho");
      taskService.addCandidateGroup(task.getId(), unit);
    }
    try (Browser browser = fixture.browser()) {
      browser.login("tasklist", "tinhhinh.thecongviec", PASSWORD);
      browser.clickable(By.xpath("//div[contains(@class,'task-filter')]//h4/a[contains(normalize-space(.),'Việc của đơn vị')]"))
          .click();
      browser.waitUntil(d -> d.getCurrentUrl().contains("sorting="));
      browser.waitUntil(d -> cards(browser).stream().filter(card -> card.contains(noticeId.substring(0, 4))
          || card.contains("Rà soát") || card.contains("Khẩn trương")).count() >= 3);
      browser.screenshot("24-the-cong-viec-cua-don-vi");
      // The sort header says the filter's real order: urgent first (priority, highest first), then the
      // earliest due; not Tasklist's own "Ngày tạo".
      browser.waitUntil(d -> sortHeader(browser).equals(List.of("Độ ưu tiên Giảm dần", "Hạn xử lý Tăng dần")));
      assertThat(browser.visible(By.cssSelector("ol.sorting-choice")).getText()).doesNotContain("Ngày tạo")
          .contains("Độ ưu tiên", "Hạn xử lý");
      assertThat(browser.driver().getCurrentUrl()).doesNotContain("created");
      browser.screenshot("24b-sap-xep-theo-do-uu-tien-va-han");
      List<String> ours = cards(browser).stream().filter(card -> card.contains("Tiếp nhận nội dung 1.")
          || card.contains("Tiếp nhận nội dung 2.1 ")).toList();
      assertThat(ours).hasSize(3);
      // Each step's own due date as its last day (the card's item deadline is another day, 30/12/2099).
      assertThat(ours.get(0)).contains("Tiếp nhận nội dung 1.2 — Khẩn trương rà soát", stepDue(receipts, "1.2"));
      assertThat(ours.get(1)).contains("Tiếp nhận nội dung 2.1 — Rà soát quỹ đất", stepDue(receipts, "2.1"));
      assertThat(ours.get(2)).contains("Tiếp nhận nội dung 1.1 — Rà soát hồ sơ", stepDue(receipts, "1.1"));
      for (String card : ours) {
        // The item's number is the name's; the notice and the deadline are the columns, from the item's card.
        assertThat(card).contains("Thông báo:", "Thông báo số", "Thời hạn:", "Hạn trả lời bằng văn bản: hết ngày")
            .doesNotContain("Nội dung số");
      }
    }
  }

  @Test
  void aSupervisorReadsNoEnglishSentenceOnTheDashboardsTheProcessAndInstanceViewsAndTheHistory() throws Exception {
    Set<String> english = englishPhrases();
    assertThat(english).as("phrases of Cockpit's en.json").hasSizeGreaterThan(1000);
    org.camunda.bpm.engine.runtime.ProcessInstance item = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ItemProcess.KEY).processInstanceBusinessKey(noticeId + "/1.1").singleResult();
    String cockpit = "/camunda/app/cockpit/default/";
    Map<String, String> pages = new java.util.LinkedHashMap<>();
    try (Browser browser = fixture.browser()) {
      browser.login("cockpit", SUPERVISOR, PASSWORD);
      browser.visible(By.cssSelector("[data-followup='tiles'] [data-figure='total']"));
      pages.put("Cockpit's dashboard", settledText(browser));
      browser.go(DASHBOARD);
      waitLoaded(browser);
      pages.put("Tình hình thực hiện", settledText(browser));
      browser.go(cockpit + "#/process-definition/" + item.getProcessDefinitionId() + "/runtime");
      pages.putAll(everyTab(browser, "process definition"));
      browser.go(cockpit + "#/process-instance/" + item.getId() + "/runtime");
      // The item's receipt waits inside its collapsed stage, which the instance's diagram names.
      browser.waitForText("Tiếp nhận, trả lời và thẩm định");
      pages.putAll(everyTab(browser, "process instance"));
      browser.screenshot("26-cockpit-khong-con-tieng-anh");
    }
    assertThat(pages.keySet()).as("pages and tabs read").contains("process instance: Lịch sử xử lý",
        "process definition: Phiên đã kết thúc");
    List<String> found = new ArrayList<>();
    pages.forEach((page, text) -> english.stream().filter(text::contains).forEach(phrase -> found.add(page + ": " + phrase)));
    pages.forEach((page, text) -> System.out.printf("Read %s: %d characters%n", page, text.length()));
    assertThat(found).as("English of Cockpit's en.json on the pages a supervisor reads").isEmpty();
    // Dates as dd/MM/yyyy: Cockpit's own ISO format (2026-12-06T09:08:50) is nowhere left to read.
    pages.forEach((page, text) -> assertThat(text).as(page + " dates")
        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"));
    assertThat(pages.get("process definition: Phiên đã kết thúc") + pages.get("process instance: Lịch sử xử lý"))
        .containsPattern("\\d{2}/\\d{2}/\\d{4}");
  }

  /** The text of each tab of the page's tabbed part (Cockpit's and the product's own), by its name. */
  private static Map<String, String> everyTab(Browser browser, String page) {
    By tabs = By.cssSelector(".ctn-tabbed .nav-tabs > li > a");
    browser.visible(tabs);
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    int count = browser.driver().findElements(tabs).size();
    for (int i = 0; i < count; i++) {
      WebElement tab = browser.driver().findElements(tabs).get(i);
      if (!tab.isDisplayed()) {
        // The Variables tab, for administrators only: anyone else is led to the item's page.
        continue;
      }
      String name = tab.getText().trim();
      browser.press(tab);
      texts.put(page + ": " + name, settledText(browser));
    }
    return texts;
  }

  /** The page's visible text once Cockpit has stopped loading: no loading note, the same text twice 500 ms apart. */
  private static String settledText(Browser browser) {
    String[] last = {null};
    browser.waitUntil(d -> {
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      String text = browser.pageText();
      boolean settled = text.equals(last[0]) && !text.contains("Đang tải") && !text.contains("Loading");
      last[0] = text;
      return settled;
    });
    return last[0].replaceAll("\\s+", " ");
  }

  /**
   * The phrases of two words or more of Cockpit's English labels: each label cut at its placeholders and
   * markup, without the labels Vietnamese keeps as they are (product names such as "Camunda Cockpit").
   */
  private Set<String> englishPhrases() throws Exception {
    JsonNode en;
    JsonNode vi;
    try (var in = getClass().getResourceAsStream("/META-INF/resources/webjars/camunda/app/cockpit/locales/en.json");
        var own = getClass().getResourceAsStream("/META-INF/resources/webjars/camunda/app/cockpit/locales/vi.json")) {
      en = objectMapper.readTree(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", ""));
      vi = objectMapper.readTree(own);
    }
    Set<String> kept = new java.util.HashSet<>();
    vi.get("labels").forEach(label -> kept.add(label.asText()));
    Set<String> phrases = new java.util.TreeSet<>();
    en.get("labels").forEach(label -> {
      if (kept.contains(label.asText())) {
        return;
      }
      for (String part : label.asText().split("\\{\\{.*?}}|\\{[^{}]*}|<[^>]*>|\\n")) {
        String phrase = part.replaceAll("\\s+", " ").trim().replaceAll("^[^A-Za-z]+|[^A-Za-z]+$", "");
        if (phrase.split("[^A-Za-z]+").length >= 2) {
          phrases.add(phrase);
        }
      }
    });
    return phrases;
  }

  /** "Hạn xử lý bước này: hết ngày …" of the receipt of the item with that number. */
  private static String stepDue(List<Task> receipts, String itemNumber) {
    Task receipt = receipts.stream().filter(task -> task.getName().startsWith("Tiếp nhận nội dung " + itemNumber + " "))
        .findFirst().orElseThrow();
    return "Hạn xử lý bước này: " + vn.followup.deadline.DeadlineTexts.endOf(receipt.getDueDate().toInstant().minusNanos(1)
        .atZone(vn.followup.deadline.DeadlineSchedule.VIETNAM).toLocalDate());
  }

  @Test
  void theStartPagesShowNoMigrationBannerAndNoLinkToAMissingPage() throws Exception {
    for (String user : List.of(STAFF, SUPERVISOR)) {
      try (Browser browser = fixture.browser()) {
        browser.login("tasklist", user, PASSWORD);
        for (String app : List.of("tasklist", "cockpit", "welcome")) {
          browser.go("/camunda/app/" + app + "/default/");
          browser.waitUntil(d -> "complete".equals(browser.script("return document.readyState")));
          settledText(browser);
          String page = user + " " + app;
          assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner")).stream()
              .filter(WebElement::isDisplayed).toList()).as(page).isEmpty();
          assertThat(browser.pageText()).as(page).doesNotContain("Camunda 8").doesNotContain("migrate")
              .doesNotContain("Tạo công việc");
          // The product's script names the page once the app has started; wait for it, then check.
          try {
            browser.waitUntil(d -> d.getTitle().contains("Theo dõi thực hiện kết luận"));
          } catch (org.openqa.selenium.TimeoutException late) {
            // asserted below, with the title it has
            browser.screenshot("25-title-" + app + "-" + user.replace('.', '-'));
          }
          assertThat(browser.driver().getTitle()).as(page).contains("Theo dõi thực hiện kết luận");
          Set<String> links = new LinkedHashSet<>();
          // Read in one script call: the webapps redraw their links while they load.
          @SuppressWarnings("unchecked")
          List<String> hrefs = (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
              .executeScript("return Array.from(document.querySelectorAll('a[href]')).map(a => a.href);");
          for (String href : hrefs) {
            if (href != null && href.startsWith("http://localhost:" + fixture.port())) {
              links.add(href.replaceFirst("#.*$", ""));
            }
          }
          assertThat(links).as(page).isNotEmpty();
          for (String href : links) {
            assertThat(status(browser, href)).as(page + ": " + href).isNotEqualTo(404);
          }
          browser.screenshot("25-" + app + "-" + user.replace('.', '-'));
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** Tasklist's sort header as staff read it: each order's label and the tooltip of its arrow. */
  private static List<String> sortHeader(Browser browser) {
    try {
      return browser.driver().findElements(By.cssSelector("ol.sorting-choice > li.sorting-choice")).stream()
          .map(choice -> choice.findElement(By.cssSelector(".sort-by")).getText().trim() + " "
              + choice.findElement(By.cssSelector(".sort-direction")).getAttribute("uib-tooltip"))
          .toList();
    } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
      return List.of();
    }
  }

  /** The cards' texts; read again when Tasklist redraws the list while it is being read. */
  private static List<String> cards(Browser browser) {
    for (int attempt = 0; ; attempt++) {
      try {
        return browser.driver().findElements(By.cssSelector(".tasks-list li.task")).stream().map(WebElement::getText)
            .toList();
      } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
        if (attempt == 5) {
          throw redrawn;
        }
      }
    }
  }

  private void selectNotice(Browser browser, String notice) {
    browser.waitUntil(d -> !d.findElements(By.cssSelector("select[name='followup-notice'] option[value='" + notice
        + "']")).isEmpty());
    browser.script("const select = document.querySelector(\"select[name='followup-notice']\");"
        + "select.value = arguments[0]; select.dispatchEvent(new Event('change'));", notice);
    waitLoaded(browser);
  }

  private static void waitLoaded(Browser browser) {
    browser.waitUntil(d -> !d.findElements(By.cssSelector(".followup-dashboard[data-followup='dashboard']")).isEmpty()
        && "true".equals(browser.script("const page = document.querySelector(\"[data-followup='dashboard']\");"
            + "return page && page.parentElement.getAttribute('data-loaded');")));
  }

  /** The report as the API answers it to the supervisor, with Basic credentials. */
  private JsonNode report(Browser browser, String query) throws Exception {
    HttpResponse<String> response = fixture.http().get("/api/reports/status" + (query.isEmpty() ? "" : "?" + query),
        SUPERVISOR, PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return objectMapper.readTree(response.body());
  }

  private void assertFiguresEqual(Browser browser, JsonNode report) {
    JsonNode summary = report.get("summary");
    assertThat(report.get("figures")).as("every figure of the report has a heading").hasSize(summary.size());
    for (JsonNode heading : report.get("figures")) {
      String figure = heading.get("key").asText();
      WebElement tile = browser.visible(By.cssSelector("[data-followup='tiles'] [data-figure='" + figure + "']"));
      assertThat(tile.findElement(By.cssSelector(".followup-tile-value")).getText()).as(figure)
          .isEqualTo(display(figure, summary.get(figure)));
      assertThat(tile.findElement(By.cssSelector(".followup-tile-label")).getText()).as(figure + "'s heading")
          .isEqualTo(heading.get("label").asText());
    }
    if (!report.get("agencies").isEmpty()) {
      // Read, not looked at: the agency table may lie below Cockpit's visible part.
      List<String> headers = browser.driver().findElements(By.cssSelector("[data-followup='agencies'] thead th"))
          .stream().map(th -> th.getAttribute("textContent").trim()).toList();
      assertThat(headers).as("the agency table's headings are the report's").startsWith(
          report.get("columns").get("rank").asText(), report.get("columns").get("leadAgency").asText(),
          report.get("figures").get(0).get("label").asText());
    }
    List<String> agencies = new ArrayList<>();
    report.get("agencies").forEach(row -> agencies.add(row.get("agency").asText()));
    List<WebElement> rows = browser.driver().findElements(By.cssSelector("[data-followup='agencies'] tbody tr"));
    assertThat(rows.stream().map(row -> row.getAttribute("data-agency")).toList()).as("agencies in rank order")
        .isEqualTo(agencies);
    for (int i = 0; i < rows.size(); i++) {
      JsonNode totals = report.get("agencies").get(i).get("totals");
      for (WebElement cell : rows.get(i).findElements(By.cssSelector("td[data-figure]"))) {
        String figure = cell.getAttribute("data-figure");
        assertThat(cell.getAttribute("textContent").trim()).as(agencies.get(i) + " " + figure)
            .isEqualTo(display(figure, totals.get(figure)));
      }
    }
  }

  private static String display(String figure, JsonNode value) {
    if (figure.endsWith("Share")) {
      return value == null || value.isNull() ? "—" : value.asText().replace('.', ',') + " %";
    }
    return value.asText();
  }

  private static String dmy(LocalDate date) {
    return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }

  /** What the browser's session gets at that address (the download a click on the button starts). */
  private static byte[] download(Browser browser, String href) throws Exception {
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request(browser, href),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as(href).isEqualTo(200);
    return response.body();
  }

  private static int status(Browser browser, String href) throws Exception {
    return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
        .send(request(browser, href), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static HttpRequest request(Browser browser, String href) {
    String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
    return HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build();
  }

  private static List<Integer> summaryFigures(Sheet sheet) {
    List<Integer> numbers = new ArrayList<>();
    for (Row row : sheet) {
      row.forEach(cell -> {
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
          numbers.add((int) cell.getNumericCellValue());
        }
      });
    }
    return numbers;
  }

  private static String text(Sheet sheet) {
    StringBuilder text = new StringBuilder();
    for (Row row : sheet) {
      row.forEach(cell -> text.append(cell.toString()).append('\t'));
      text.append('\n');
    }
    return text.toString();
  }

  /** Three items of ubnd-thanh-pho: 1.1 overdue since 2021, 1.2 and 2.1 due in 2099. */
  private String registerNotice() {
    String id = "tinh-hinh-" + UUID.randomUUID().toString().substring(0, 8);
    String item = """
        {"number":"%s","text":"%s","kind":"RECOMMENDATION","lead":"ubnd-thanh-pho","coordinators":[],
         "deadlines":[{"type":"RESPONSE","phrase":"%s"}]}""";
    String notice = """
        {"id":"%s","number":"%d","symbol":"TB/TU","date":"2021-11-25","issuer":"thuong-truc-thanh-uy",
         "summary":"Kiểm thử bảng tình hình","items":[%s,%s,%s]}
        """.formatted(id, 1 + Math.floorMod(id.hashCode(), 99999),
        item.formatted("1.1", "Rà soát hồ sơ đất đai của các hộ dân khu vực trung tâm phường.", "xong trước 30/12/2021"),
        item.formatted("1.2", "Khẩn trương rà soát, hoàn thiện hồ sơ giải phóng mặt bằng.", "xong trước 30/12/2099"),
        item.formatted("2.1", "Rà soát quỹ đất sạch để giao cho nhà đầu tư.", "xong trước 30/12/2099"));
    HttpResponse<String> response = fixture.http().postJson("/api/notices", notice, TestUsers.ADMIN,
        TestUsers.ADMIN_PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return id;
  }
}
