package vn.followup.followup;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.followup.ItemProcess.Vars;

/**
 * {@code Task_ReportProgress}, on complete: a progress text, and for the final report the date
 * the work was completed (not in the future). Records the author for the four-eyes review.
 */
@Component
class RecordProgressReportListener implements TaskListener {

  private final Actors actors;

  RecordProgressReportListener(Actors actors) {
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    input.requiredText(Vars.PROGRESS_REPORT, "Nội dung báo cáo tiến độ", 4000);
    if (input.flag(Vars.FINAL_REPORT)) {
      LocalDate today = EngineClock.now().atZone(DeadlineSchedule.VIETNAM).toLocalDate();
      input.dateNotAfter(Vars.COMPLETION_DATE, "Ngày hoàn thành", today);
    } else {
      task.setVariable(Vars.FINAL_REPORT, false);
    }
    task.setVariable(Vars.PROGRESS_AUTHOR, actors.actingUser(task));
  }
}
