package vn.followup.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.followup.support.TestUsers.PASSWORD;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.followup.item.ItemProcess;
import vn.followup.item.ItemProcess.Elements;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.support.FollowupSpringBootTest;
import vn.followup.support.TestData;
import vn.followup.support.TestPdfs;
import vn.followup.support.ApplicationTestBase;

/**
 * Files that could act on the reader's computer instead of being read, and names that hide what a
 * file is, refused over HTTP on PostgreSQL with their Vietnamese reason and nothing stored. The PDFs
 * are made in the test with PDFBox.
 */
@FollowupSpringBootTest
@TestPropertySource(properties = "followup.documents.response-requires-pdf=true")
class DocumentsThatCanActTest extends ApplicationTestBase {

  static final String LEAD = "chidedoc.ubnd";

  /** The "Cập nhật văn bản trả lời" every test attaches to; nothing is ever stored on it. */
  static String taskId;

  @BeforeEach
  void setUp() {
    fixture.user(LEAD, List.of("ubnd-thanh-pho"));
    if (taskId == null) {
      String key = TestData.registerItem(http, "ubnd-thanh-pho", List.of(), "xong trước 30/12/2099",
          "Rà soát quy hoạch khu dân cư.");
      String item = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ItemProcess.KEY)
          .processInstanceBusinessKey(key).singleResult().getId();
      driver.complete(driver.task(item, Elements.TASK_RECEIVE), LEAD, Map.of(Vars.FOCAL_OFFICER, "Trần Thị Bình"));
      taskId = driver.task(item, Elements.TASK_WRITE_RESPONSE).getId();
    }
  }

  private int stored() {
    return jdbc.queryForObject("select count(*) from followup_document", Integer.class)
        + jdbc.queryForObject("select count(*) from followup_document_content", Integer.class);
  }

  /** Uploads the file as the lead agency's staff and asserts the refusal's reason and that nothing was stored. */
  private void assertRefused(String name, byte[] content, String... reason) {
    int before = stored();

    HttpResponse<String> response = http.postBytes("/api/tasks/" + taskId + "/documents?name="
        + URLEncoder.encode(name, StandardCharsets.UTF_8), "application/octet-stream", content, LEAD, PASSWORD);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains(reason).contains("Chưa có gì được lưu.");
    assertThat(stored()).as("nothing stored").isEqualTo(before);
  }

  @Test
  void refusesAPdfThatRunsJavaScriptWhenOpened() {
    assertRefused("tra-loi.pdf", TestPdfs.javaScriptOnOpen(), "Tệp PDF có mã JavaScript");
  }

  @Test
  void refusesAPdfWhosePageRunsJavaScriptWhenShown() {
    assertRefused("tra-loi.pdf", TestPdfs.javaScriptOnPageOpen(), "Tệp PDF có mã JavaScript");
  }

  @Test
  void refusesAPdfThatLaunchesAProgram() {
    assertRefused("tra-loi.pdf", TestPdfs.launchLink(), "Tệp PDF có lệnh chạy chương trình", "(Launch)");
  }

  @Test
  void refusesAPdfWithAWebLink() {
    assertRefused("tra-loi.pdf", TestPdfs.uriLink(), "Tệp PDF có liên kết tự mở trang web (URI)");
  }

  @Test
  void refusesAPdfCarryingAnEmbeddedFile() {
    assertRefused("tra-loi.pdf", TestPdfs.embeddedFile(), "Tệp PDF có tệp khác đính kèm bên trong");
  }

  @Test
  void refusesAPdfFollowedByAnHtmlPage() {
    assertRefused("tra-loi.pdf", TestPdfs.followedByHtml(), "dữ liệu khác nối sau dấu kết thúc %%EOF");
  }

  @Test
  void refusesANameWhoseRightToLeftOverrideHidesAnExe() {
    assertRefused("hoa-don\u202Efdp.exe", TestPdfs.plain(), "ký tự đổi chiều văn bản U+202E");
  }

  @Test
  void refusesANameWithAnInvisibleCharacter() {
    assertRefused("tra\u200Bloi.pdf", TestPdfs.plain(), "ký tự ẩn U+200B");
  }

  @Test
  void refusesANameWhoseExtensionIsNotTheFilesType() {
    assertRefused("tra-loi.html", TestPdfs.plain(), "đuôi .html", "nội dung tệp là PDF", ".pdf");
    assertRefused("tra-loi.exe", TestPdfs.plain(), "đuôi .exe");
    assertRefused("tra-loi", TestPdfs.plain(), "không có đuôi", ".pdf");
  }
}
