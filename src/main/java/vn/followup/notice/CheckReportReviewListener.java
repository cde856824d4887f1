package vn.followup.notice;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ReviewReport}, on assignment and on complete: the writer of the section may neither
 * claim nor complete its review; accept, or return with a reason.
 */
@Component
class CheckReportReviewListener implements TaskListener {

  private final ReportSections sections;

  CheckReportReviewListener(ReportSections sections) {
    this.sections = sections;
  }

  @Override
  public void notify(DelegateTask task) {
    sections.checkReview(task);
  }
}
