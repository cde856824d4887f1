package vn.followup.item;

import vn.followup.deadline.DeadlineTexts;
import vn.followup.watch.Reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.followup.deadline.Deadline;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.deadline.WorkingCalendar;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.organisation.Agency;
import vn.followup.organisation.AgencyRegistry;

/**
 * Turns an item of a notice into the typed variables its process starts with: who leads, who
 * coordinates, every deadline as an instant with the rule that produced it, and the dates of the
 * receipt, the coordination and the first reminder derived from them.
 */
@Component
class ItemVariablesFactory {

  private final AgencyRegistry agencies;
  private final DeadlineSchedule schedule;
  private final WorkingCalendar calendar;
  private final ItemSettings settings;
  private final ObjectMapper objectMapper;
  private final Reminders reminders;
  private final DeadlineSummary summary;

  ItemVariablesFactory(AgencyRegistry agencies, DeadlineSchedule schedule, WorkingCalendar calendar,
      ItemSettings settings, ObjectMapper objectMapper, Reminders reminders, DeadlineSummary summary) {
    this.reminders = reminders;
    this.summary = summary;
    this.agencies = agencies;
    this.schedule = schedule;
    this.calendar = calendar;
    this.settings = settings;
    this.objectMapper = objectMapper;
  }

  VariableMap variables(ItemStart item, Instant now) {
    Agency lead = agencies.require(item.leadAgency());
    Date responseDue = item.response().map(d -> Date.from(d.dueAt())).orElse(null);
    Date completionDue = item.completion().map(d -> Date.from(d.dueAt())).orElse(null);
    Date coordinationDue = Date.from(coordinationDue(now, item.response()));
    Agency proposer = item.proposer() == null || item.proposer().isBlank() ? null : agencies.require(item.proposer());
    VariableMap vars = Variables.createVariables()
        .putValue(Vars.NOTICE_ID, item.noticeId())
        .putValue(Vars.NOTICE_NUMBERED, item.noticeNumbered())
        .putValue(Vars.ITEM_NUMBER, item.itemNumber())
        .putValue(Vars.ITEM_KIND, item.recommendation() ? "RECOMMENDATION" : "TASK")
        .putValue(Vars.LEAD_AGENCY, lead.id())
        .putValue(Vars.RESPONSIBLE_AGENCY, lead.id())
        .putValueTyped(Vars.COORDINATING_AGENCIES, SpinValues.jsonValue(json(item.coordinators())).create())
        .putValue(Vars.HAS_COORDINATORS, !item.coordinators().isEmpty())
        .putValueTyped(Vars.RESPONSE_DUE_AT, Variables.dateValue(responseDue))
        .putValueTyped(Vars.ORIGINAL_RESPONSE_DUE_AT, Variables.dateValue(responseDue))
        .putValueTyped(Vars.COMPLETION_DUE_AT, Variables.dateValue(completionDue))
        .putValueTyped(Vars.ORIGINAL_COMPLETION_DUE_AT, Variables.dateValue(completionDue))
        .putValue(Vars.URGENT, item.urgent())
        .putValue(Vars.ONGOING, item.ongoing())
        .putValueTyped(Vars.RECEIPT_DUE_AT, Variables.dateValue(Date.from(receiptDue(now, item.response()))))
        .putValueTyped(Vars.COORDINATION_DUE_AT, Variables.dateValue(coordinationDue))
        .putValueTyped(Vars.COORDINATION_REMINDER_AT, Variables.dateValue(coordinationReminder(coordinationDue, now)))
        .putValue(Vars.RECEIVED_BY, null)
        .putValue(Vars.ANSWERED_BY_REPORT, item.answeredByReport())
        .putValue(Vars.TASK_PRIORITY, item.urgent() ? ItemProcess.PRIORITY_URGENT : ItemProcess.PRIORITY_NORMAL)
        .putValue(Vars.PROPOSER, proposer == null ? null : proposer.id())
        .putValueTyped(Vars.FIRST_REMINDER_AT, Variables.dateValue(reminders.next(responseDue, now)))
        .putValue(Vars.OVERDUE, false)
        .putValue(Vars.EXTENDED, false)
        .putValue(Vars.EXTENSION_REQUESTED, false)
        // Set from the start, so that a response's completion only ever updates it (two nodes completing
        // the same task at once then conflict cleanly instead of one finding it missing).
        .putValue(Vars.COORDINATION_PENDING, false)
        .putValue(Vars.URGE_REPEAT, settings.urgeRepeat().toString());
    String responsePhrase = item.response().map(Deadline::phrase).orElse(null);
    String completionPhrase = item.completion().map(Deadline::phrase).orElse(null);
    ItemCard card = new ItemCard(item.noticeLabel(), item.itemText(),
        item.recommendation() ? "Kiến nghị, đề xuất" : "Nhiệm vụ", lead.name(), lead.name(),
        coordinatorNames(item.coordinators()), summary.of(vars, responsePhrase, completionPhrase),
        responsePhrase, item.response().map(d -> DeadlineTexts.rule(d, item.responseSource())).orElse(null),
        completionPhrase, item.completion().map(d -> DeadlineTexts.rule(d, null)).orElse(null),
        proposer == null ? null : proposer.name(), unitOptions(lead.id()));
    ItemProcess.Values.ITEM.putInto(vars, card);
    return vars;
  }


  /**
   * When coordinating agencies' input is due: the configured working days before the lead's
   * response deadline; without one, as many working days after the receipt is due.
   */
  private Instant coordinationDue(Instant now, Optional<Deadline> response) {
    return response.map(d -> schedule.coordinationDueAt(d.lastDay()))
        .orElseGet(() -> schedule.workingDaysAfter(receiptDue(now, response), schedule.coordinationWorkingDays()));
  }

  /**
   * The coordinators' reminder: the last of the deadline's reminders still ahead; when none is
   * ahead, the deadline itself, where the reminder finds nothing left to remind.
   */
  private Date coordinationReminder(Date coordinationDue, Instant now) {
    return schedule.reminders(schedule.lastDayOf(coordinationDue.toInstant())).stream()
        .filter(now::isBefore)
        .filter(at -> at.isBefore(coordinationDue.toInstant()))
        .reduce((first, second) -> second)
        .map(Date::from)
        .orElse(coordinationDue);
  }

  /** End of the n-th working day after now, never later than the response deadline. */
  private Instant receiptDue(Instant now, Optional<Deadline> response) {
    LocalDate day = schedule.lastDayOf(now);
    for (int i = 0; i < settings.receiptWorkingDays(); i++) {
      day = calendar.nextWorkingDayOnOrAfter(day.plusDays(1));
    }
    Instant receipt = schedule.endOfDay(day);
    return response.map(Deadline::dueAt).filter(due -> due.isBefore(receipt) && due.isAfter(now)).orElse(receipt);
  }

  private String coordinatorNames(List<String> coordinators) {
    return coordinators.isEmpty() ? "Không có"
        : String.join("; ", coordinators.stream().map(id -> agencies.require(id).name()).toList());
  }

  /** The lead's own units, a receipt form's choices. */
  List<ItemCard.Option> unitOptions(String lead) {
    return agencies.unitsOf(lead).stream().map(unit -> new ItemCard.Option(unit.name(), unit.id())).toList();
  }

  private String json(Object value) {
    try {
      return objectMapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
