package vn.followup.notice;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.engine.EngineClock;
import vn.followup.engine.FormInput;
import vn.followup.notice.NoticeProcess.Values;
import vn.followup.notice.NoticeProcess.Fields;

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
    FormInput input = FormInput.of(execution);
    String number = input.text(Fields.NOTICE_NUMBER);
    LocalDate date = input.dateNotAfter(Fields.NOTICE_DATE, EngineClock.now().atZone(DeadlineSchedule.VIETNAM)
        .toLocalDate());
    String label;
    try {
      label = notices.assignNumber(Values.NOTICE_ID.get(execution), number, date);
    } catch (NoticeValidationException e) {
      FieldError error = e.errors().get(0);
      throw new FormFieldValidationException(error.field(), error.message());
    }
    Values.NOTICE_LABEL.set(execution, label);
    Values.NOTICE_NUMBERED.set(execution, true);
  }
}
