package vn.followup.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import vn.followup.deadline.DeadlineTexts;

/**
 * The words of every mail, in Vietnamese, as plain text and as HTML. Every value that comes from a
 * user or a document (item text, reasons, names) is HTML-escaped in the HTML part. Subjects are
 * short and start with the item number.
 */
@Component
class MailText {

  static final int SUBJECT_LENGTH = 120;
  static final String FOOTER = "Thư do hệ thống Theo dõi thực hiện thông báo kết luận gửi tự động; xin không trả lời thư này.";
  private static final String COPY_NOTE = "Đồng gửi để theo dõi.";

  private final MailSettings settings;
  private final TasklistLinks links;

  MailText(MailSettings settings, TasklistLinks links) {
    this.settings = settings;
    this.links = links;
  }

  /** A rendered mail. */
  record Rendered(String subject, String text, String html, String link) {
  }

  Rendered render(Mail mail, Recipient to) {
    String link = links.task(mail.taskId());
    List<String[]> rows = new ArrayList<>();
    if (mail.item().noticeLabel() != null) {
      rows.add(new String[] {"Thông báo", mail.item().noticeLabel()});
    }
    if (mail.item().itemNumber() != null) {
      rows.add(new String[] {"Nội dung số", mail.item().itemNumber()});
    }
    String excerpt = excerpt(mail.item().itemText());
    if (excerpt != null) {
      rows.add(new String[] {"Trích nội dung", excerpt});
    }
    if (mail.taskName() != null) {
      rows.add(new String[] {"Công việc", mail.taskName()});
    }
    if (mail.dueDate() != null) {
      rows.add(new String[] {"Hạn", date(mail.dueDate())});
    }
    for (Mail.Detail detail : mail.details()) {
      rows.add(new String[] {detail.label(), detail.value()});
    }

    StringBuilder text = new StringBuilder();
    text.append("Kính gửi: ").append(to.name()).append("\n");
    if (to.copy()) {
      text.append(COPY_NOTE).append("\n");
    }
    text.append("\n").append(mail.lead()).append("\n\n");
    for (String[] row : rows) {
      text.append(row[0]).append(": ").append(row[1]).append("\n");
    }
    text.append("\nMở công việc trong Tasklist: ").append(link).append("\n\n-- \n").append(FOOTER).append("\n");

    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>")
        .append(escape(subject(mail))).append("</title></head><body style=\"font-family:'Times New Roman',serif\">")
        .append("<p>Kính gửi: ").append(escape(to.name())).append("</p>");
    if (to.copy()) {
      html.append("<p><em>").append(COPY_NOTE).append("</em></p>");
    }
    html.append("<p>").append(escape(mail.lead())).append("</p><table>");
    for (String[] row : rows) {
      html.append("<tr><th style=\"text-align:left;vertical-align:top;padding-right:1em\">").append(escape(row[0]))
          .append("</th><td>").append(escape(row[1])).append("</td></tr>");
    }
    html.append("</table><p><a href=\"").append(escape(link)).append("\">Mở công việc trong Tasklist</a></p>")
        .append("<p style=\"color:#666\">").append(FOOTER).append("</p></body></html>");
    return new Rendered(subject(mail), text.toString(), html.toString(), link);
  }

  /** "2.1.1 – Việc mới: Tiếp nhận nội dung", at most {@link #SUBJECT_LENGTH} characters. */
  static String subject(Mail mail) {
    String number = mail.item().itemNumber();
    return shorten(number == null ? mail.subject() : number + " – " + mail.subject(), SUBJECT_LENGTH);
  }

  String excerpt(String itemText) {
    if (itemText == null || settings.itemText() == MailSettings.ItemTextInMail.NONE) {
      return null;
    }
    return shorten(itemText.strip().replaceAll("\\s+", " "), MailSettings.EXCERPT_LENGTH);
  }

  static String date(LocalDate day) {
    return DeadlineTexts.DATE.format(day);
  }

  static String escape(String text) {
    return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
  }

  static String shorten(String text, int length) {
    if (text.length() <= length) {
      return text;
    }
    int end = length - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }
}
