package vn.followup.item;

import vn.followup.engine.EngineClock;

import java.time.LocalDate;
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

  private final RuntimeService runtimeService;
  private final ItemVariablesFactory variablesFactory;

  ItemGateway(RuntimeService runtimeService, ItemVariablesFactory variablesFactory) {
    this.runtimeService = runtimeService;
    this.variablesFactory = variablesFactory;
  }

  public ProcessInstance start(ItemStart item) {
    return runtimeService.startProcessInstanceByKey(ItemProcess.KEY, item.businessKey(),
        variablesFactory.variables(item, EngineClock.now()));
  }

  /**
   * The office's decision to stop following an item: its open tasks and deadline watches end, and
   * the item closes as {@link ClosureOutcome#STOPPED} with the reason and the decision's document.
   *
   * @return false when no running follow-up has this business key
   */
  public boolean stop(String businessKey, String reason, String decisionNumber, LocalDate decisionDate, String by) {
    return !runtimeService.createMessageCorrelation(ItemProcess.MESSAGE_STOP_FOLLOW_UP)
        .processInstanceBusinessKey(businessKey)
        .setVariable(Vars.STOP_REASON, reason)
        .setVariable(Vars.STOP_DECISION_NUMBER, decisionNumber)
        .setVariable(Vars.STOP_DECISION_DATE, decisionDate == null ? null : decisionDate.toString())
        .setVariable(Vars.STOPPED_BY, by)
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
    var correlation = runtimeService.createMessageCorrelation(ItemProcess.MESSAGE_REPORT_SECTION_ACCEPTED)
        .processInstanceBusinessKey(businessKey)
        .setVariable(Vars.IMPLEMENTATION_STATE, section.state().name())
        .setVariable(Vars.LAST_REPORT_LABEL, section.label())
        .setVariable(Vars.LAST_REPORT_NUMBER, section.number())
        .setVariable(Vars.LAST_REPORT_DATE, section.date().toString())
        .setVariable(Vars.REPORT_ANSWERED, answered);
    if (answered) {
      correlation.setVariable(Vars.RESPONSE_NUMBER, section.number())
          .setVariable(Vars.RESPONSE_DATE, section.date().toString())
          .setVariable(Vars.RESPONSE_SUMMARY, section.label())
          .setVariable(Vars.RESPONSE_REVIEWER, section.reviewer())
          .setVariable(Vars.REVIEW_DECISION, ReviewDecision.ACCEPT.name());
    }
    return !correlation.correlateAllWithResult().isEmpty();
  }

  /**
   * The office's change of the lead agency: the new lead is also responsible (a unit of the
   * previous lead no longer is), and the item's card names it and offers its units.
   */
  public void changeLead(String itemInstanceId, Agency lead) {
    ItemCard card = ItemProcess.Values.ITEM.from(runtimeService.getVariables(itemInstanceId, List.of(Vars.ITEM)));
    runtimeService.setVariables(itemInstanceId, Variables.createVariables()
        .putValue(Vars.LEAD_AGENCY, lead.id())
        .putValue(Vars.RESPONSIBLE_AGENCY, lead.id())
        .putValueTyped(Vars.ITEM, ItemProcess.Values.ITEM.typed(card.withLead(lead.name(), variablesFactory.unitOptions(lead.id())))));
  }

  /** Releases every item of the notice that waits for the notice's number; each card shows the new label. */
  public void noticeNumbered(String noticeId, String noticeLabel) {
    for (Execution waiting : runtimeService.createExecutionQuery()
        .messageEventSubscriptionName(ItemProcess.MESSAGE_NOTICE_NUMBERED)
        .processVariableValueEquals(Vars.NOTICE_ID, noticeId).list()) {
      ItemCard card = ItemProcess.Values.ITEM.from(runtimeService.getVariables(waiting.getProcessInstanceId(),
          List.of(Vars.ITEM)));
      runtimeService.createMessageCorrelation(ItemProcess.MESSAGE_NOTICE_NUMBERED)
          .processInstanceId(waiting.getProcessInstanceId())
          .setVariable(Vars.NOTICE_NUMBERED, true)
          .setVariable(Vars.ITEM, ItemProcess.Values.ITEM.typed(card.withNoticeLabel(noticeLabel)))
          .correlateWithResult();
    }
  }
}
