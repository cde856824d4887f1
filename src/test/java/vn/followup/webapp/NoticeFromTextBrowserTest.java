package vn.followup.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.followup.support.TestUsers.PASSWORD;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.followup.noticetext.NoticeFromTextProcess;
import vn.followup.support.Browser;
import vn.followup.support.SeedNotice;
import vn.followup.support.BrowserTest;
import vn.followup.support.ApplicationTestBase;

/**
 * The clerk registers the seed notice from its text in Tasklist: pastes the whole text into the
 * start form "Đăng ký thông báo từ toàn văn", finds the review task in their list with the
 * registration form filled in (16 items, the points to check), gives the draft its id, adds a
 * deadline inside the repeating list and completes; the notice and its items are registered.
 */
@BrowserTest
class NoticeFromTextBrowserTest extends ApplicationTestBase {

  static final String CLERK = "vanthu.toanvan";

  @BeforeEach
  void setUp() {
    Browser.assumeAvailable();
    fixture.user(CLERK, List.of("van-phong-thanh-uy"));
  }

  @Test
  void theClerkPastesTheSeedReviewsTheProposalAndRegistersIt() {
    String id = "toan-van-" + UUID.randomUUID().toString().substring(0, 8);
    try (Browser browser = fixture.browser()) {
      browser.login("tasklist", CLERK, PASSWORD);
      browser.press(browser.clickable(By.xpath("//a[contains(normalize-space(.),'Khởi tạo quy trình')]")));
      browser.press(browser.clickable(By.xpath("//a[@ng-click='selectProcessDefinition(processDefinition)']"
          + "[contains(normalize-space(.),'Đăng ký thông báo từ toàn văn')]")));
      browser.visible(By.cssSelector(".modal .fjs-form textarea"));
      // 15,000 characters, set as a paste would (one input event) rather than key by key. The form
      // takes the value after its input debounce (300 ms); a press before that submits an empty text,
      // which the form refuses and clears, so the text is set again and the press waits for it.
      By start = By.cssSelector("button[ng-click='startProcessInstance()']");
      long[] pastedAt = {0};
      browser.waitUntil(d -> {
        if (review() != null) {
          return true;
        }
        if (browser.script("return document.querySelector('.modal .fjs-form textarea').value").toString().isEmpty()) {
          browser.script("const area = document.querySelector('.modal .fjs-form textarea'); area.value = arguments[0];"
              + " area.dispatchEvent(new Event('input', {bubbles: true}));", SeedNotice.text());
          pastedAt[0] = System.currentTimeMillis();
          browser.screenshot("14-dan-toan-van");
        } else if (System.currentTimeMillis() - pastedAt[0] > 1000) {
          d.findElements(start).stream().filter(button -> button.isDisplayed() && button.isEnabled()).findFirst()
              .ifPresent(browser::press);
        }
        return false;
      });

      browser.go("/camunda/app/tasklist/default/#/?task=" + review().getId());
      String notes = browser.visible(By.xpath("//label[contains(normalize-space(.),'Những điểm cần kiểm tra')]"
          + "/following::textarea[1]")).getAttribute("value");
      assertThat(notes).contains("• Số: Văn bản chưa có số",
          "• Nội dung 1.7.3 – cơ quan phối hợp: Gợi ý Công an thành phố Lào Cai phối hợp theo nội dung (\"nhân khẩu\")");
      browser.press(browser.clickable(By.cssSelector(".fjs-repeat-render-collapse")));
      browser.waitUntil(d -> itemNumbers(browser).size() == 16);
      assertThat(itemNumbers(browser)).containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7.1", "1.7.2",
          "1.7.3", "1.7.4", "1.7.5", "2.1.1", "2.1.2", "2.1.3", "2.1.4", "2.1.5");
      // Each point to check also stands under the field it concerns: the notice's number, item 1.7.3's coordinators.
      Object placed = browser.script("""
          return Array.from(document.querySelectorAll('.followup-finding')).map(note => {
            const row = note.closest('.fjs-repeat-row-container');
            const number = row && Array.from(row.querySelectorAll('input')).map(i => i.value).find(v => /^[0-9.]+$/.test(v));
            const label = note.closest('.fjs-form-field').querySelector('label').textContent.trim();
            return (number ? number + ' ' : '') + label + ': ' + note.textContent;
          });""");
      assertThat((List<?>) placed).anySatisfy(note -> assertThat(note.toString()).startsWith("Số thông báo")
          .contains("Văn bản chưa có số"));
      assertThat((List<?>) placed).anySatisfy(note -> assertThat(note.toString()).startsWith("1.7.3 Cơ quan phối hợp")
          .contains("Gợi ý Công an thành phố Lào Cai phối hợp"));
      browser.screenshot("15-kiem-tra-de-xuat");
      browser.fill("Mã thông báo trong hệ thống", id);
      // An edit inside the repeating list: item 1.1 gets a completion deadline the text does not state.
      browser.fill("Hạn hoàn thành", "trong quý IV năm 2022");
      browser.completeTask();
      browser.waitUntil(d -> jdbc.queryForObject("select count(*) from followup_item where notice_id = ?",
          Integer.class, id) == 16);
    }
    assertThat(jdbc.queryForObject("select summary from followup_notice where id = ?", String.class, id))
        .isEqualTo("Kết luận của Thường trực Thành ủy tại buổi làm việc với Đảng ủy phường Xuân Tăng");
    assertThat(jdbc.queryForObject("select document from followup_notice where id = ?", String.class, id))
        .contains("trong quý IV năm 2022").contains("báo cáo 6 tháng, 01 năm của cấp ủy trong năm 2022");
  }

  @SuppressWarnings("unchecked")
  private static List<String> itemNumbers(Browser browser) {
    return (List<String>) browser.script("return Array.from(document.querySelectorAll('.fjs-form-field-dynamiclist"
        + " .fjs-form-field-textfield input')).filter(i => /^[0-9.]+$/.test(i.value)).map(i => i.value);");
  }

  private Task review() {
    return taskService.createTaskQuery().processDefinitionKey(NoticeFromTextProcess.KEY)
        .taskDefinitionKey(NoticeFromTextProcess.Elements.TASK_REVIEW_PROPOSAL).taskAssignee(CLERK).singleResult();
  }

}
