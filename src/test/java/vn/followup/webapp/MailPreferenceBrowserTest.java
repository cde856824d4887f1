package vn.followup.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.followup.organisation.Roles;
import vn.followup.support.Browser;
import vn.followup.support.FollowupSpringBootTest;
import vn.followup.support.Http;
import vn.followup.support.TestData;

/**
 * A staff member chooses in Tasklist's header how mails of new work reach them, and the choice is
 * kept on their account; a supervisor, who belongs to no agency and receives no such mail, is offered no choice.
 */
@FollowupSpringBootTest
class MailPreferenceBrowserTest {

  static final String PASSWORD = "Nhan-thu-bao-2026";
  static final String STAFF = "nhanthu.ubnd";
  static final String SUPERVISOR = "nhanthu.giamsat";

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identityService;

  @BeforeEach
  void setUp() {
    Browser.assumeAvailable();
    TestData.user(identityService, STAFF, PASSWORD, List.of("ubnd-thanh-pho"));
    TestData.user(identityService, SUPERVISOR, PASSWORD, List.of(Roles.SUPERVISORS));
  }

  @Test
  void letsStaffChooseMailsAtOnceInTasklistsHeaderAndKeepsTheChoice() throws Exception {
    Http http = new Http(port);
    assertThat(http.get("/api/me/mail-preference", STAFF, PASSWORD).body()).contains("\"tong-hop-hang-ngay\"");
    try (Browser browser = Browser.open(port)) {
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
    try (Browser browser = Browser.open(port)) {
      browser.login("tasklist", SUPERVISOR, PASSWORD);
      browser.waitForText("Việc của tôi");
      assertThat(browser.driver().findElements(By.id("followup-mail-preference"))).isEmpty();
    }
  }
}
