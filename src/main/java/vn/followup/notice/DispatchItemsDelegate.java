package vn.followup.notice;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.followup.notice.NoticeProcess.Values;

/** {@code ServiceTask_DispatchItems}: starts one item follow-up per item of the notice. */
@Component
class DispatchItemsDelegate implements JavaDelegate {

  private final NoticeService notices;

  DispatchItemsDelegate(NoticeService notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.dispatch(Values.NOTICE_ID.get(execution));
  }
}
