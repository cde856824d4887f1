package vn.followup.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.followup.support.TestUsers.PASSWORD;

import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.followup.item.ItemProcess.Elements;
import vn.followup.support.Browser;
import vn.followup.support.TestData;
import vn.followup.support.BrowserTest;
import vn.followup.support.ApplicationTestBase;

/**
 * An item whose text carries markup, in headless Chromium: Tasklist's list card, the opened task's
 * title and the item card of its form show the markup as the text it is, and its script never runs.
 */
@BrowserTest
class PlainTextBrowserTest extends ApplicationTestBase {

  static final String LEAD = "chuthuong.thanhtra";
  /** An agency no other test gives tasks to, so that the item's card is on Tasklist's first page. */
  static final String AGENCY = "thanh-tra-thanh-pho";
  static final String MARKUP = "<b>đậm</b> <script>window.__xss=1</script>";

  @BeforeEach
  void setUp() {
    Browser.assumeAvailable();
    fixture.user(LEAD, List.of(AGENCY));
  }

  @Test
  void anItemsMarkupIsShownAsTextInTheListCardTheTaskTitleAndTheFormAndNeverRuns() {
    String key = TestData.registerItem(fixture.http(), AGENCY, List.of(), "xong trước 30/12/2099",
        "Rà soát " + MARKUP);
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key)
        .taskDefinitionKey(Elements.TASK_RECEIVE).singleResult();
    assertThat(task.getName()).as("stored as written").endsWith("Rà soát " + MARKUP);

    try (Browser lead = fixture.browser()) {
      lead.login("tasklist", LEAD, PASSWORD);
      lead.clickable(By.xpath("//div[contains(@class,'task-filter')]//h4/a[contains(normalize-space(.),'Việc của đơn vị')]"))
          .click();
      lead.visible(By.cssSelector(".tasks-list"));
      lead.script("const hash = window.location.hash.replace(/([?&])task=[^&]*/, '');"
          + "window.location.hash = hash + (hash.includes('?') ? '&' : '?') + 'task=' + arguments[0];", task.getId());
      lead.visible(By.cssSelector(".fjs-form"));
      // Read in one script call each: Tasklist redraws its list and title while it refreshes.
      lead.waitUntil(d -> cardTexts(lead).stream().anyMatch(text -> text.contains(MARKUP)));
      lead.screenshot("chu-thuong-01-the-va-tieu-de");

      assertThat(cardTexts(lead).stream().filter(text -> text.contains(MARKUP)).findFirst().orElseThrow())
          .as("the list card").isEqualTo(task.getName());
      lead.waitUntil(d -> task.getName().equals(lead.script(
          "const title = document.querySelector('h2.task'); return title ? title.innerText.trim() : null;")));
      WebElement itemText = lead.visible(By.xpath("//*[contains(@class,'fjs-form-field-html')]"
          + "[contains(normalize-space(.),'Nội dung 2.1.2:')]"));
      assertThat(itemText.getText()).as("the form's item card").contains("Rà soát " + MARKUP);
      assertThat(lead.driver().findElements(By.cssSelector(".tasks-list b, .tasks-list script, h2.task b,"
          + " h2.task script, .fjs-form b, .fjs-form script"))).as("no element made of the item's text").isEmpty();
      assertThat(lead.script("return typeof window.__xss;")).as("the item's script never ran").isEqualTo("undefined");
    }
  }

  /** The texts of Tasklist's list cards, read at one instant. */
  @SuppressWarnings("unchecked")
  private static List<String> cardTexts(Browser browser) {
    return (List<String>) browser.script(
        "return Array.from(document.querySelectorAll('.tasks-list h4.task a')).map(a => a.innerText.trim());");
  }
}
