package vn.followup.notice;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import vn.followup.item.ReportSections;
import vn.followup.notice.NoticeProcess.Vars;

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
    SpinJsonNode report = (SpinJsonNode) task.getVariable(Vars.REPORT);
    List<String> covered = new ArrayList<>();
    report.prop("items").elements().forEach(item -> covered.add(item.stringValue()));
    sections.checkWritten(task, covered);
  }
}
