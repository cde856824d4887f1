package vn.followup.notice;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;
import vn.followup.notice.NoticeProcess.Vars;

/**
 * {@code ServiceTask_ReleaseItems}: the office has given the draft its number and date; store them
 * and release the items that waited for them. A wrong number refuses the numbering task.
 */
@Component
class ReleaseItemsDelegate implements JavaDelegate {

  private final NoticeService notices;

  ReleaseItemsDelegate(NoticeService notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object number = execution.getVariable(Vars.NOTICE_NUMBER);
    String label;
    try {
      label = notices.assignNumber((String) execution.getVariable(Vars.NOTICE_ID),
          number == null ? null : number.toString(), date(execution.getVariable(Vars.NOTICE_DATE)));
    } catch (NoticeValidationException e) {
      FieldError error = e.errors().get(0);
      throw new FormFieldValidationException(error.field(), error.message());
    }
    execution.setVariable(Vars.NOTICE_LABEL, label);
    execution.setVariable(Vars.NOTICE_NUMBERED, true);
  }

  private static LocalDate date(Object value) {
    try {
      return value == null || value.toString().isBlank() ? null : LocalDate.parse(value.toString().trim());
    } catch (DateTimeParseException e) {
      throw new NoticeValidationException(List.of(new FieldError(Vars.NOTICE_DATE, "Ngày phải có dạng YYYY-MM-DD.")));
    }
  }
}
