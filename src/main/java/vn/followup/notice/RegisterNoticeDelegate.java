package vn.followup.notice;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.followup.engine.JsonVariables;
import vn.followup.notice.NoticeProcess.Values;
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
  private final JsonVariables json;

  RegisterNoticeDelegate(NoticeForms forms, NoticeService notices, JsonVariables json) {
    this.forms = forms;
    this.notices = notices;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    NoticeDocument document = forms.read(name -> execution.getVariableTyped(name, false));
    ValidatedNotice notice = notices.register(document, Values.REGISTERED_BY.get(execution));
    execution.setProcessBusinessKey(notice.id());
    Values.NOTICE_ID.set(execution, notice.id());
    Values.NOTICE_LABEL.set(execution, notice.label());
    Values.NOTICE_NUMBERED.set(execution, !notice.draft());
    Values.HAS_REPORTS.set(execution, !notice.reports().isEmpty());
    json.set(execution, Vars.REPORTS, notices.reportSchedule(notice));
  }
}
