package vn.followup.notice;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.followup.notice.NoticeProcess.Values;

/**
 * {@code Task_WriteReport}, on complete: the section's text, the report's number and date, and the
 * covered items it reports done.
 */
@Component
class RecordReportListener implements TaskListener {

  private final ReportSections sections;

  RecordReportListener(ReportSections sections) {
    this.sections = sections;
  }

  @Override
  public void notify(DelegateTask task) {
    sections.checkWritten(task, Values.REPORT.get(task).items());
  }
}
