package vn.followup.office;

import vn.followup.engine.ProcessVariable;
import vn.followup.item.ItemProcess;

/**
 * The office's action processes ({@code bpmn/office-*.bpmn}, one per {@link OfficeAction}): the
 * variable names of their start forms and of the record each action leaves on the item.
 */
public final class OfficeActionProcess {

  private OfficeActionProcess() {
  }

  /**
   * The variables code reads and writes, typed: {@code Values.ACTION_BY.get(execution)} is a
   * {@code String}, never a cast. The names are those of {@link Vars}.
   */
  public static final class Values {
    public static final ProcessVariable<String> ACTION_BY = ProcessVariable.text(Vars.ACTION_BY);
    public static final ProcessVariable<String> ITEM_OFFICE_ACTION = ItemProcess.Values.OFFICE_ACTION;
    public static final ProcessVariable<String> ITEM_DEADLINE_DECISION = ItemProcess.Values.BOARD_DEADLINE_DECISION;
    public static final ProcessVariable<String> ITEM_REOPENED_FROM = ItemProcess.Values.REOPENED_FROM;

    private Values() {
    }
  }

  /** Variable names. */
  public static final class Vars {
    /** Start form: the item, as its business key {@code <notice id>/<item number>}. */
    public static final String ITEM_KEY = "itemKey";
    public static final String REASON = "actionReason";
    public static final String DECISION_NUMBER = "decisionNumber";
    public static final String DECISION_DATE = "decisionDate";
    /** Start form of the deadline change: which deadline (RESPONSE, COMPLETION) and its new last day. */
    public static final String DEADLINE_TYPE = "deadlineType";
    public static final String NEW_DEADLINE = "newDeadline";
    /** Start form of the lead change. */
    public static final String NEW_LEAD = "newLead";
    /** Start form of the task move: the agency whose open tasks move, and where to. */
    public static final String FROM_AGENCY = "fromAgency";
    public static final String TO_AGENCY = "toAgency";
    /** Start form of the added item: the registered notice and the item as the registration form has it. */
    public static final String NOTICE_ID = "noticeId";
    public static final String ITEM_NUMBER = "itemNumber";
    public static final String ITEM_TEXT = "itemText";
    public static final String ITEM_KIND = "itemKind";
    public static final String LEAD = "lead";
    public static final String COORDINATORS = "coordinators";
    public static final String RESPONSE_DEADLINE = "responseDeadline";
    public static final String COMPLETION_DEADLINE = "completionDeadline";
    /** The office user who started the action (camunda:initiator). */
    public static final String ACTION_BY = "officeActionBy";

    /** On the item: the last office action, as auditors read it (label, reason, decision, who). */
    public static final String ITEM_OFFICE_ACTION = ItemProcess.Vars.OFFICE_ACTION;
    /** On the item: the Standing Board's deadline change, as the report's extension column tells it. */
    public static final String ITEM_DEADLINE_DECISION = ItemProcess.Vars.BOARD_DEADLINE_DECISION;

    /** On a re-opened item: the process instance of its previous follow-up, which the audit timeline shows before it. */
    public static final String ITEM_REOPENED_FROM = ItemProcess.Vars.REOPENED_FROM;

    private Vars() {
    }
  }
}
