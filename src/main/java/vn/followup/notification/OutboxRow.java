package vn.followup.notification;

import java.time.LocalDate;

/** One row to write to {@code followup_notification}: one mail to one address. */
record OutboxRow(NotificationEvent event, Status status, Recipient to, String businessKey, String itemNumber,
    String taskId, String taskName, LocalDate dueDate, String noticeLabel, String link, String subject, String text,
    String html) {

  /** Where a row stands. */
  enum Status {
    /** Waits for the recipient's daily digest. */
    HELD,
    /** To be sent. */
    PENDING,
    SENT,
    /** Given up after the last attempt. */
    FAILED,
    /** Went out in a digest (its {@code digest_id}). */
    DIGESTED,
    /** The user has no e-mail address: nothing can be sent. */
    SKIPPED
  }
}
