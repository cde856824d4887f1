package vn.followup.notification;

import vn.followup.item.ReviewDecision;

/**
 * What a notification is about, with the words its subject uses and whether it may wait for the
 * recipient's daily digest. The office's lifecycle actions of issue #15 (stop, changed deadline,
 * re-open) are added here as {@link Delivery#AT_ONCE} events with their label, and sent to the
 * agency concerned through {@link Notifications#toAgencyConcerned}, as a decided extension is.
 */
public enum NotificationEvent {

  /** A task newly offered to an agency. */
  NEW_TASK("Việc mới", Delivery.DIGEST_BY_PREFERENCE),
  /** A deadline is near (the reminders before it). */
  DUE_SOON("Sắp đến hạn", Delivery.DIGEST_BY_PREFERENCE),
  /** The office returned a response or a final report to whoever wrote it. */
  RETURNED(ReviewDecision.RETURN.label(), Delivery.AT_ONCE),
  /** The office urged the agency (đôn đốc). */
  URGED("Đôn đốc thực hiện", Delivery.AT_ONCE),
  /** A deadline passed without the answer. */
  OVERDUE("Quá hạn", Delivery.AT_ONCE),
  /** The office decided an extension request. */
  EXTENSION_DECIDED("Kết quả xem xét gia hạn", Delivery.AT_ONCE),
  /** The daily digest of one user. */
  DIGEST("Tổng hợp công việc", Delivery.AT_ONCE);

  /** When a mail goes out. */
  public enum Delivery {
    /** At once, whatever the recipient prefers. */
    AT_ONCE,
    /** At once for users who want each mail, else in their digest at 07:30. */
    DIGEST_BY_PREFERENCE
  }

  private final String label;
  private final Delivery delivery;

  NotificationEvent(String label, Delivery delivery) {
    this.label = label;
    this.delivery = delivery;
  }

  public String label() {
    return label;
  }

  public Delivery delivery() {
    return delivery;
  }
}
