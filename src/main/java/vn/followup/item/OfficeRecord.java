package vn.followup.item;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * What the item keeps of an office action ("Thao tác của Văn phòng": label, what changed, reason,
 * decision, who), and for a deadline the Standing Board's decision: sent with the action's message
 * or start, so that the engine records it on the item as part of the event, never written into a
 * running item afterwards.
 *
 * @param officeAction the action as the audit timeline lists it
 * @param boardDeadlineDecision the Standing Board's decision on a deadline; null for other actions
 */
public record OfficeRecord(String officeAction, String boardDeadlineDecision) {

  public OfficeRecord(String officeAction) {
    this(officeAction, null);
  }

  /** The item variables the record becomes. */
  VariableMap variables() {
    VariableMap variables = Variables.createVariables();
    ItemProcess.Values.OFFICE_ACTION.putInto(variables, officeAction);
    if (boardDeadlineDecision != null) {
      ItemProcess.Values.BOARD_DEADLINE_DECISION.putInto(variables, boardDeadlineDecision);
    }
    return variables;
  }
}
