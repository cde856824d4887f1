package vn.followup.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.followup.support.FastTest;

@FastTest
class MailSettingsTest {

  @Test
  void doublesTheRetryDelayAfterEachFailureUpToTheLongest() {
    MailSettings settings = new MailSettings(true, "https://theodoi.example.vn/", null, null, null, null,
        Duration.ofSeconds(30), Duration.ofMinutes(30), 0);
    assertThat(settings.retryDelayAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.retryDelayAfter(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(settings.retryDelayAfter(7)).isEqualTo(Duration.ofMinutes(30));
    assertThat(settings.retryDelayAfter(200)).isEqualTo(Duration.ofMinutes(30));
    assertThat(settings.publicUrl()).as("no trailing slash in links").isEqualTo("https://theodoi.example.vn");
  }

  @Test
  void subjectsStartWithTheItemNumberAndStayShort() {
    Mail mail = new Mail(NotificationEvent.NEW_TASK, new MailItem("k/2.1.1", null, "2.1.1", null),
        "Việc mới: " + "Cập nhật văn bản trả lời ".repeat(10), "", null, null, null, null);
    assertThat(MailText.subject(mail)).startsWith("2.1.1 – Việc mới: Cập nhật văn bản trả lời").hasSize(MailText.SUBJECT_LENGTH)
        .endsWith("…");
  }
}
