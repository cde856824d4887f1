package vn.followup.setup;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.followup.deadline.Deadline;
import vn.followup.deadline.DeadlineKind;
import vn.followup.deadline.DeadlineReader;
import vn.followup.deadline.DeadlineReading;
import vn.followup.notice.NoticeDocument;

/**
 * Moves the demo notice's dates before it is registered, so that the 2021 notice reads as if it
 * had been issued today: the demo changes its own document, and registration takes it like any
 * other. An item's dated deadline becomes the day it names moved by the given days, written as
 * a plain date ("hạn cuối 05/01/2027"); a periodic report keeps its wording and moves by whole
 * years (the nearest to the days), since its periods end on fixed days of the year. Undated
 * phrases ("thường xuyên", "khẩn trương") are kept. One remark tells what was moved and lists
 * the phrases as printed.
 */
final class DemoShift {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
  /** The longest remark registration takes. */
  private static final int MAX_REMARK = 1000;

  private final DeadlineReader reader;

  DemoShift(DeadlineReader reader) {
    this.reader = reader;
  }

  NoticeDocument apply(NoticeDocument notice, int days) {
    if (days == 0) {
      return notice;
    }
    Integer year = notice.date() == null ? null : notice.date().getYear();
    List<String> printed = new ArrayList<>();
    List<NoticeDocument.Item> items = new ArrayList<>();
    for (NoticeDocument.Item item : notice.items()) {
      List<NoticeDocument.DeadlineEntry> entries = new ArrayList<>();
      for (NoticeDocument.DeadlineEntry entry : item.deadlines() == null ? List.<NoticeDocument.DeadlineEntry>of()
          : item.deadlines()) {
        LocalDate lastDay = singleLastDay(reader.read(entry.phrase(), year));
        if (lastDay == null) {
          entries.add(entry);
        } else {
          entries.add(new NoticeDocument.DeadlineEntry(entry.type(), "hạn cuối " + DAY.format(lastDay.plusDays(days))));
          printed.add(item.number() + ": \"" + entry.phrase() + "\"");
        }
      }
      items.add(new NoticeDocument.Item(item.number(), item.text(), item.kind(), item.lead(), item.coordinators(),
          entries, item.proposer()));
    }
    int years = Math.round(days / 365.2425f);
    List<NoticeDocument.Report> reports = notice.reports() == null ? null : notice.reports().stream()
        .map(report -> new NoticeDocument.Report(plusYears(report.phrase(), years), report.agency(), report.items()))
        .toList();
    List<String> remarks = new ArrayList<>(notice.remarks() == null ? List.of() : notice.remarks());
    String remark = "Dữ liệu minh họa: các thời hạn được dời " + days + " ngày (kỳ báo cáo dời " + years
        + " năm) so với văn bản gốc, như thể thông báo mới ban hành; thời hạn như văn bản gốc ghi: "
        + String.join("; ", printed) + ".";
    remarks.add(remark.length() <= MAX_REMARK ? remark : remark.substring(0, MAX_REMARK - 1) + "…");
    return new NoticeDocument(notice.id(), notice.number(), notice.symbol(), notice.date(), notice.place(),
        notice.issuer(), notice.signer(), notice.summary(), remarks, items, reports);
  }

  /** The last day a phrase names, when it names exactly one; else null (undated, several, unread). */
  private static LocalDate singleLastDay(DeadlineReading reading) {
    if (!reading.isRead() || reading.deadlines().size() != 1) {
      return null;
    }
    Deadline deadline = reading.deadlines().get(0);
    return deadline.kind() == DeadlineKind.DATED ? deadline.lastDay() : null;
  }

  private static String plusYears(String phrase, int years) {
    Matcher year = YEAR.matcher(phrase);
    StringBuilder moved = new StringBuilder();
    while (year.find()) {
      year.appendReplacement(moved, Integer.toString(Integer.parseInt(year.group(1)) + years));
    }
    year.appendTail(moved);
    return moved.toString();
  }
}
