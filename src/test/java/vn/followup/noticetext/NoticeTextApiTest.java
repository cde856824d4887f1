package vn.followup.noticetext;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.followup.support.SeedNotice;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.followup.support.FollowupSpringBootTest;
import vn.followup.support.TestUsers;
import vn.followup.support.ApplicationTestBase;

/**
 * {@code POST /api/notices/parse} over HTTP: the seed's text in, the proposal out in the schema of
 * {@code POST /api/notices}; input that is no notice answers 400 with the reason and no proposal.
 */
@FollowupSpringBootTest
class NoticeTextApiTest extends ApplicationTestBase {

  static final String PATH = "/api/notices/parse";
  static final String TEXT = "text/plain; charset=UTF-8";

  @Test
  void proposesTheSeedNoticeWithTheSourceOfEachField() throws Exception {
    HttpResponse<String> response = http.postBytes(PATH, TEXT, SeedNotice.text().getBytes(StandardCharsets.UTF_8),
        TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode proposal = objectMapper.readTree(response.body());
    assertThat(proposal.at("/document/items")).hasSize(16);
    assertThat(proposal.at("/document/items/8/coordinators").toString())
        .isEqualTo("[\"phong-tnmt\",\"phong-noi-vu\",\"cong-an-thanh-pho\"]");
    assertThat(proposal.at("/document/reports/0/agency").asText()).isEqualTo("dang-uy-xuan-tang");
    assertThat(proposal.get("sources").findValuesAsText("field")).contains("items[0].text", "items[6].lead", "signer.name");
    assertThat(proposal.get("findings").findValuesAsText("message")).anyMatch(m -> m.startsWith("Văn bản chưa có số"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"empty", "binary", "five-megabytes", "no-items"})
  void refusesInputThatIsNoNoticeWithA400AndNoProposal(String kind) {
    byte[] body = switch (kind) {
      case "empty" -> new byte[0];
      case "binary" -> new byte[] {(byte) 0x50, (byte) 0x4B, 3, 4, (byte) 0xFF, (byte) 0xFE, 0, 0};
      // Exactly 5 MB: within the server's request limit, so the reader itself refuses it.
      case "five-megabytes" -> "1.1. Noi dung lap lai. ".repeat(5 * 1024 * 1024 / 23 + 1).substring(0, 5 * 1024 * 1024)
          .getBytes(StandardCharsets.US_ASCII);
      default -> "Kính gửi các đồng chí.\n\nĐề nghị nghiên cứu, đề xuất.".getBytes(StandardCharsets.UTF_8);
    };

    HttpResponse<String> response = http.postBytes(PATH, TEXT, body, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);

    assertThat(response.statusCode()).as(kind).isEqualTo(400);
    assertThat(response.body()).as(kind).contains("\"message\"").doesNotContain("document").doesNotContain("items");
  }

  @Test
  void refusesAgencyStaff() {
    fixture.user("docvanban.ubnd", List.of("ubnd-thanh-pho"));

    HttpResponse<String> response = http.postBytes(PATH, TEXT, SeedNotice.text().getBytes(StandardCharsets.UTF_8),
        "docvanban.ubnd", TestUsers.PASSWORD);

    assertThat(response.statusCode()).isEqualTo(403);
  }
}
