package vn.followup.notification;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code followup.mail.*} (application.yaml, docs/operations.md "Notifications (e-mail)"). The SMTP server
 * itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param enabled      deliver the outbox through SMTP; false keeps every notification in the outbox
 * @param publicUrl    the address users open the application at, for the links in the mails
 * @param from         the sender of every mail
 * @param itemText     how much of the item's text a mail quotes
 * @param digestTime   when the daily digest goes out on working days, Vietnam time
 * @param pollInterval how often the sender looks for due mails
 * @param retryDelay   the wait after the first failed attempt; doubled after each further one
 * @param maxRetryDelay the longest wait between two attempts
 * @param maxAttempts  attempts before a mail is given up (FAILED)
 */
@ConfigurationProperties("followup.mail")
record MailSettings(
    boolean enabled,
    String publicUrl,
    String from,
    ItemTextInMail itemText,
    LocalTime digestTime,
    Duration pollInterval,
    Duration retryDelay,
    Duration maxRetryDelay,
    int maxAttempts) {

  /** How much of an item's text a mail quotes. */
  enum ItemTextInMail {
    /** Nothing: the item number and the link only. */
    NONE,
    /** The first 200 characters. */
    FIRST_200
  }

  static final int EXCERPT_LENGTH = 200;

  MailSettings {
    publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.replaceAll("/+$", "");
    from = from == null || from.isBlank() ? "Theo dõi thông báo kết luận <no-reply@localhost>" : from;
    itemText = itemText == null ? ItemTextInMail.FIRST_200 : itemText;
    digestTime = digestTime == null ? LocalTime.of(7, 30) : digestTime;
    pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
    retryDelay = retryDelay == null ? Duration.ofSeconds(30) : retryDelay;
    maxRetryDelay = maxRetryDelay == null ? Duration.ofMinutes(30) : maxRetryDelay;
    maxAttempts = maxAttempts <= 0 ? 200 : maxAttempts;
  }

  /** The wait after the given number of failed attempts: doubling, capped. */
  Duration retryDelayAfter(int failedAttempts) {
    Duration delay = retryDelay;
    for (int i = 1; i < failedAttempts && delay.compareTo(maxRetryDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
  }
}
