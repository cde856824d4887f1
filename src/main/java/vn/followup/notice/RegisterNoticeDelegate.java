package vn.followup.notice;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.followup.notice.NoticeProcess.Vars;

/**
 * {@code ServiceTask_RegisterNotice}: checks and stores the notice the instance was started with
 * (from the API or the Tasklist start form) and sets what the rest of the process needs. Any
 * error aborts the start: nothing is stored and the caller sees every field error.
 */
@Component
class RegisterNoticeDelegate implements JavaDelegate {

  private final NoticeForms forms;
  private final NoticeService notices;

  RegisterNoticeDelegate(NoticeForms forms, NoticeService notices) {
    this.forms = forms;
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    NoticeDocument document = forms.read(name -> execution.getVariableTyped(name, false));
    Integer shift = (Integer) execution.getVariable(Vars.DEADLINE_SHIFT_DAYS);
    ValidatedNotice notice = notices.register(document, (String) execution.getVariable(Vars.REGISTERED_BY),
        shift == null ? 0 : shift);
    execution.setProcessBusinessKey(notice.id());
    execution.setVariable(Vars.NOTICE_ID, notice.id());
    execution.setVariable(Vars.NOTICE_LABEL, notice.label());
    execution.setVariable(Vars.NOTICE_NUMBERED, !notice.draft());
    execution.setVariable(Vars.HAS_REPORTS, !notice.reports().isEmpty());
    execution.setVariable(Vars.REPORTS, notices.reportScheduleJson(notice));
  }
}
