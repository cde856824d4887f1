package vn.followup.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.followup.support.TestUsers.PASSWORD;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import vn.followup.organisation.Roles;
import vn.followup.support.Browser;
import vn.followup.support.BrowserTest;
import vn.followup.support.ApplicationTestBase;

/**
 * A staff member chooses in Tasklist's header how mails of new work reach them, and the choice is
 * kept on their account; a supervisor, who belongs to no agency and receives no such mail, is offered no choice.
 */
@BrowserTest
class MailPreferenceBrowserTest extends ApplicationTestBase {

  static final String STAFF = "nhanthu.ubnd";
  static final String SUPERVISOR = "nhanthu.giamsat";

  @BeforeEach
  void setUp() {
    Browser.assumeAvailable();
    fixture.user(STAFF, List.of("ubnd-thanh-pho"));
    fixture.user(SUPERVISOR, List.of(Roles.SUPERVISORS));
  }

  @Test
  void letsStaffChooseMailsAtOnceInTasklistsHeaderAndKeepsTheChoice() throws Exception {
    assertThat(http.get("/api/me/mail-preference", STAFF, PASSWORD).body()).contains("\"tong-hop-hang-ngay\"");
    try (Browser browser = fixture.browser()) {
      browser.login("tasklist", STAFF, PASSWORD);
      Select choice = new Select(browser.visible(By.id("followup-mail-preference")));
      assertThat(choice.getFirstSelectedOption().getText()).isEqualTo("Tổng hợp hằng ngày");
      choice.selectByVisibleText("Gửi ngay từng thư");
      browser.waitForText("Đã lưu");
      browser.screenshot("mail-preference");
    }
    assertThat(http.get("/api/me/mail-preference", STAFF, PASSWORD).body()).contains("\"preference\":\"ngay\"");
  }

  @Test
  void offersNoChoiceToAUserWhoReceivesNoMailOfWork() {
    try (Browser browser = fixture.browser()) {
      browser.login("tasklist", SUPERVISOR, PASSWORD);
      browser.waitForText("Việc của tôi");
      assertThat(browser.driver().findElements(By.id("followup-mail-preference"))).isEmpty();
    }
  }
}
