package vn.followup.notification;

import java.time.LocalDate;
import java.util.List;

/**
 * One notification before it is addressed: the event, the item, the task it is about and what the
 * recipient needs to know. {@link MailText} renders it for each recipient.
 *
 * @param event    what happened
 * @param item     the item (notice label, number, text)
 * @param subject  the subject after the item number, e.g. "Việc mới: Tiếp nhận nội dung"
 * @param lead     the first sentence of the body
 * @param taskName the task the link opens, or {@code null}
 * @param dueDate  the last day of the deadline concerned, or {@code null}
 * @param details  further labelled lines (a return's reason, an extension's decision)
 * @param taskId   the task the link opens; {@code null} links to Tasklist's start page
 */
record Mail(NotificationEvent event, MailItem item, String subject, String lead, String taskName, LocalDate dueDate,
    List<Detail> details, String taskId) {

  Mail {
    details = details == null ? List.of() : List.copyOf(details);
  }

  Mail withTask(String id) {
    return new Mail(event, item, subject, lead, taskName, dueDate, details, id);
  }

  /** One labelled line of the body. */
  record Detail(String label, String value) {
  }
}
