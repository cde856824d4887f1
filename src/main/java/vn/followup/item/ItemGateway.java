package vn.followup.item;

import org.camunda.bpm.engine.variable.VariableMap;
import vn.followup.item.ItemProcess.Values;
import vn.followup.engine.EngineClock;

import java.time.LocalDate;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.followup.watch.DeadlineWatchProcess;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.organisation.Agency;

/**
 * The one door to {@code Process_FollowUpItem} for the rest of the code: starts an item with its
 * business key ({@code <notice id>/<item number>}) and tells waiting items that their draft
 * notice has received its number.
 */
@Component
public class ItemGateway {

  private static final Logger LOG = LoggerFactory.getLogger(ItemGateway.class);

  private final RuntimeService runtimeService;
  private final ItemVariablesFactory variablesFactory;
  private final ItemDeadlines deadlines;
  private final ItemAssignments assignments;

  ItemGateway(RuntimeService runtimeService, ItemVariablesFactory variablesFactory, ItemDeadlines deadlines,
      ItemAssignments assignments) {
    this.runtimeService = runtimeService;
    this.variablesFactory = variablesFactory;
    this.deadlines = deadlines;
    this.assignments = assignments;
  }

  public ProcessInstance start(ItemStart item) {
    return runtimeService.startProcessInstanceByKey(ItemProcess.KEY, item.businessKey(),
        variablesFactory.variables(item, EngineClock.now()));
  }

  /**
   * The office re-opens an item whose follow-up ended: a new follow-up of the same business key
   * starts, naming the previous one, with the office's record among its start values.
   */
  public ProcessInstance reopen(ItemStart item, String previousInstanceId, OfficeRecord record) {
    VariableMap variables = variablesFactory.variables(item, EngineClock.now());
    Values.REOPENED_FROM.putInto(variables, previousInstanceId);
    variables.putAll(record.variables());
    return runtimeService.startProcessInstanceByKey(ItemProcess.KEY, item.businessKey(), variables);
  }

  /**
   * The office's decision to stop following an item: its open tasks and deadline watches end, and
   * the item closes as {@link ClosureOutcome#STOPPED} with the reason and the decision's document.
   *
   * @return false when no running follow-up has this business key
   */
  public boolean stop(String businessKey, String reason, String decisionNumber, LocalDate decisionDate, String by,
      OfficeRecord record) {
    VariableMap stopped = record == null ? Variables.createVariables() : record.variables();
    Values.STOP_REASON.putInto(stopped, reason);
    Values.STOP_DECISION_NUMBER.putInto(stopped, decisionNumber);
    Values.STOP_DECISION_DATE.putInto(stopped, decisionDate == null ? null : decisionDate.toString());
    Values.STOPPED_BY.putInto(stopped, by);
    return !runtimeService.createMessageCorrelation(ItemProcess.MESSAGE_STOP_FOLLOW_UP)
        .processInstanceBusinessKey(businessKey)
        .setVariables(stopped)
        .correlateAllWithResult().isEmpty();
  }

  /**
   * The office accepted a periodic report's section covering this item: the item records its state
   * as reported. The section answers the item when it is the item's last report or reports it
   * done; the item then goes on as after an accepted response (followed while still in progress).
   *
   * @return false when the item no longer waits for a report (stopped or already answered)
   */
  public boolean reportSectionAccepted(String businessKey, ReportSection section) {
    boolean answered = section.lastForItem() || ImplementationState.DONE == section.state();
    VariableMap reported = Variables.createVariables();
    Values.IMPLEMENTATION_STATE.putInto(reported, section.state().name());
    Values.LAST_REPORT_LABEL.putInto(reported, section.label());
    Values.LAST_REPORT_NUMBER.putInto(reported, section.number());
    Values.LAST_REPORT_DATE.putInto(reported, section.date().toString());
    Values.REPORT_ANSWERED.putInto(reported, answered);
    if (answered) {
      Values.RESPONSE_NUMBER.putInto(reported, section.number());
      Values.RESPONSE_DATE.putInto(reported, section.date().toString());
      Values.RESPONSE_SUMMARY.putInto(reported, section.label());
      Values.RESPONSE_REVIEWER.putInto(reported, section.reviewer());
      Values.REVIEW_DECISION.putInto(reported, ReviewDecision.ACCEPT.name());
    }
    return !runtimeService.createMessageCorrelation(ItemProcess.MESSAGE_REPORT_SECTION_ACCEPTED)
        .processInstanceBusinessKey(businessKey)
        .setVariables(reported)
        .correlateAllWithResult().isEmpty();
  }

  /**
   * The office's change of the lead agency: the item applies it in its event subprocess "Văn phòng
   * thay đổi cơ quan chủ trì" (the new lead is also responsible, the card names it, the previous
   * lead's open tasks move to it, {@link ItemAssignments#changeLead}); an item still running on a
   * model version without that event has it applied as before.
   */
  public void changeLead(String itemInstanceId, Agency lead, OfficeRecord record) {
    LeadChange change = new LeadChange(lead.id(), lead.name());
    deliver(ItemProcess.MESSAGE_LEAD_CHANGED, itemInstanceId, Vars.LEAD_CHANGE, change, record,
        () -> assignments.changeLead(itemInstanceId, change));
  }

  /**
   * The office's move of the item's open tasks from one agency to another: the item applies it in
   * its event subprocess "Văn phòng chuyển công việc" ({@link ItemAssignments#moveTasks}); an item
   * still running on a model version without that event has it applied as before.
   */
  public void moveTasks(String itemInstanceId, TaskMove move, OfficeRecord record) {
    deliver(ItemProcess.MESSAGE_TASKS_MOVED, itemInstanceId, Vars.TASK_MOVE, move, record,
        () -> assignments.moveTasks(itemInstanceId, move));
  }

  /**
   * Delivers an office's change as the item's message, with its typed payload (a transient variable
   * local to the event) and the office's record, which the correlation sets on the item; an item
   * still running on a model version without that event gets the record and the change
   * ({@code applyDirectly}) as before.
   */
  private void deliver(String message, String itemInstanceId, String variable, Object payload, OfficeRecord record,
      Runnable applyDirectly) {
    if (!hasEvent(message, itemInstanceId)) {
      runtimeService.setVariables(itemInstanceId, record.variables());
      applyDirectly.run();
      return;
    }
    runtimeService.createMessageCorrelation(message).processInstanceId(itemInstanceId)
        .setVariables(record.variables())
        .setVariablesLocal(Variables.createVariables().putValueTyped(variable,
            Variables.objectValue(payload, true).create()))
        .correlateWithResult();
  }

  /**
   * The office's change of a deadline by the Standing Board's decision: the item applies it in its
   * event subprocess "Văn phòng thay đổi thời hạn"; an item still running on a model version
   * without that event has it applied as before.
   */
  public void changeDeadline(String itemInstanceId, DeadlineChange change, OfficeRecord record) {
    deliver(ItemProcess.MESSAGE_DEADLINE_CHANGED, itemInstanceId, Vars.DEADLINE_CHANGE, change, record,
        () -> deadlines.changeByDecision(itemInstanceId, change.deadlineType(), change.newLastDay(), change.note()));
  }

  /**
   * The item's deadline watch found a deadline passed: the item records itself overdue (its event
   * subprocess "Nội dung quá hạn"). An item still running on a model version without that event
   * gets the mark written as before.
   */
  public void deadlineOverdue(String itemInstanceId) {
    if (!tell(ItemProcess.MESSAGE_DEADLINE_OVERDUE, itemInstanceId)) {
      Date now = Date.from(EngineClock.now());
      VariableMap overdue = Variables.createVariables();
      Values.OVERDUE.putInto(overdue, true);
      DeadlineWatchProcess.Values.OVERDUE_SINCE.putInto(overdue, now);
      runtimeService.setVariables(itemInstanceId, overdue);
    }
  }

  /**
   * The item's deadline watch sent a reminder: the item records when (its event subprocess "Đã
   * nhắc hạn"); an item on a model version without that event gets it written as before.
   */
  public void reminderSent(String itemInstanceId) {
    if (!tell(ItemProcess.MESSAGE_REMINDER_SENT, itemInstanceId)) {
      runtimeService.setVariables(itemInstanceId, DeadlineWatchProcess.Values.LAST_REMINDER_AT.putInto(
          Variables.createVariables(), Date.from(EngineClock.now())));
    }
  }

  /** Correlates a message the item's model shows; false when the item has no such event (an older model). */
  private boolean tell(String message, String itemInstanceId) {
    if (!hasEvent(message, itemInstanceId)) {
      return false;
    }
    runtimeService.createMessageCorrelation(message).processInstanceId(itemInstanceId).correlateAllWithResult();
    return true;
  }

  private boolean hasEvent(String message, String itemInstanceId) {
    if (runtimeService.createEventSubscriptionQuery().processInstanceId(itemInstanceId).eventType("message")
        .eventName(message).count() == 0) {
      LOG.warn("Item {} runs on a model version without the event {}: written directly", itemInstanceId, message);
      return false;
    }
    return true;
  }

  /** Releases every item of the notice that waits for the notice's number; each card shows the new label. */
  public void noticeNumbered(String noticeId, String noticeLabel) {
    for (Execution waiting : runtimeService.createExecutionQuery()
        .messageEventSubscriptionName(ItemProcess.MESSAGE_NOTICE_NUMBERED)
        .processVariableValueEquals(Vars.NOTICE_ID, noticeId).list()) {
      ItemCard card = Values.ITEM.from(runtimeService.getVariables(waiting.getProcessInstanceId(),
          List.of(Vars.ITEM)));
      VariableMap numbered = Variables.createVariables();
      Values.NOTICE_NUMBERED.putInto(numbered, true);
      Values.ITEM.putInto(numbered, card.withNoticeLabel(noticeLabel));
      runtimeService.createMessageCorrelation(ItemProcess.MESSAGE_NOTICE_NUMBERED)
          .processInstanceId(waiting.getProcessInstanceId())
          .setVariables(numbered)
          .correlateWithResult();
    }
  }
}
