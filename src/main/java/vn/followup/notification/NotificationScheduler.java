package vn.followup.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Background work of every node, like the job executor and switched off with it
 * ({@code camunda.bpm.job-execution.enabled=false}, as the process tests do): delivers due mails
 * every {@code followup.mail.poll-interval} and looks every minute whether today's digest is due.
 */
@Component
@ConditionalOnProperty(name = "camunda.bpm.job-execution.enabled", havingValue = "true", matchIfMissing = true)
class NotificationScheduler {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationScheduler.class);

  private final OutboxSender sender;
  private final DailyDigest digest;

  NotificationScheduler(OutboxSender sender, DailyDigest digest) {
    this.sender = sender;
    this.digest = digest;
  }

  @Scheduled(fixedDelayString = "${followup.mail.poll-interval:5s}", initialDelayString = "${followup.mail.poll-interval:5s}")
  void deliver() {
    try {
      sender.deliverDue();
    } catch (RuntimeException e) {
      LOG.warn("Outbox delivery paused: {}", e.getMessage());
    }
  }

  @Scheduled(fixedDelayString = "60s", initialDelayString = "20s")
  void digest() {
    try {
      int written = digest.runIfDue();
      if (written > 0) {
        LOG.info("Daily digest: {} mails written to the outbox", written);
      }
    } catch (RuntimeException e) {
      LOG.warn("Daily digest not written yet: {}", e.getMessage());
    }
  }
}
