package vn.followup.notice;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import vn.followup.item.ReportSections;
import vn.followup.item.ReportSections.ReportSectionAccepted;
import vn.followup.notice.NoticeProcess.Vars;

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
    SpinJsonNode report = (SpinJsonNode) execution.getVariable(Vars.REPORT);
    String noticeId = (String) execution.getVariable(Vars.NOTICE_ID);
    Map<String, String> businessKeys = new LinkedHashMap<>();
    Set<String> lastFor = new LinkedHashSet<>();
    // Reports scheduled before items answered by sections have neither list: nothing to apply.
    if (report.hasProp("answers")) {
      report.prop("answers").elements().forEach(item -> businessKeys.put(item.stringValue(),
          noticeId + "/" + item.stringValue()));
      report.prop("lastFor").elements().forEach(item -> lastFor.add(item.stringValue()));
    }
    var notWaiting = sections.apply(new ReportSectionAccepted(
        (String) execution.getVariable(Vars.REPORT_LABEL),
        (String) execution.getVariable(Vars.REPORT_NUMBER),
        LocalDate.parse(execution.getVariable(Vars.REPORT_DATE).toString().substring(0, 10)),
        sections.doneItems(execution), businessKeys, lastFor,
        (String) execution.getVariable(ReportSections.REVIEWER)));
    execution.setVariableLocal(Vars.REPORT_ITEMS_NOT_WAITING, String.join(", ", notWaiting));
  }
}
