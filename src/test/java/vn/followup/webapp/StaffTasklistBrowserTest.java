package vn.followup.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.followup.support.TestUsers.PASSWORD;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.deadline.DeadlineTexts;
import vn.followup.deadline.DeadlineType;
import vn.followup.engine.EngineClock;
import vn.followup.item.ItemProcess;
import vn.followup.item.ItemProcess.Elements;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.item.ReviewDecision;
import vn.followup.report.Lifecycle;
import vn.followup.support.Browser;
import vn.followup.support.ResponseValues;
import vn.followup.support.TestData;
import vn.followup.support.TestPdfs;
import vn.followup.support.BrowserTest;
import vn.followup.support.ApplicationTestBase;

/**
 * The staff journey in Tasklist, in headless Chromium at 1400×1000 and then, in the same session, at
 * a phone's 390×844: the start page on "Việc của đơn vị" while "Việc của tôi" is empty, every
 * filter's count and no filter the staff can never fill, each card's item deadline as its last day
 * with the days left (amber when near, red when past), the step's own due date, "Bị trả lại" and
 * "Khẩn", the confirmation after "Hoàn thành", the "Đã gửi" list; on the phone a compact header, the
 * footer whole and the opened task at the top of the screen.
 */
@BrowserTest
class StaffTasklistBrowserTest extends ApplicationTestBase {

  static final String STAFF = "canbo.mttq";
  static final String OFFICE_USER = "thamdinh.mttq";
  /** An agency no other test gives tasks to: its lists hold this test's items only. */
  static final String AGENCY = "mttq-thanh-pho";
  static final String OFFICE = "van-phong-thanh-uy";
  static final String AMBER = "rgb(255, 243, 205)";
  static final String RED = "rgb(253, 226, 225)";

  @Autowired
  DeadlineSchedule schedule;

  @BeforeEach
  void setUp() {
    Browser.assumeAvailable();
    fixture.user(STAFF, List.of(AGENCY));
    fixture.user(OFFICE_USER, List.of(OFFICE));
  }

  @Test
  void agencyStaffSeeEachItemsDeadlineTheirCountsAndWhatTheySentAtDesktopAndPhoneSize() throws Exception {
    LocalDate today = today();
    LocalDate nearDay = today.plusDays(3);
    LocalDate pastDay = today.minusDays(3);
    String near = register("xong trước " + DeadlineTexts.DATE.format(nearDay), "Gần hạn: rà soát bến xe");
    String past = register("xong trước " + DeadlineTexts.DATE.format(pastDay), "Quá hạn: rà soát chợ");
    String urgent = register("khẩn trương", "Khẩn: khắc phục sạt lở");
    String returned = register("xong trước 30/12/2099", "Bị trả lại: cải tạo đường");
    String sent = register("xong trước 30/12/2099", "Đã gửi: lát vỉa hè");
    respond(receive(returned));
    Task review = driver.task(instance(returned), Elements.TASK_REVIEW_RESPONSE);
    driver.complete(review, OFFICE_USER, Map.of(Vars.REVIEW_DECISION, ReviewDecision.RETURN.name(),
        Vars.REVIEW_REASON, "Thiếu chữ ký của lãnh đạo."));
    respond(receive(sent));
    Task pastTask = driver.task(instance(past), Elements.TASK_RECEIVE);

    try (Browser browser = fixture.browser()) {
      browser.driver().manage().window().setSize(new Dimension(1400, 1000));
      browser.login("tasklist", STAFF, PASSWORD);

      // The start page: "Việc của tôi" is empty, so "Việc của đơn vị" opens, with every card drawn.
      Filter unit = engine.getFilterService().createFilterQuery().filterName("Việc của đơn vị").singleResult();
      browser.waitUntil(d -> String.valueOf(browser.script("return window.location.hash;")).contains(unit.getId())
          && cards(browser).size() == 4);
      browser.screenshot("can-bo-01-viec-cua-don-vi");
      assertThat(activeFilter(browser)).isEqualTo("Việc của đơn vị");

      // Every filter the staff may fill, each with its count as the engine counts it for them; not the office's.
      Map<String, String> counts = filterCounts(browser);
      assertThat(counts.keySet()).containsExactly("Việc của tôi", "Việc của đơn vị", "Quá hạn", "Sắp đến hạn");
      counts.forEach((name, shown) -> assertThat(shown).as(name).isEqualTo(String.valueOf(countAsStaff(name))));
      assertThat(counts.get("Việc của tôi")).isEqualTo("0");
      assertThat(counts.get("Việc của đơn vị")).isEqualTo("4");

      // The cards. Days are counted from the server's today: read before and after, for a run across midnight.
      LocalDate before = today();
      Map<String, Object> nearCard = card(browser, "Gần hạn");
      Map<String, Object> pastCard = card(browser, "Quá hạn");
      LocalDate after = today();
      assertThat(nearCard.get("deadline")).isIn(
          DeadlineType.RESPONSE.label() + ": " + DeadlineTexts.endOf(nearDay) + " · còn " + daysBetween(before, nearDay) + " ngày",
          DeadlineType.RESPONSE.label() + ": " + DeadlineTexts.endOf(nearDay) + " · còn " + daysBetween(after, nearDay) + " ngày");
      assertThat(nearCard.get("background")).as("amber when near").isEqualTo(AMBER);
      assertThat(pastCard.get("deadline")).isIn(
          DeadlineType.RESPONSE.label() + ": " + DeadlineTexts.endOf(pastDay) + " · quá hạn " + daysBetween(pastDay, before) + " ngày",
          DeadlineType.RESPONSE.label() + ": " + DeadlineTexts.endOf(pastDay) + " · quá hạn " + daysBetween(pastDay, after) + " ngày");
      assertThat(pastCard.get("background")).as("red when past").isEqualTo(RED);
      assertThat(pastCard.get("step")).isEqualTo("Hạn xử lý bước này: "
          + DeadlineTexts.endOf(schedule.lastDayOf(pastTask.getDueDate().toInstant())));
      assertThat(card(browser, "Bị trả lại").get("badges")).isEqualTo(List.of("Bị trả lại"));
      assertThat(card(browser, "Khẩn").get("badges")).isEqualTo(List.of("Khẩn"));
      assertThat(card(browser, "Gần hạn").get("badges")).isEqualTo(List.of());
      assertThat(browser.script("return Array.from(document.querySelectorAll('.tasks-list .priority, .tasks-list .due-date'))"
          + ".filter(e => e.offsetParent !== null).length;")).as("no bare priority number, no relative due").isEqualTo(0L);

      // "Hoàn thành" says what was sent and where it goes next.
      openCard(browser, "Gần hạn");
      browser.claimTask();
      browser.fill("Cán bộ đầu mối", "Nguyễn Văn Mạnh");
      browser.completeTask();
      browser.visible(By.id("followup-confirmation"));
      assertThat(browser.driver().findElement(By.cssSelector("#followup-confirmation .followup-confirmation-text"))
          .getText()).startsWith("Đã tiếp nhận nội dung 2.1.2. Việc tiếp theo (cập nhật văn bản trả lời)");
      browser.screenshot("can-bo-02-xac-nhan");
      // The next step of that item, the response, is the unit's work in turn.
      browser.waitUntil(d -> cards(browser).size() == 4 && cards(browser).stream()
          .anyMatch(card -> String.valueOf(card.get("name")).startsWith("Cập nhật văn bản trả lời 2.1.2 — Gần hạn")));

      // "Đã gửi": the responses the agency sent, with each item's state in words.
      browser.press(browser.clickable(By.cssSelector("#followup-confirmation .followup-confirmation-sent")));
      browser.visible(By.cssSelector(".followup-submitted-table, .followup-submitted-empty"));
      Map<String, Map<String, String>> submitted = submittedRows(browser);
      browser.screenshot("can-bo-03-da-gui");
      assertThat(submitted.keySet()).containsExactlyInAnyOrder(returned, sent);
      assertThat(submitted.get(sent).get("document")).isEqualTo("45/UBND-VP ngày 05/01/2026");
      assertThat(submitted.get(sent).get("state")).startsWith(Lifecycle.AWAITING_REVIEW.label());
      assertThat(submitted.get(returned).get("state")).startsWith(Lifecycle.IN_PROGRESS.label());
      browser.press(browser.clickable(By.xpath("//section[@id='followup-submitted']//button[normalize-space(.)='Đóng']")));

      // A phone: compact header, nothing cut off, the opened task at the top of the screen.
      ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
          Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
      browser.waitUntil(d -> (Long) browser.script("return window.innerWidth;") == 390L);
      // Tasklist lays out its columns for the screen it starts on, as a phone's browser would.
      browser.driver().navigate().refresh();
      browser.waitUntil(d -> cards(browser).size() == 4);
      browser.screenshot("can-bo-04-dien-thoai-danh-sach");
      @SuppressWarnings("unchecked")
      Map<String, Object> phone = (Map<String, Object>) browser.script("""
          const header = document.querySelector('[cam-widget-header]').getBoundingClientRect();
          const warning = document.querySelector('[cam-widget-header] .small-screen-warning');
          const footer = document.querySelector('footer[cam-widget-footer]');
          return {header: header.height, warning: !!warning && warning.offsetParent !== null,
            footerBottom: footer.getBoundingClientRect().bottom, height: window.innerHeight,
            footerCut: Array.from(footer.querySelectorAll('.row > div')).some(e => e.scrollWidth > e.clientWidth + 1
              || e.getBoundingClientRect().right > window.innerWidth + 1)};""");
      assertThat(((Number) phone.get("header")).doubleValue()).as("header height").isLessThanOrEqualTo(80);
      assertThat(phone.get("warning")).as("the unlabeled '!' of the header").isEqualTo(false);
      assertThat(((Number) phone.get("footerBottom")).doubleValue())
          .isLessThanOrEqualTo(((Number) phone.get("height")).doubleValue());
      assertThat(phone.get("footerCut")).as("the footer cut off").isEqualTo(false);

      openCard(browser, "Quá hạn");
      browser.visible(By.cssSelector(".fjs-form"));
      browser.waitUntil(d -> {
        @SuppressWarnings("unchecked")
        Map<String, Object> view = (Map<String, Object>) browser.script("""
            const title = document.querySelector('.task-details h2.task');
            const list = document.querySelector('.column.tasks-list');
            return {top: title ? title.getBoundingClientRect().top : -1, listShown: !!list && list.offsetParent !== null};""");
        double top = ((Number) view.get("top")).doubleValue();
        return top > 0 && top < 200 && Boolean.FALSE.equals(view.get("listShown"));
      });
      browser.screenshot("can-bo-05-dien-thoai-cong-viec");
      browser.press(browser.clickable(By.cssSelector(".followup-back-to-list")));
      browser.waitUntil(d -> cards(browser).size() == 4);
    }
  }

  private static LocalDate today() {
    return EngineClock.now().atZone(DeadlineSchedule.VIETNAM).toLocalDate();
  }

  private static long daysBetween(LocalDate from, LocalDate to) {
    return java.time.temporal.ChronoUnit.DAYS.between(from, to);
  }

  /** Registers a notice with one item of the agency and returns the item's business key. */
  private String register(String responsePhrase, String text) {
    return TestData.registerItem(http, AGENCY, List.of(), responsePhrase, text);
  }

  private String instance(String businessKey) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .processDefinitionKey(ItemProcess.KEY).singleResult().getId();
  }

  /** The staff receives the item and returns its response task. */
  private Task receive(String businessKey) {
    driver.complete(driver.task(instance(businessKey), Elements.TASK_RECEIVE), STAFF,
        Map.of(Vars.FOCAL_OFFICER, "Lê Thị Hoa"));
    return driver.task(instance(businessKey), Elements.TASK_WRITE_RESPONSE);
  }

  /** The staff attaches the signed response and sends it to the office. */
  private void respond(Task write) {
    HttpResponse<String> upload = http.postBytes("/api/tasks/" + write.getId() + "/documents?name=tra-loi.pdf",
        "application/octet-stream", TestPdfs.signed("Hoàng Đăng Khoa"), STAFF, PASSWORD);
    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
    driver.complete(write, STAFF, ResponseValues.of("DONE", "2026-01-05"));
  }

  private long countAsStaff(String filterName) {
    Filter filter = engine.getFilterService().createFilterQuery().filterName(filterName).singleResult();
    identityService.setAuthentication(STAFF, List.of(AGENCY));
    try {
      return engine.getFilterService().count(filter.getId());
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static String activeFilter(Browser browser) {
    return (String) browser.script("const a = document.querySelector('.task-filter.active h4 a');"
        + "return a ? a.firstChild.textContent.trim() : null;");
  }

  /** Each filter shown, with the count it shows, read at one instant once every one has its count. */
  @SuppressWarnings("unchecked")
  private static Map<String, String> filterCounts(Browser browser) {
    String read = "return Array.from(document.querySelectorAll('.task-filters .task-filter')).map(f => {"
        + "const count = f.querySelector('.followup-count');"
        + "return [f.querySelector('h4 a').firstChild.textContent.trim(), count ? count.textContent : null]; });";
    browser.waitUntil(d -> ((List<List<String>>) browser.script(read)).stream().allMatch(row -> row.get(1) != null));
    Map<String, String> counts = new LinkedHashMap<>();
    ((List<List<String>>) browser.script(read)).forEach(row -> counts.put(row.get(0), row.get(1)));
    return counts;
  }

  /** The list's cards, read at one instant: name, deadline line, its background, step line, badges. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> cards(Browser browser) {
    return (List<Map<String, Object>>) browser.script("""
        return Array.from(document.querySelectorAll('.tasks-list li')).filter(li => li.querySelector('.followup-card'))
          .map(li => {
            const deadline = li.querySelector('.followup-card-deadline');
            const step = li.querySelector('.followup-card-step');
            return {name: li.querySelector('h4.task a').innerText.trim(),
              deadline: deadline ? deadline.innerText.trim() : null,
              background: deadline ? getComputedStyle(deadline).backgroundColor : null,
              step: step ? step.innerText.trim() : null,
              badges: Array.from(li.querySelectorAll('.followup-badge')).map(b => b.innerText.trim())};
          });""");
  }

  private static Map<String, Object> card(Browser browser, String words) {
    return cards(browser).stream().filter(card -> String.valueOf(card.get("name")).contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no card of '" + words + "' in " + cards(browser)));
  }

  private static void openCard(Browser browser, String words) {
    browser.press(browser.clickable(By.xpath("//*[contains(@class,'tasks-list')]//h4[contains(@class,'task')]"
        + "/a[contains(normalize-space(.),'" + words + "')]")));
  }

  /** The rows of "Đã gửi" by business key: each column's text by its field. */
  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, String>> submittedRows(Browser browser) {
    List<Map<String, Object>> rows = (List<Map<String, Object>>) browser.script("""
        return Array.from(document.querySelectorAll('.followup-submitted-table tbody tr')).map(tr => ({
          key: tr.getAttribute('data-business-key'),
          cells: Object.fromEntries(Array.from(tr.querySelectorAll('td')).map(td => [td.dataset.field, td.innerText.trim()]))
        }));""");
    Map<String, Map<String, String>> byKey = new LinkedHashMap<>();
    rows.forEach(row -> byKey.put((String) row.get("key"), (Map<String, String>) row.get("cells")));
    return byKey;
  }
}
