package vn.followup.item.extension;

import vn.followup.engine.ProcessVariable;
import vn.followup.item.Actors;
import vn.followup.item.ItemProcess.Values;
import vn.followup.engine.EngineClock;
import vn.followup.engine.FormInput;
import vn.followup.engine.FormInputException;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.item.ItemProcess.Fields;
import vn.followup.item.ItemProcess.Vars;

/**
 * An extension request as the response form and the progress report form submit it: a date after
 * today and after the current deadline, and a reason. Records who asked, so that person cannot
 * decide on it.
 */
@Component
public class ExtensionRequests {

  private final DeadlineSchedule schedule;
  private final Actors actors;

  ExtensionRequests(DeadlineSchedule schedule, Actors actors) {
    this.schedule = schedule;
    this.actors = actors;
  }

  public void check(DelegateTask task, ProcessVariable<Date> deadline) {
    if (!actors.actsAsHead()) {
      throw new FormInputException(Vars.EXTENSION_REQUESTED, "Chỉ lãnh đạo cơ quan, đơn vị được đề nghị gia hạn.");
    }
    FormInput input = FormInput.of(task);
    LocalDate today = EngineClock.now().atZone(DeadlineSchedule.VIETNAM).toLocalDate();
    LocalDate requested = input.date(Fields.EXTENSION_NEW_DATE);
    Date current = deadline.get(task);
    if (current == null) {
      throw new FormInputException(Vars.EXTENSION_REQUESTED, "Nội dung này không có thời hạn nên không cần đề nghị gia hạn.");
    }
    if (!requested.isAfter(today) || !schedule.endOfDay(requested).isAfter(current.toInstant())) {
      throw new FormInputException(Vars.EXTENSION_NEW_DATE, Fields.EXTENSION_NEW_DATE.label()
          + " phải sau hôm nay và sau thời hạn hiện tại.");
    }
    input.text(Fields.EXTENSION_REASON);
    Values.EXTENSION_REQUESTED_BY.set(task, actors.actingUser(task));
  }
}
