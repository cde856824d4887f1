package vn.followup.item.extension;

import vn.followup.deadline.DeadlineTexts;
import vn.followup.engine.EngineClock;
import vn.followup.engine.FormInput;
import vn.followup.item.DeadlineSummary;
import vn.followup.item.ItemProcess;
import vn.followup.watch.DeadlineWatchGateway;
import vn.followup.watch.Reminders;
import vn.followup.watch.WatchLabels;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.item.ItemProcess.Vars;

/**
 * Applies an approved extension (gia hạn) to the response or the completion deadline: the new
 * date becomes the deadline, the original stays in its own variable so history shows both, the
 * overdue mark is cleared when the new date is ahead, and the deadline's watch moves its timers.
 */
@Service
class ExtensionService {

  private final DeadlineSchedule schedule;
  private final DeadlineWatchGateway watches;
  private final DeadlineSummary summary;
  private final Reminders reminders;

  ExtensionService(DeadlineSchedule schedule, DeadlineWatchGateway watches, DeadlineSummary summary,
      Reminders reminders) {
    this.schedule = schedule;
    this.watches = watches;
    this.summary = summary;
    this.reminders = reminders;
  }

  void apply(DelegateExecution item, String deadlineType) {
    Instant now = EngineClock.now();
    LocalDate newLastDay = FormInput.of(item).date(ItemProcess.Fields.EXTENSION_NEW_DATE);
    Date newDue = Date.from(schedule.endOfDay(newLastDay));
    boolean response = WatchLabels.RESPONSE.equals(deadlineType);
    String dueVariable = response ? Vars.RESPONSE_DUE_AT : Vars.COMPLETION_DUE_AT;
    item.setVariable(dueVariable, newDue);
    item.setVariable(Vars.EXTENDED, true);
    item.setVariable(Vars.OVERDUE, !newDue.toInstant().isAfter(now));
    if (response) {
      item.setVariable(Vars.FIRST_REMINDER_AT, reminders.next(newDue, now));
    }
    ItemProcess.Values.ITEM.set(item, summary.afterChange(item.getVariables(), response, "gia hạn đến "
        + DeadlineTexts.endOf(newLastDay) + " (" + ItemProcess.Values.EXTENSION_REASON.get(item) + ")"));
    watches.moveDeadline(item.getProcessInstanceId(), deadlineType, newDue, now);
  }
}
