package vn.followup.notice;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import vn.followup.notice.NoticeProcess.Vars;
import vn.followup.report.PeriodicReportDraft;

/**
 * {@code ServiceTask_PrefillReport}: when a periodic report falls due, drafts its dedicated section
 * from the status report's rows for every item it covers, for the ward to complete.
 */
@Component
class PrefillReportDelegate implements JavaDelegate {

  private final PeriodicReportDraft drafts;

  PrefillReportDelegate(PeriodicReportDraft drafts) {
    this.drafts = drafts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SpinJsonNode report = (SpinJsonNode) execution.getVariable(Vars.REPORT);
    List<String> numbers = new ArrayList<>();
    report.prop("items").elements().forEach(item -> numbers.add(item.stringValue()));
    execution.setVariableLocal(Vars.REPORT_DRAFT, drafts.draft((String) execution.getVariable(Vars.NOTICE_ID),
        (String) execution.getVariable(Vars.NOTICE_LABEL), numbers));
    execution.setVariableLocal(Vars.REPORT_LABEL, report.prop("label").stringValue());
  }
}
