package vn.followup.webapp;

/*
 * Glossary: one Vietnamese term per English term in the vi.json files of Tasklist, Welcome, Cockpit and Admin.
 *
 *   Task                      Công việc              Tasks / task list    Công việc / danh sách công việc
 *   Claim / Unclaim           Nhận việc / Trả lại việc
 *   Assign / Assignee         Giao việc / Người xử lý
 *   Delegate / Delegation     Chuyển giao            Resolve (delegated task)  Trả kết quả
 *   Owner (of a task)         Người phụ trách        Candidate user / group   Người được giao / Nhóm được giao
 *   Involved user             Người liên quan        Complete                 Hoàn thành
 *   Due date / Due            Hạn xử lý / Hạn        Follow-up date           Ngày nhắc
 *   Priority                  Độ ưu tiên             Comment                  Ý kiến
 *   Filter                    Bộ lọc                 Criterion / criteria     Tiêu chí
 *   Search                    Tìm kiếm               Sort by                  Sắp xếp theo
 *   Process                   Quy trình              Process definition       Định nghĩa quy trình
 *   Process instance          Phiên quy trình        Start (a process)        Khởi tạo
 *   Case (CMMN)               Hồ sơ                  Case instance            Phiên hồ sơ
 *   Execution                 Luồng thực thi         Process engine           Bộ máy quy trình
 *   Activity                  Hoạt động              Activity instance        Phiên hoạt động
 *   Business key              Khóa nghiệp vụ         Key (of a definition)    Khóa
 *   ID                        Mã                     Tenant ID                Mã đơn vị thuê
 *   Variable                  Biến dữ liệu           Value / Type             Giá trị / Kiểu
 *   Serialized / Deserialized Đã tuần tự hóa / Đã giải tuần tự hóa
 *   Form                      Biểu mẫu               External form            Biểu mẫu bên ngoài
 *   Diagram                   Sơ đồ                  History                  Lịch sử
 *   Incident                  Sự cố                  Job                      Tác vụ nền
 *   Retries                   Số lần thử lại         Called process           Quy trình được gọi
 *   Suspend / Suspended       Tạm dừng / Đang tạm dừng   Activate             Kích hoạt
 *   Running                   Đang chạy              Finished / Ended         Đã kết thúc
 *   Version                   Phiên bản              State                    Trạng thái
 *   Dashboard                 Tổng quan              Deployment               Bản triển khai
 *   Group / User              Nhóm / Người dùng      Permission               Quyền truy cập (read permission: quyền xem)
 *   Authorization             Phân quyền             Attachment               Tệp đính kèm
 *   Log in / Log out          Đăng nhập / Đăng xuất  Username / Password      Tên đăng nhập / Mật khẩu
 *   My profile                Thông tin cá nhân      Welcome (page)           Trang chào
 *   Save / Cancel / Abort     Lưu / Hủy / Hủy bỏ     Close / Back             Đóng / Quay lại
 *   Delete / Remove           Xóa / Gỡ bỏ            Add / Edit / Change      Thêm / Sửa / Thay đổi
 *   Set / Reset               Đặt / Đặt lại          Submit / Update          Gửi / Cập nhật
 *   Refresh the page          Tải lại trang          Loading…                 Đang tải…
 *   OK                        Đồng ý                 Instance (any kind)      Phiên
 *   Job definition            Định nghĩa tác vụ nền  Overriding job priority  Độ ưu tiên ghi đè của tác vụ nền
 *   External task / Worker    Tác vụ bên ngoài / Tiến trình xử lý            Timer    Bộ hẹn giờ
 *   Cascade                   Lan truyền             Listener / IO mapping    Bộ lắng nghe / Ánh xạ vào/ra
 *   Stacktrace                Vết lỗi                Batch operation          Thao tác hàng loạt
 *   Migration / Migrate       Chuyển phiên bản       Report                   Báo cáo
 *   Heatmap                   Bản đồ nhiệt           Plugin                   Phần mở rộng
 *   Runtime (view)            Vận hành               History time to live     Thời gian lưu lịch sử
 *   Decision                  Quyết định             Schedule at              Hẹn thực hiện lúc
 *   "you" (the user)          Anh/Chị                "my"                     của tôi
 *   Decision instance         Phiên quyết định       Decision requirements definition  Định nghĩa yêu cầu quyết định
 *   Terminate (a case)        Chấm dứt               Annotation               Ghi chú
 *   Operation log             Nhật ký thao tác       Entity                   Đối tượng
 *   Removal time              Thời điểm xóa          History cleanup          Dọn dẹp lịch sử
 *   Modify / Modification     Điều chỉnh             Restart                  Khởi động lại
 *   Correlate (a message)     Khớp thông điệp        Redeploy                 Triển khai lại
 *   Mapping (migration)       Ánh xạ                 Source / Target          Nguồn / Đích
 *   Tenant                    Đơn vị thuê            License key              Khóa giấy phép
 *   Asynchronous              Bất đồng bộ            Metrics                  Số liệu
 *
 * Kept as they are: product names (Camunda, Tasklist, Cockpit, Admin, BPMN, DMN, CMMN), Java/JSON type
 * names (Boolean, Double, Integer, Long, Short, String, Object, Json, Xml, Date, Null …), the value markers
 * <null> / <undefined>, comparison symbols and every {{ … }} expression, HTML tag and keyboard key name.
 */

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.followup.support.FastTest;

/**
 * The Vietnamese locale files of the Camunda webapps, against the English files shipped in the Camunda
 * webjar: the same keys, the same placeholders and markup, Vietnamese text, Vietnamese dates.
 */
@FastTest
class WebappLocalesTest {

  private static final String LOCALES = "/META-INF/resources/webjars/camunda/app/%s/locales/%s.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Labels that are only a product name, a type name, a value marker, a symbol or empty. */
  static final Set<String> ALLOWED_IDENTICAL = Set.of(
      "APP_VENDOR", "ADMIN", "ADMIN_APP", "COCKPIT", "COCKPIT_APP", "TASKLIST", "TASKLIST_APP",
      "BOOLEAN", "DOUBLE", "INTEGER", "LONG", "SHORT", "STRING",
      "CAM_WIDGET_VARIABLES_TABLE_NULL", "CAM_WIDGET_VARIABLE_NULL", "CAM_WIDGET_VARIABLE_UNDEFINED",
      "NO_TASK_FORM",
      "SEARCH_LESS_THAN", "SEARCH_LESS_THAN_EQUALS", "SEARCH_GREATER_THAN", "SEARCH_GREATER_THAN_EQUALS",
      // file formats offered for download, a date pattern the input must follow, the product's own name
      "PLGN_REP_CSV", "PLGN_REP_JSON", "PLGN_BTCH_SET_REMOVAL_TIME_ABSOLUTE_PLACEHOLDER", "PLGN_SKE_CAMUNDA_COCKPIT",
      // Admin: Camunda's product Optimize, a resource type of the authorizations
      "AUTHORIZATION_OPTIMIZE");

  /** Translated labels that are correct Vietnamese without any diacritic. */
  static final Set<String> ALLOWED_WITHOUT_DIACRITIC =
      Set.of("AFTER", "PROCESS_INSTANCE_OPERATOR_AFTER", "PLUGIN_VIEW_VARIABLE_OPERATOR_AFTER",
          "PLGN_AUDIT_SEARCH_AFTER", "PLGN_AUDIT_SEARCH_TIMESTAMP_AFTER",
          // the English plural ending "s" appended to "instance": Vietnamese nouns have none
          "PLGN_BATCH_S", "PLGN_MIG_S", "PLGN_MOD_DIALOG_S", "PLGN_MOD_RESTART_DIALOG_S");

  /**
   * Labels whose link points to a page of the product instead of Camunda's starter page
   * ({@code /camunda-welcome}, not served): the same markup but another target.
   */
  static final Set<String> RELINKED = Set.of("FIRST_LOGIN_INFO");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}", Pattern.DOTALL);
  /** HTML elements; "<Operation>", "<version>" and the like are words in angle brackets, translated. */
  private static final Pattern HTML_TAG =
      Pattern.compile("</?(a|b|br|code|div|em|i|li|ol|p|small|span|strong|u|ul)(\\s[^<>]*)?/?>");
  /** Single-brace placeholders such as "{} activity instances". */
  private static final Pattern BRACE_PLACEHOLDER = Pattern.compile("(?<!\\{)\\{[^{}]*}(?!})");
  private static final Pattern HTML_ENTITY = Pattern.compile("&[a-z]+;");

  private static final String VIETNAMESE_DIACRITICS =
      "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
  void hasTheEnglishKeysPlaceholdersAndMarkup(String app) throws IOException {
    JsonNode en = read(app, "en");
    JsonNode vi = read(app, "vi");

    assertThat(fieldNames(vi)).as("top-level keys of %s", app).isEqualTo(fieldNames(en));
    assertThat(fieldNames(vi.get("labels"))).as("labels of %s", app).isEqualTo(fieldNames(en.get("labels")));
    if (en.has("dateLocales")) {
      assertThat(paths(vi.get("dateLocales"), "")).as("dateLocales of %s", app)
          .isEqualTo(paths(en.get("dateLocales"), ""));
    }

    List<String> problems = new ArrayList<>();
    for (String key : fieldNames(en.get("labels"))) {
      String english = en.get("labels").get(key).asText();
      JsonNode node = vi.get("labels").get(key);
      if (!node.isTextual()) {
        problems.add(key + ": not a string");
        continue;
      }
      String vietnamese = node.asText();
      for (Pattern markup : List.of(PLACEHOLDER, BRACE_PLACEHOLDER, HTML_TAG, HTML_ENTITY)) {
        List<String> expected = sortedMatches(markup, RELINKED.contains(key) ? withoutLinkTargets(english) : english);
        List<String> actual = sortedMatches(markup, RELINKED.contains(key) ? withoutLinkTargets(vietnamese) : vietnamese);
        if (!expected.equals(actual)) {
          problems.add(key + ": expected " + expected + " but found " + actual);
        }
      }
      if (english.contains("\n") != vietnamese.contains("\n")) {
        problems.add(key + ": line breaks differ");
      }
    }
    assertThat(problems).as("placeholders and markup of %s", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
  void translatesEveryLabel(String app) throws IOException {
    JsonNode en = read(app, "en").get("labels");
    JsonNode vi = read(app, "vi").get("labels");

    List<String> untranslated = new ArrayList<>();
    List<String> notVietnamese = new ArrayList<>();
    for (String key : fieldNames(en)) {
      String english = en.get(key).asText();
      String vietnamese = vi.get(key).asText();
      if (ALLOWED_IDENTICAL.contains(key)) {
        continue;
      }
      if (vietnamese.equals(english)) {
        untranslated.add(key);
      }
      if (!ALLOWED_WITHOUT_DIACRITIC.contains(key) && !hasVietnameseDiacritic(vietnamese)) {
        notVietnamese.add(key + " = " + vietnamese);
      }
    }
    assertThat(untranslated).as("labels of %s identical to English", app).isEmpty();
    assertThat(notVietnamese).as("labels of %s without a Vietnamese letter", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void writesDatesTheVietnameseWay(String app) throws IOException {
    JsonNode dates = read(app, "vi").get("dateLocales");

    assertThat(dates.at("/longDateFormat/L").asText()).isEqualTo("DD/MM/YYYY");
    assertThat(dates.at("/longDateFormat/LT").asText()).isEqualTo("HH:mm");
    assertThat(dates.at("/longDateFormat/LL").asText()).isEqualTo("D MMMM [năm] YYYY");
    assertThat(dates.at("/months/0").asText()).isEqualTo("tháng 1");
    assertThat(dates.at("/months/11").asText()).isEqualTo("tháng 12");
    assertThat(dates.at("/monthsShort/8").asText()).isEqualTo("Th09");
    assertThat(dates.at("/weekdays/0").asText()).isEqualTo("Chủ nhật");
    assertThat(dates.at("/weekdaysShort/1").asText()).isEqualTo("T2");
    assertThat(dates.at("/calendar/sameDay").asText()).isEqualTo("[Hôm nay lúc] LT");
    assertThat(dates.at("/relativeTime/past").asText()).isEqualTo("%s trước");
    assertThat(dates.at("/relativeTime/future").asText()).isEqualTo("%s tới");
  }

  private JsonNode read(String app, String language) throws IOException {
    String path = String.format(LOCALES, app, language);
    try (InputStream in = getClass().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      byte[] bytes = in.readAllBytes();
      String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
      if (text.startsWith("\uFEFF")) {
        assertThat(language).as("only the shipped English files have a BOM: " + path).isEqualTo("en");
        text = text.substring(1);
      }
      return JSON.readTree(text);
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** Every path of the tree (objects by key, arrays by index), so that the structure is compared. */
  private static Set<String> paths(JsonNode node, String prefix) {
    Set<String> result = new LinkedHashSet<>();
    if (node.isObject()) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        result.add(prefix + "/" + name);
        result.addAll(paths(node.get(name), prefix + "/" + name));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        result.add(prefix + "/" + i);
        result.addAll(paths(node.get(i), prefix + "/" + i));
      }
    }
    return result;
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
  void pointsTheFirstLoginLinkToTheWelcomePageOfTheProduct(String app) throws IOException {
    String info = read(app, "vi").get("labels").get("FIRST_LOGIN_INFO").asText();

    assertThat(info).contains("href=\"/camunda/app/welcome/default/\"").doesNotContain("/camunda-welcome");
    assertThat(read(app, "vi").get("labels").get("FIRST_LOGIN_HEADING").asText()).doesNotContain("Camunda");
  }

  /**
   * The table of form-js's English in followup-form-locale.js is complete for the form-js Tasklist
   * ships: every message its validator and date-time field push (read from the bundle itself, a
   * "${…}" read as a number) and every word of its repeating list, selects and taglist is matched by
   * an entry, and every entry is still text of that bundle (so none is stale after an upgrade).
   */
  @Test
  void translatesEveryMessageAndWordOfTheShippedFormJs() throws IOException {
    String bundle;
    try (InputStream in = WebappLocalesTest.class.getResourceAsStream("/META-INF/resources/webjars/camunda/lib/deps.js")) {
      assertThat(in).as("Camunda's webjar bundle of form-js").isNotNull();
      bundle = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String script = Files.readString(Path.of("src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/scripts/"
        + "followup-form-locale.js"), StandardCharsets.UTF_8);
    List<Pattern> table = new ArrayList<>();
    Matcher entry = Pattern.compile("\\[/(\\^.*?\\$)/,\\s*'").matcher(script);
    while (entry.find()) {
      table.add(Pattern.compile(entry.group(1)));
    }
    assertThat(table).as("entries of MESSAGES and WORDS").hasSizeGreaterThan(25);

    List<String> english = new ArrayList<>();
    Matcher pushed = Pattern.compile("\\.push\\((\"(?:Field|Value|Please)[^\"]*\"|`(?:Field|Value|Please)[^`]*`)\\)")
        .matcher(bundle);
    while (pushed.find()) {
      english.add(pushed.group(1));
    }
    Matcher expected = Pattern.compile("\"Value is expected to \"\\+\\(0===n\\?\"be an integer\":`have at most \\$\\{n\\} "
        + "decimal digit\\$\\{n>1\\?\"s\":\"\"\\}`\\)\\+\"\\.\"").matcher(bundle);
    assertThat(expected.find()).as("form-js's message of decimal digits, as built in the bundle").isTrue();
    english.addAll(List.of("\"Value is expected to be an integer.\"", "`Value is expected to have at most ${n} decimal digits.`",
        "\"Date and time must both be entered.\"", "\"Add new\"", "`Expand all (${m.length})`", "\"Collapse\"",
        "`Remove list item ${t+1}`", "\"Remove tag\"", "\"Search\"", "\"No results\"", "\"All values selected\"",
        "\"Increment\"", "\"Decrement\"", "\"Previous page\"", "\"Next page\"", "\"Click to remove sorting\"",
        "\"No content to show.\"", "\"External content couldn't be loaded.\"", "\"This is an image placeholder\""));
    assertThat(english).as("form-js's messages found in the bundle").hasSizeGreaterThan(20);
    for (String text : english) {
      String shown = text.substring(1, text.length() - 1).replaceAll("\\$\\{[^}]*}", "7");
      if (!text.startsWith("`") || !text.contains("${")) {
        assertThat(bundle).as("form-js still writes " + text).contains(text.contains("Value is expected") ? "Value is expected to " : text);
      }
      assertThat(table.stream().anyMatch(pattern -> pattern.matcher(shown).matches()))
          .as("followup-form-locale.js translates «" + shown + "»").isTrue();
    }
  }

  private static String withoutLinkTargets(String text) {
    return text.replaceAll("href=\"[^\"]*\"", "href=\"\"");
  }

  private static List<String> sortedMatches(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    found.sort(null);
    return found;
  }

  private static boolean hasVietnameseDiacritic(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    return lower.chars().anyMatch(c -> VIETNAMESE_DIACRITICS.indexOf(c) >= 0);
  }
}
