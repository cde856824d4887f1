package vn.followup.notice;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import vn.followup.followup.ItemState;
import vn.followup.followup.ItemStatusService;
import vn.followup.notice.NoticeProcess.Vars;

/**
 * {@code ServiceTask_PrefillReport}: when a periodic report falls due, drafts its dedicated section
 * with the current state of every item it covers, for the ward to complete.
 */
@Component
class PrefillReportDelegate implements JavaDelegate {

  private final ItemStatusService statuses;

  PrefillReportDelegate(ItemStatusService statuses) {
    this.statuses = statuses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SpinJsonNode report = (SpinJsonNode) execution.getVariable(Vars.REPORT);
    String noticeId = (String) execution.getVariable(Vars.NOTICE_ID);
    List<String> keys = new ArrayList<>();
    report.prop("items").elements().forEach(item -> keys.add(noticeId + "/" + item.stringValue()));
    StringBuilder draft = new StringBuilder("Kết quả thực hiện ").append(execution.getVariable(Vars.NOTICE_LABEL))
        .append(":\n");
    for (ItemState state : statuses.states(keys).values()) {
      draft.append("- Nội dung ").append(state.businessKey().substring(noticeId.length() + 1)).append(": ")
          .append(state.stateLabel());
      if (state.responseDocument() != null) {
        draft.append("; văn bản trả lời số ").append(state.responseDocument());
      }
      if (state.overdue()) {
        draft.append("; quá hạn");
      }
      draft.append('\n');
    }
    String text = draft.toString();
    execution.setVariableLocal(Vars.REPORT_DRAFT, text.length() > 4000 ? text.substring(0, 3990) + " …" : text);
    execution.setVariableLocal(Vars.REPORT_LABEL, report.prop("label").stringValue());
  }
}
