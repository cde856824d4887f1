package vn.followup.notice;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.followup.notice.ReportSections.ReportSectionAccepted;
import vn.followup.notice.NoticeProcess.ScheduledReport;
import vn.followup.notice.NoticeProcess.Values;

/**
 * {@code ServiceTask_ApplyReport}: the office accepted the section, so every item that answers by
 * it records its state as reported; the items the section closes leave the report loop.
 */
@Component
class ApplyReportDelegate implements JavaDelegate {

  private final ReportSections sections;

  ApplyReportDelegate(ReportSections sections) {
    this.sections = sections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ScheduledReport report = Values.REPORT.get(execution);
    String noticeId = Values.NOTICE_ID.get(execution);
    Map<String, String> businessKeys = new LinkedHashMap<>();
    // Reports scheduled before items answered by sections have neither list: nothing to apply.
    report.answers().forEach(item -> businessKeys.put(item, noticeId + "/" + item));
    var notWaiting = sections.apply(new ReportSectionAccepted(
        Values.REPORT_LABEL.get(execution),
        Values.REPORT_NUMBER.get(execution),
        LocalDate.parse(Values.REPORT_DATE.get(execution).substring(0, 10)),
        sections.doneItems(execution), businessKeys, new LinkedHashSet<>(report.lastFor()),
        ReportSections.Values.REVIEWER.get(execution)));
    Values.REPORT_ITEMS_NOT_WAITING.setLocal(execution, String.join(", ", notWaiting));
  }
}
