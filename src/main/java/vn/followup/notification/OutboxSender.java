package vn.followup.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox through SMTP. Each mail is claimed, sent and marked sent in one transaction:
 * {@code SELECT … FOR UPDATE SKIP LOCKED} hands a pending row to one sender only, so several
 * senders (threads, nodes) on one database never send a row twice; a node that dies while sending
 * releases its lock with its connection, and the row is sent again by another (the one case of a
 * repeat: the server accepted the mail and the node died before the commit; the repeat carries the
 * same Message-ID, by which mail clients drop it). A refused or failed send keeps the row pending,
 * retried after a delay that doubles up to {@link MailSettings#maxRetryDelay()}, and ends this
 * round: while the server is down, one row per round finds it out, not every row.
 *
 * <p>Chosen over a Camunda job per row: a mail is not a step of a process; job retries are counted
 * down and end in incidents, where mails must wait out a server outage of hours; and the outbox stays
 * one table an administrator lists ({@code GET /api/notifications}) and operators count.
 */
@Component
class OutboxSender {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
  private static final int ROUND = 100;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final MailSettings settings;
  private final String messageIdDomain;

  OutboxSender(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
      ObjectProvider<JavaMailSender> mailSender, MailSettings settings) {
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactionManager);
    this.mailSender = mailSender;
    this.settings = settings;
    String host = URI.create(settings.publicUrl()).getHost();
    this.messageIdDomain = host == null ? "localhost" : host;
  }

  /** Whether mails leave the outbox: delivery on and an SMTP server configured ({@code spring.mail.host}). */
  boolean active() {
    return settings.enabled() && mailSender.getIfAvailable() != null;
  }

  /** Sends the pending mails that are due, up to a round's worth; returns how many were sent. */
  int deliverDue() {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (!settings.enabled() || sender == null) {
      return 0;
    }
    int sent = 0;
    for (int i = 0; i < ROUND; i++) {
      Outcome outcome = transactions.execute(status -> deliverOne(sender));
      if (outcome != Outcome.SENT) {
        break;
      }
      sent++;
    }
    return sent;
  }

  private enum Outcome { NOTHING_DUE, SENT, FAILED }

  private Outcome deliverOne(JavaMailSender sender) {
    List<Due> due = jdbc.query("select id, address, subject, body_text, body_html, attempts from followup_notification"
            + " where status = 'PENDING' and next_attempt_at <= now() order by next_attempt_at, id limit 1"
            + " for update skip locked",
        (rs, n) -> new Due(rs.getLong("id"), rs.getString("address"), rs.getString("subject"),
            rs.getString("body_text"), rs.getString("body_html"), rs.getInt("attempts")));
    if (due.isEmpty()) {
      return Outcome.NOTHING_DUE;
    }
    Due row = due.get(0);
    try {
      sender.send(message(sender, row));
      jdbc.update("update followup_notification set status = 'SENT', sent_at = now(), attempts = attempts + 1,"
          + " last_error = null where id = ?", row.id());
      return Outcome.SENT;
    } catch (MailException | MessagingException | UnsupportedEncodingException e) {
      int attempts = row.attempts() + 1;
      String error = shorten(e.getClass().getSimpleName() + ": " + e.getMessage());
      if (attempts >= settings.maxAttempts()) {
        jdbc.update("update followup_notification set status = 'FAILED', attempts = ?, last_error = ? where id = ?",
            attempts, error, row.id());
        LOG.error("Notification {} to {} given up after {} attempts: {}", row.id(), row.address(), attempts, error);
      } else {
        long delayMillis = settings.retryDelayAfter(attempts).toMillis();
        jdbc.update("update followup_notification set attempts = ?, last_error = ?,"
            + " next_attempt_at = now() + ? * interval '1 millisecond' where id = ?", attempts, error, delayMillis, row.id());
        LOG.warn("Notification {} not sent (attempt {}), next try in {} ms: {}", row.id(), attempts, delayMillis, error);
      }
      return Outcome.FAILED;
    }
  }

  private MimeMessage message(JavaMailSender sender, Due row) throws MessagingException, UnsupportedEncodingException {
    Session session = sender instanceof JavaMailSenderImpl impl ? impl.getSession()
        : Session.getInstance(new Properties());
    String messageId = "<notification-" + row.id() + "@" + messageIdDomain + ">";
    MimeMessage message = new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
    MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
    InternetAddress from = new InternetAddress(settings.from(), false);
    from.setPersonal(from.getPersonal(), "UTF-8");
    helper.setFrom(from);
    helper.setTo(new InternetAddress(row.address(), true));
    helper.setSubject(row.subject());
    helper.setText(row.text(), row.html());
    return message;
  }

  private static String shorten(String text) {
    return text.length() <= 1000 ? text : text.substring(0, 1000);
  }

  private record Due(long id, String address, String subject, String text, String html, int attempts) {
  }
}
