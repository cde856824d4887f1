package vn.followup.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.export.Cells;
import vn.followup.engine.EngineClock;
import vn.followup.report.StatusReport.Totals;

/**
 * Drafts the dedicated section of the ward's 6-month or annual report ({@code Task_WriteReport},
 * pre-filled by {@code ServiceTask_PrefillReport}) from the status report's rows for the items it
 * covers, as they stand when the report task opens, for the ward to complete.
 */
@Service
public class PeriodicReportDraft {

  /** The report text column holds 4,000 characters; the draft leaves room to write. */
  static final int MAX_LENGTH = 4000;

  private final StatusReportService reports;

  PeriodicReportDraft(StatusReportService reports) {
    this.reports = reports;
  }

  public String draft(String noticeId, String noticeLabel, Collection<String> itemNumbers) {
    LocalDate today = EngineClock.now().atZone(DeadlineSchedule.VIETNAM).toLocalDate();
    List<ItemStatus> items = reports.currentItems(noticeId).stream()
        .filter(item -> itemNumbers.contains(item.itemNumber())).toList();
    Totals totals = StatusReportService.totals(items, today);
    StringBuilder draft = new StringBuilder("Kết quả thực hiện ").append(noticeLabel)
        .append(" (tính đến ngày ").append(Cells.DATE.format(today)).append("):\n")
        .append("Tổng số ").append(totals.total()).append(" nội dung; hoàn thành đúng hạn ").append(totals.doneOnTime())
        .append("; hoàn thành quá hạn ").append(totals.doneLate())
        .append("; chưa hoàn thành trong hạn ").append(totals.openInTerm() + totals.openExtended())
        .append("; chưa hoàn thành quá hạn ").append(totals.openOverdue())
        .append("; không thời hạn/thường xuyên ").append(totals.noDeadline()).append(".\n");
    for (ItemStatus item : items) {
      draft.append("- Nội dung ").append(item.itemNumber()).append(": ").append(item.lifecycleLabel())
          .append("; ").append(item.timelinessLabel());
      if (item.daysOverdue() != null) {
        draft.append(" ").append(item.daysOverdue()).append(" ngày");
      }
      if (item.responseDocument() != null) {
        draft.append("; văn bản trả lời số ").append(item.responseDocument());
        if (item.responseDate() != null) {
          draft.append(" ngày ").append(Cells.DATE.format(item.responseDate()));
        }
      }
      draft.append('\n');
    }
    String text = draft.toString();
    return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH - 2) + " …" : text;
  }
}
