package vn.followup.notification;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The words of the daily digest, in Vietnamese, as plain text and as HTML (every value escaped). */
@Component
class DigestText {

  private final TasklistLinks links;

  DigestText(TasklistLinks links) {
    this.links = links;
  }

  /** One task listed in a digest. */
  record Entry(String taskId, String itemNumber, String taskName, LocalDate dueDate, String noticeLabel, String link) {
  }

  MailText.Rendered render(Recipient to, LocalDate day, List<Entry> fresh, List<Entry> dueSoon, List<Entry> overdue) {
    int count = fresh.size() + dueSoon.size() + overdue.size();
    String subject = "Tổng hợp công việc ngày " + MailText.date(day) + ": " + count + " việc"
        + (overdue.isEmpty() ? "" : ", " + overdue.size() + " quá hạn");
    StringBuilder text = new StringBuilder("Kính gửi: ").append(to.name()).append("\n\n")
        .append("Tổng hợp công việc của đồng chí trong hệ thống Theo dõi thực hiện thông báo kết luận.\n");
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>")
        .append(MailText.escape(subject)).append("</title></head><body style=\"font-family:'Times New Roman',serif\">")
        .append("<p>Kính gửi: ").append(MailText.escape(to.name())).append("</p>")
        .append("<p>Tổng hợp công việc của đồng chí trong hệ thống Theo dõi thực hiện thông báo kết luận.</p>");
    section(text, html, "Việc đã quá hạn", overdue);
    section(text, html, "Việc sắp đến hạn", dueSoon);
    section(text, html, "Việc mới từ lần tổng hợp trước", fresh);
    text.append("\nMở Tasklist: ").append(links.tasklist()).append("\n\n-- \n").append(MailText.FOOTER).append("\n");
    html.append("<p><a href=\"").append(MailText.escape(links.tasklist())).append("\">Mở Tasklist</a></p>")
        .append("<p style=\"color:#666\">").append(MailText.FOOTER).append("</p></body></html>");
    return new MailText.Rendered(subject, text.toString(), html.toString(), links.tasklist());
  }

  private void section(StringBuilder text, StringBuilder html, String title, List<Entry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    text.append("\n").append(title).append(" (").append(entries.size()).append("):\n");
    html.append("<h3>").append(title).append(" (").append(entries.size()).append(")</h3><ul>");
    for (Entry e : entries) {
      String line = line(e);
      String link = e.link() != null ? e.link() : links.task(e.taskId());
      text.append("- ").append(line).append("\n  ").append(link).append("\n");
      html.append("<li><a href=\"").append(MailText.escape(link)).append("\">").append(MailText.escape(line))
          .append("</a></li>");
    }
    html.append("</ul>");
  }

  private static String line(Entry e) {
    StringBuilder line = new StringBuilder();
    if (e.itemNumber() != null) {
      line.append(e.itemNumber()).append(" – ");
    }
    line.append(e.taskName() == null ? "" : e.taskName());
    if (e.dueDate() != null) {
      line.append(" – hạn ").append(MailText.date(e.dueDate()));
    }
    if (e.noticeLabel() != null) {
      line.append(" (").append(e.noticeLabel()).append(")");
    }
    return line.toString();
  }
}
