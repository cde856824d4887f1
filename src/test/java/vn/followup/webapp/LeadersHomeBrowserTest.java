package vn.followup.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.followup.support.TestUsers.PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.organisation.Roles;
import vn.followup.support.Browser;
import vn.followup.support.TestUsers;
import vn.followup.support.BrowserTest;
import vn.followup.support.ApplicationTestBase;

/**
 * The leaders' home in Cockpit, for each role that opens it (a supervisor of the Standing Board, the
 * office, an auditor), at 1400×1000 and at 390×844: Cockpit opens on "Tình hình thực hiện" without
 * the engine's counters and menus; the figures, the trend and "Sắp đến hạn" are the API's; a figure
 * lists its items; every date reads dd/MM/yyyy; and nothing of Camunda's own is left to read or to
 * follow to another site (Welcome page and footers included).
 */
@BrowserTest
class LeadersHomeBrowserTest extends ApplicationTestBase {

  static final String SUPERVISOR = "trangld.btv";
  static final String OFFICE = "trangld.vptu";
  static final String AUDITOR = "trangld.kiemtra";
  static final String COCKPIT = "/camunda/app/cockpit/default/";
  static final String HOME = "#/tinh-hinh-thuc-hien";
  /** Words of Camunda's own that none of these users should read on the pages they reach. */
  static final List<String> CAMUNDA_WORDS = List.of("Camunda", "Cockpit", "Tasklist", "Powered by", "Dashboard",
      "Decisions", "Deployments", "Batches", "Processes", "Human Tasks", "Welcome", "Documentation", "Asia/Saigon",
      "Asia/Ho_Chi_Minh", "Running Process Instances", "Incidents", "Loading", "Quyết định", "Bản triển khai",
      "Thao tác hàng loạt", "Phiên quy trình đang chạy");
  static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
  static String noticeId;

  @BeforeEach
  void setUp() {
    Browser.assumeAvailable();
    fixture.user(SUPERVISOR, List.of(Roles.SUPERVISORS));
    fixture.user(OFFICE, List.of("van-phong-thanh-uy", Roles.SUPERVISORS));
    fixture.user(AUDITOR, List.of(Roles.AUDITORS));
    if (noticeId == null) {
      noticeId = registerNotice();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {SUPERVISOR, OFFICE, AUDITOR})
  void cockpitOpensOnTheLeadersHomeWithTheApisFiguresTrendAndItemsAndNothingOfCamundasOwn(String user)
      throws Exception {
    try (Browser browser = fixture.browser()) {
      browser.driver().manage().window().setSize(new Dimension(1400, 1000));
      browser.login("cockpit", user, PASSWORD);
      browser.waitUntil(d -> d.getCurrentUrl().contains(HOME));
      waitLoaded(browser);
      assertNoEngineParts(browser, user);

      // All notices: the tiles and "Sắp đến hạn" are the API's, the trend has its twelve weeks.
      JsonNode all = api(user, "/api/reports/status");
      assertTile(browser, "dueSoon", all.get("summary").get("dueSoon").asText());
      assertTile(browser, "total", all.get("summary").get("total").asText());
      assertTrend(browser, api(user, "/api/reports/trend?weeks=12"));
      browser.screenshot("40-trang-lanh-dao-" + user.replace('.', '-'));

      // One notice: its figures, its items with their states; each figure lists its items.
      selectNotice(browser, noticeId);
      JsonNode ours = api(user, "/api/reports/status?notice=" + noticeId);
      assertThat(ours.get("summary").get("dueSoon").asInt()).isEqualTo(1);
      assertTile(browser, "dueSoon", "1");
      assertTile(browser, "openOverdue", "1");
      assertThat(itemRows(browser)).containsExactly(noticeId + "/1.1", noticeId + "/1.2", noticeId + "/2.1");
      assertThat(text(browser, "[data-followup='items']"))
          .contains("Chưa hoàn thành – quá hạn", "Chưa hoàn thành – trong hạn");
      assertTrend(browser, api(user, "/api/reports/trend?weeks=12&notice=" + noticeId));
      for (String figure : List.of("dueSoon", "openOverdue", "openInTerm", "total")) {
        // Read, not looked at: the list scrolled the tiles out of Cockpit's view.
        browser.press(browser.driver().findElement(By.cssSelector("[data-followup='tiles'] [data-figure='" + figure + "']")));
        browser.waitUntil(d -> figure.equals(browser.script(
            "const list = document.querySelector(\"[data-followup='item-list']\"); return list && list.dataset.figure;")));
        List<String> expected = new ArrayList<>();
        ours.get("figureItems").get(figure).forEach(key -> expected.add(key.asText()));
        assertThat(itemRows(browser)).as(figure).containsExactlyElementsOf(expected);
      }
      assertThat(browser.driver().findElement(By.cssSelector("[data-followup='items'] a[data-business-key='" + noticeId
          + "/1.2']")).getAttribute("href")).endsWith("#/ho-so-noi-dung/" + noticeId + "%2F1.2");
      // 0,0 % is not red; a share above zero is.
      assertThat(tileClass(browser, "overdueShare")).contains("followup-tile-alert");
      assertDatesAndWords(browser, user + " dashboard");
      browser.screenshot("41-trang-lanh-dao-thong-bao-" + user.replace('.', '-'));

      // "Tính đến ngày" is typed dd/mm/yyyy; an impossible or future date is refused in Vietnamese.
      WebElement asOf = browser.driver().findElement(By.cssSelector("input[name='followup-as-of']"));
      assertThat(asOf.getAttribute("type")).isEqualTo("text");
      LocalDate today = LocalDate.now(DeadlineSchedule.VIETNAM);
      assertThat(asOf.getAttribute("value")).isEqualTo(dmy(today));
      typeDate(browser, "32/13/2026");
      assertThat(text(browser, "[data-followup='date-error']")).isEqualTo("Ngày 32/13/2026 không có thật.");
      typeDate(browser, dmy(today.plusDays(1)));
      assertThat(text(browser, "[data-followup='date-error']")).contains("chưa đến");
      typeDate(browser, dmy(today.minusDays(1)));
      waitLoaded(browser);
      assertThat(text(browser, ".followup-dashboard-heading")).contains("Số liệu đến hết ngày " + dmy(today.minusDays(1)));
      assertThat(tileText(browser, "overdueShare")).as("nothing registered yet").isEqualTo("—");
      assertThat(tileClass(browser, "overdueShare")).doesNotContain("followup-tile-alert");

      // The phone: the same page, its parts within the screen's width.
      browser.driver().manage().window().setSize(new Dimension(390, 844));
      typeDate(browser, dmy(today));
      waitLoaded(browser);
      assertTile(browser, "dueSoon", "1");
      assertTrend(browser, api(user, "/api/reports/trend?weeks=12&notice=" + noticeId));
      assertThat((Boolean) browser.script("const page = document.querySelector(\"[data-followup='dashboard']\");"
          + "return page.scrollWidth <= page.clientWidth + 1;")).as("nothing wider than the phone").isTrue();
      assertNoEngineParts(browser, user + " 390");
      assertDatesAndWords(browser, user + " dashboard 390");
      browser.screenshot("42-trang-lanh-dao-dien-thoai-" + user.replace('.', '-'));

      // The engine's start page and pages lead back home.
      for (String engineRoute : List.of("#/dashboard", "#/decisions", "#/repository", "#/batch")) {
        browser.go(COCKPIT + engineRoute);
        browser.waitUntil(d -> d.getCurrentUrl().endsWith(HOME));
      }
      waitLoaded(browser);

      // The Welcome page names the product's parts, at both sizes.
      for (Dimension size : List.of(new Dimension(1400, 1000), new Dimension(390, 844))) {
        browser.driver().manage().window().setSize(size);
        browser.go("/camunda/app/welcome/default/");
        try {
          browser.waitUntil(d -> {
            String page = (String) browser.script("return document.body.innerText;");
            return page.contains("Tình hình thực hiện") && page.contains("Giờ Việt Nam");
          });
        } catch (org.openqa.selenium.TimeoutException e) {
          browser.screenshot("43-trang-chao-loi-" + size.getWidth() + "-" + user.replace('.', '-'));
          throw new AssertionError("The Welcome page at " + size.getWidth() + " px reads: "
              + browser.script("return document.body.innerText + ' | ' + (document.querySelector('footer') || {}).outerHTML;"), e);
        }
        // Tasklist is "Công việc", for those who use it (auditors do not).
        assertThat(welcomeApps(browser)).containsExactlyElementsOf(user.equals(AUDITOR)
            ? List.of("Tình hình thực hiện") : List.of("Tình hình thực hiện", "Công việc"));
        assertThat((String) browser.script("return document.body.innerText;")).doesNotContain("Liên kết", "Tài liệu");
        assertDatesAndWords(browser, user + " welcome " + size.getWidth());
        browser.screenshot("43-trang-chao-" + size.getWidth() + "-" + user.replace('.', '-'));
      }
    }
  }

  @org.junit.jupiter.api.Test
  void administratorsKeepCockpitsOwnStartPageAndMenusAndEveryFooterNamesTheProduct() {
    try (Browser browser = fixture.browser()) {
      browser.driver().manage().window().setSize(new Dimension(1400, 1000));
      browser.login("cockpit", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
      browser.visible(By.cssSelector(".ctn-view.dashboard .stats-section"));
      browser.visible(By.cssSelector("a[href='#/decisions']"));
      assertThat(browser.driver().getCurrentUrl()).contains("#/dashboard");
      for (String app : List.of("cockpit", "tasklist", "admin", "welcome")) {
        browser.go("/camunda/app/" + app + "/default/");
        try {
          browser.waitUntil(d -> "product".equals(browser.script(
              "const credit = document.querySelector(\"[cam-widget-footer] [data-followup='product']\");"
                  + "return credit && credit.getAttribute('data-followup');")));
        } catch (org.openqa.selenium.TimeoutException e) {
          browser.screenshot("44-admin-" + app);
          throw new AssertionError(app + ": " + browser.script("const f = document.querySelector('footer');"
              + "return f ? f.outerHTML : document.body.innerHTML.substring(0, 3000);"), e);
        }
        String footer = text(browser, "[cam-widget-footer]").replaceAll("\\s+", " ");
        assertThat(footer).as(app).contains("Giờ Việt Nam", "Theo dõi thực hiện kết luận — Thành ủy")
            .doesNotContain("Asia/", "Camunda");
        assertThat(browser.driver().findElements(By.cssSelector("[cam-widget-footer] a"))).as(app).isEmpty();
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  private void assertNoEngineParts(Browser browser, String page) {
    @SuppressWarnings("unchecked")
    List<String> shown = (List<String>) browser.script("""
        const visible = element => element.offsetParent !== null || element.getClientRects().length > 0;
        const parts = [];
        document.querySelectorAll('.ctn-view.dashboard, .ctn-view.dashboard .stats-section').forEach(part => {
          if (visible(part)) { parts.push('engine dashboard'); }
        });
        document.querySelectorAll('a[href]').forEach(link => {
          const href = link.getAttribute('href');
          if (['#/decisions', '#/repository', '#/batch', '#/cases'].includes(href) && visible(link)) {
            parts.push(href);
          }
        });
        document.querySelectorAll('ul[ng-controller="camHeaderViewsCtrl"] > li.dropdown').forEach(more => {
          if (visible(more)) { parts.push('more menu'); }
        });
        return parts;""");
    assertThat(shown).as(page + ": the engine's counters and menus").isEmpty();
    assertThat(browser.driver().findElements(By.cssSelector("[data-followup='dashboard-menu']"))).as(page)
        .isNotEmpty();
  }

  /** No word of Camunda's, no UUID, no ISO date, no link to another site; dates dd/MM/yyyy; the product's footer. */
  private void assertDatesAndWords(Browser browser, String page) {
    // What the page shows, scrolled into view or not (Cockpit's content scrolls inside its frame).
    String text = (String) browser.script("return document.body.innerText;");
    Set<String> found = new TreeSet<>();
    CAMUNDA_WORDS.stream().filter(text::contains).forEach(found::add);
    assertThat(found).as(page + ": Camunda's own words").isEmpty();
    assertThat(text).as(page + ": no UUID").doesNotContainPattern(UUID_PATTERN)
        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    assertThat(text).as(page + ": the footer").contains("Giờ Việt Nam", "Theo dõi thực hiện kết luận — Thành ủy");
    if (text.contains("lập lúc")) {
      assertThat(text).containsPattern("lập lúc \\d{2}:\\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}\\.");
    }
    assertThat(text).containsPattern("\\d{2}/\\d{2}/\\d{4}|Trang chào|Ứng dụng");
    @SuppressWarnings("unchecked")
    List<String> away = (List<String>) browser.script(
        "return Array.from(document.querySelectorAll('a[href]')).map(a => a.href)"
            + ".filter(href => /^https?:/.test(href) && !href.startsWith(location.origin));");
    assertThat(away).as(page + ": links to another site").isEmpty();
  }

  private void assertTrend(Browser browser, JsonNode trend) {
    assertThat(trend.get("points")).hasSize(12);
    browser.waitUntil(d -> "12".equals(browser.script(
        "const chart = document.querySelector(\"[data-followup='trend-chart']\");"
            + "return chart && chart.getAttribute('data-points');")));
    @SuppressWarnings("unchecked")
    List<String> dueSoon = (List<String>) browser.script(
        "return Array.from(document.querySelectorAll(\"[data-followup='trend-chart'] g[data-series='dueSoon'] circle\"))"
            + ".map(dot => dot.getAttribute('data-as-of') + ' ' + dot.getAttribute('data-value'));");
    List<String> expected = new ArrayList<>();
    trend.get("points").forEach(point -> expected.add(point.get("asOf").asText() + " "
        + point.get("summary").get("dueSoon").asText()));
    assertThat(dueSoon).containsExactlyElementsOf(expected);
    assertThat(browser.driver().findElements(By.cssSelector("[data-followup='trend'] tbody tr"))).hasSize(12);
  }

  @SuppressWarnings("unchecked")
  private static List<String> welcomeApps(Browser browser) {
    return (List<String>) browser.script("return Array.from(document.querySelectorAll('.webapps .app-name'))"
        + ".map(name => name.textContent.trim());");
  }

  private static String text(Browser browser, String css) {
    return (String) browser.script("const element = document.querySelector(arguments[0]);"
        + "return element && element.textContent;", css);
  }

  private static void assertTile(Browser browser, String figure, String value) {
    browser.waitUntil(d -> value.equals(tileText(browser, figure)));
  }

  private static String tileText(Browser browser, String figure) {
    return (String) browser.script("const tile = document.querySelector(\"[data-followup='tiles'] [data-figure='\" "
        + "+ arguments[0] + \"'] .followup-tile-value\"); return tile && tile.textContent;", figure);
  }

  private static String tileClass(Browser browser, String figure) {
    return (String) browser.script("return document.querySelector(\"[data-followup='tiles'] [data-figure='\" "
        + "+ arguments[0] + \"']\").className;", figure);
  }

  @SuppressWarnings("unchecked")
  private static List<String> itemRows(Browser browser) {
    return (List<String>) browser.script("return Array.from(document.querySelectorAll(\"[data-followup='items'] "
        + "tbody tr\")).map(row => row.getAttribute('data-business-key'));");
  }

  private static void typeDate(Browser browser, String text) {
    browser.script("const input = document.querySelector(\"input[name='followup-as-of']\");"
        + "input.value = arguments[0]; input.dispatchEvent(new Event('change'));", text);
  }

  private static void selectNotice(Browser browser, String notice) {
    browser.waitUntil(d -> !d.findElements(By.cssSelector("select[name='followup-notice'] option[value='" + notice
        + "']")).isEmpty());
    browser.script("const select = document.querySelector(\"select[name='followup-notice']\");"
        + "select.value = arguments[0]; select.dispatchEvent(new Event('change'));", notice);
    waitLoaded(browser);
  }

  private static void waitLoaded(Browser browser) {
    browser.waitUntil(d -> "true".equals(browser.script(
        "const page = document.querySelector(\"[data-followup='dashboard']\");"
            + "return page && page.parentElement.getAttribute('data-loaded');")));
  }

  private JsonNode api(String user, String path) throws Exception {
    HttpResponse<String> response = fixture.http().get(path, user, PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return objectMapper.readTree(response.body());
  }

  private static String dmy(LocalDate date) {
    return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }

  /** Three items of ubnd-thanh-pho: 1.1 overdue since 2021, 1.2 due in four days, 2.1 due in 2099. */
  private String registerNotice() {
    String id = "trang-ld-" + UUID.randomUUID().toString().substring(0, 8);
    String item = """
        {"number":"%s","text":"%s","kind":"RECOMMENDATION","lead":"ubnd-thanh-pho","coordinators":[],
         "deadlines":[{"type":"RESPONSE","phrase":"%s"}]}""";
    String soon = "xong trước " + dmy(LocalDate.now(DeadlineSchedule.VIETNAM).plusDays(5));
    String notice = """
        {"id":"%s","number":"%d","symbol":"TB/TU","date":"2021-11-25","issuer":"thuong-truc-thanh-uy",
         "summary":"Kiểm thử trang lãnh đạo","items":[%s,%s,%s]}
        """.formatted(id, 100000 + Math.floorMod(id.hashCode(), 99999),
        item.formatted("1.1", "Rà soát hồ sơ đất đai của các hộ dân khu vực chợ.", "xong trước 30/12/2021"),
        item.formatted("1.2", "Hoàn thiện phương án bố trí tái định cư.", soon),
        item.formatted("2.1", "Rà soát quỹ đất dịch vụ cho các hộ dân.", "xong trước 30/12/2099"));
    HttpResponse<String> response = fixture.http().postJson("/api/notices", notice, TestUsers.ADMIN,
        TestUsers.ADMIN_PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return id;
  }
}
