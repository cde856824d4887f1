package vn.followup.notice;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;
import vn.followup.notice.NoticeProcess.Vars;

/** {@code Task_WriteReport}, on complete: the report section is required and fits its column. */
@Component
class RecordReportListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object text = task.getVariable(Vars.REPORT_TEXT);
    if (!(text instanceof String value) || value.isBlank() || value.length() > 4000) {
      throw new FormFieldValidationException(Vars.REPORT_TEXT,
          "Nội dung mục báo cáo là bắt buộc và dài tối đa 4000 ký tự.");
    }
    Object number = task.getVariable(Vars.REPORT_NUMBER);
    if (number != null && number.toString().length() > 20) {
      throw new FormFieldValidationException(Vars.REPORT_NUMBER, "Số báo cáo dài tối đa 20 ký tự.");
    }
  }
}
