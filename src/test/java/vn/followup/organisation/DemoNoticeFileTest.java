package vn.followup.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.followup.deadline.DeadlineType;
import vn.followup.notice.NoticeDocument;
import vn.followup.support.FastTest;

/** The demo notice file, read as plain YAML, against the seed notice and the agency registry. */
@FastTest
class DemoNoticeFileTest {

  private static final List<String> NUMBERS = List.of("1.1", "1.2", "1.3", "1.4", "1.5", "1.6",
      "1.7.1", "1.7.2", "1.7.3", "1.7.4", "1.7.5", "2.1.1", "2.1.2", "2.1.3", "2.1.4", "2.1.5");

  private static Map<String, Object> notice;
  private static List<Map<String, Object>> items;
  private static AgencyRegistry registry;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void load() throws IOException {
    try (InputStream in = DemoNoticeFileTest.class.getClassLoader()
        .getResourceAsStream("demo/thong-bao-xuan-tang-2021.yaml")) {
      assertThat(in).as("demo/thong-bao-xuan-tang-2021.yaml").isNotNull();
      notice = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    }
    items = (List<Map<String, Object>>) notice.get("items");
    registry = AgencyRegistry.fromClasspath("organisation/agencies.yaml");
  }

  @Test
  void isTheDraftNoticeOfTheStandingBoard() {
    assertThat(notice).containsEntry("id", "xuan-tang-2021-11")
        .containsEntry("number", "")
        .containsEntry("symbol", "TB/TU")
        .containsEntry("date", null)
        .containsEntry("place", "TP. Lào Cai")
        .containsEntry("issuer", "thuong-truc-thanh-uy")
        .containsEntry("summary", "Kết luận của Thường trực Thành ủy tại buổi làm việc với Đảng ủy phường Xuân Tăng");
    assertThat(notice.get("signer")).isEqualTo(
        Map.of("name", "Đỗ Trường Sơn", "position", "Bí thư", "onBehalfOf", "T/M Ban Thường vụ"));
    assertThat(registry.contains((String) notice.get("issuer"))).isTrue();
    assertThat((List<?>) notice.get("remarks")).hasSize(5);
  }

  @Test
  void holdsTheSixteenItemsInOrder() {
    assertThat(items).extracting(item -> item.get("number")).containsExactlyElementsOf(NUMBERS);
    assertThat(items).allSatisfy(item -> assertThat(item.keySet()).containsExactlyInAnyOrderElementsOf(
        "RECOMMENDATION".equals(item.get("kind"))
            ? List.of("number", "text", "kind", "lead", "coordinators", "deadlines", "proposer")
            : List.of("number", "text", "kind", "lead", "coordinators", "deadlines")));
    assertThat(items).filteredOn(item -> "RECOMMENDATION".equals(item.get("kind")))
        .as("section 2 answers the ward Party Committee's own recommendations")
        .allSatisfy(item -> assertThat(item.get("proposer")).isEqualTo("dang-uy-xuan-tang"));
  }

  @Test
  void sectionOneIsTasksAndSectionTwoRecommendations() {
    assertThat(items).allSatisfy(item -> assertThat(item.get("kind"))
        .isEqualTo(((String) item.get("number")).startsWith("1.") ? "TASK" : "RECOMMENDATION"));
  }

  @Test
  void everyLeadAndCoordinatorIsAKnownAgency() {
    assertThat(items).allSatisfy(item -> {
      assertThat(registry.contains((String) item.get("lead"))).as("lead of " + item.get("number")).isTrue();
      assertThat((List<?>) item.get("coordinators")).allSatisfy(id ->
          assertThat(registry.contains((String) id)).as(id + " in " + item.get("number")).isTrue());
    });
    assertThat(item("1.1").get("lead")).isEqualTo("dang-uy-xuan-tang");
    assertThat(item("1.7.1").get("lead")).isEqualTo("ubnd-xuan-tang");
    assertThat(item("1.7.1").get("coordinators")).isEqualTo(List.of("phong-tnmt"));
    assertThat(item("2.1.5").get("lead")).isEqualTo("ubnd-thanh-pho");
    assertThat((List<?>) item("2.1.5").get("coordinators")).first().isEqualTo("ubnd-xuan-tang");
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyRecommendationMustBeAnsweredBeforeThe30thOfDecember2021() {
    assertThat(items).filteredOn(item -> ((String) item.get("number")).startsWith("2.1."))
        .hasSize(5)
        .allSatisfy(item -> assertThat((List<Object>) item.get("deadlines"))
            .contains(Map.of("type", "RESPONSE", "phrase", "xong trước 30/12/2021")));
    assertThat(item("2.1.3").get("deadlines")).isEqualTo(List.of(
        Map.of("type", "RESPONSE", "phrase", "xong trước 30/12/2021"),
        Map.of("type", "COMPLETION", "phrase", "hoàn thành xong trước tháng 9 năm 2022")));
    assertThat(item("1.7.2").get("deadlines")).isEqualTo(List.of(
        Map.of("type", "COMPLETION", "phrase", "hoàn thành dứt điểm trong quý III năm 2022")));
    assertThat(item("1.7.3").get("deadlines")).isEqualTo(List.of(
        Map.of("type", "COMPLETION", "phrase", "giải quyết xong trong quý I năm 2022")));
    assertThat(item("1.1").get("deadlines")).isEqualTo(List.of());
  }

  @Test
  void itemTextsAreSingleParagraphsAsPrinted() {
    assertThat(items).allSatisfy(item -> assertThat((String) item.get("text"))
        .doesNotContain("\n", "\r").isEqualTo(((String) item.get("text")).strip()));
    assertThat(text("1.1")).startsWith("Nắm chắc tình hình địa bàn, tình hình Nhân dân");
    assertThat(text("1.4")).contains("đạt tiêu chuẩn nếp sống văn hóa. Duy trì tỷ lệ bao phủ bảo hiểm y tế")
        .endsWith("100% người nghèo có hồ sơ quản lý theo quy định.");
    assertThat(text("1.5")).contains("Năm chắc tình hình Nhân dân");
    assertThat(text("1.7.2")).startsWith("Chủ trì phối hợp với các cơ quan chức năng của thành phố xây dựng kế hoạch");
    assertThat(text("2.1.5")).startsWith("Các cơ quan, đơn vị phối hợp chặt chẽ với UBND phường Xuân Tăng");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theWardCommitteeReportsOnSectionOneInItsPeriodicReports() {
    List<Map<String, Object>> reports = (List<Map<String, Object>>) notice.get("reports");
    assertThat(reports).hasSize(1);
    assertThat(reports.get(0)).containsEntry("phrase", "báo cáo 6 tháng, 01 năm của cấp ủy trong năm 2022")
        .containsEntry("agency", "dang-uy-xuan-tang")
        .containsEntry("items", NUMBERS.subList(0, 11));
  }

  @Test
  void bindsToTheNoticeDocumentRecord() {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    NoticeDocument document = mapper.convertValue(notice, NoticeDocument.class);

    assertThat(document.date()).isNull();
    assertThat(document.items()).hasSize(16);
    assertThat(document.items().get(15).kind()).isEqualTo(NoticeDocument.ItemKind.RECOMMENDATION);
    assertThat(document.items().get(15).deadlines())
        .containsExactly(new NoticeDocument.DeadlineEntry(DeadlineType.RESPONSE, "xong trước 30/12/2021"));
    assertThat(document.signer().onBehalfOf()).isEqualTo("T/M Ban Thường vụ");
  }

  private static Map<String, Object> item(String number) {
    return items.stream().filter(item -> number.equals(item.get("number"))).findFirst().orElseThrow();
  }

  private static String text(String number) {
    return (String) item(number).get("text");
  }
}
