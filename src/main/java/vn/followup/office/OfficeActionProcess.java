package vn.followup.office;

import vn.followup.engine.InputRule;
import vn.followup.engine.ProcessVariable;
import vn.followup.item.ItemProcess;
import vn.followup.notice.NoticeProcess;

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

  /** The inputs of the actions' start forms, as the server checks them (FormsContractTest holds the forms to them). */
  public static final class Fields {
    public static final InputRule ITEM_KEY = InputRule.text(Vars.ITEM_KEY, "Mã nội dung theo dõi", 200).required();
    public static final InputRule REASON = InputRule.text(Vars.REASON, "Lý do", 2000).required();
    public static final InputRule DECISION_NUMBER = InputRule.text(Vars.DECISION_NUMBER,
        "Số, ký hiệu văn bản quyết định", 50);
    public static final InputRule DECISION_DATE = InputRule.date(Vars.DECISION_DATE, "Ngày văn bản quyết định");
    /** A deadline changes only by a decision of the Standing Board: its number and date are required. */
    public static final InputRule BOARD_DECISION_NUMBER = InputRule.text(Vars.DECISION_NUMBER,
        "Số, ký hiệu văn bản quyết định của Ban Thường vụ", 50).required().onlyIn(CHANGE_DEADLINE_FORM);
    public static final InputRule BOARD_DECISION_DATE = InputRule.date(Vars.DECISION_DATE,
        "Ngày văn bản quyết định của Ban Thường vụ").required().onlyIn(CHANGE_DEADLINE_FORM);
    public static final InputRule DEADLINE_TYPE = InputRule.text(Vars.DEADLINE_TYPE, "Thời hạn được thay đổi", 20)
        .required();
    public static final InputRule NEW_DEADLINE = InputRule.date(Vars.NEW_DEADLINE, "Thời hạn mới").required()
        .onlyIn(CHANGE_DEADLINE_FORM);
    public static final InputRule REOPEN_DEADLINE = InputRule.date(Vars.NEW_DEADLINE, "Thời hạn trả lời mới").required()
        .onlyIn("Form_OfficeReopenItem");
    public static final InputRule NEW_LEAD = InputRule.text(Vars.NEW_LEAD, "Cơ quan chủ trì mới", 100).required();
    public static final InputRule FROM_AGENCY = InputRule.text(Vars.FROM_AGENCY, "Cơ quan đang được giao công việc", 100)
        .required();
    public static final InputRule TO_AGENCY = InputRule.text(Vars.TO_AGENCY, "Cơ quan nhận công việc", 100).required();
    public static final InputRule NOTICE_ID = InputRule.text(Vars.NOTICE_ID, "Mã thông báo", 100).required();
    /** The added item is asked as the registration asks an item: the same rules, this form's variables. */
    public static final InputRule ITEM_NUMBER = NoticeProcess.Fields.ITEM_NUMBER.as(Vars.ITEM_NUMBER);
    public static final InputRule ITEM_TEXT = NoticeProcess.Fields.ITEM_TEXT.as(Vars.ITEM_TEXT);
    public static final InputRule ITEM_KIND = NoticeProcess.Fields.ITEM_KIND.as(Vars.ITEM_KIND);
    public static final InputRule LEAD = NoticeProcess.Fields.ITEM_LEAD.as(Vars.LEAD);
    public static final InputRule COORDINATORS = NoticeProcess.Fields.ITEM_COORDINATORS.as(Vars.COORDINATORS);
    public static final InputRule RESPONSE_DEADLINE = NoticeProcess.Fields.RESPONSE_DEADLINE;
    public static final InputRule COMPLETION_DEADLINE = NoticeProcess.Fields.COMPLETION_DEADLINE;

    private Fields() {
    }
  }

  private static final String CHANGE_DEADLINE_FORM = "Form_OfficeChangeDeadline";

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
