package vn.followup.item.implementation;

import vn.followup.item.Actors;
import vn.followup.item.ItemProcess.Values;
import vn.followup.engine.EngineClock;
import vn.followup.engine.FormInput;
import vn.followup.engine.FormInputException;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.item.ItemProcess.Fields;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.item.extension.ExtensionRequests;

/**
 * {@code Task_ReportProgress}, on complete: a progress text, and either the date the work was
 * completed (final report, not in the future) or a request to extend the completion deadline.
 * Records the author for the four-eyes review.
 */
@Component
class RecordProgressReportListener implements TaskListener {

  private final Actors actors;
  private final ExtensionRequests extensions;

  RecordProgressReportListener(Actors actors, ExtensionRequests extensions) {
    this.actors = actors;
    this.extensions = extensions;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    input.text(Fields.PROGRESS_REPORT);
    boolean extension = input.flag(Vars.EXTENSION_REQUESTED);
    if (extension && input.flag(Vars.FINAL_REPORT)) {
      throw new FormInputException(Vars.EXTENSION_REQUESTED, "Báo cáo kết quả cuối cùng không kèm đề nghị gia hạn.");
    }
    if (extension) {
      extensions.check(task, Values.COMPLETION_DUE_AT);
    } else {
      Values.EXTENSION_REQUESTED.set(task, false);
    }
    if (input.flag(Vars.FINAL_REPORT)) {
      LocalDate today = EngineClock.now().atZone(DeadlineSchedule.VIETNAM).toLocalDate();
      input.dateNotAfter(Fields.COMPLETION_DATE, today);
    } else {
      Values.FINAL_REPORT.set(task, false);
    }
    Values.PROGRESS_AUTHOR.set(task, actors.actingUser(task));
  }
}
