package vn.followup.office;

import java.util.List;
import vn.followup.engine.InputRule;
import vn.followup.engine.ProcessVariable;
import vn.followup.item.ItemProcess;
import vn.followup.notice.NoticeProcess;
import vn.followup.watch.DeadlineWatchProcess;

/**
 * The office's action processes ({@code bpmn/office-*.bpmn}, one per {@link OfficeAction}): the
 * variable names of their start forms and of the record each action leaves on the item.
 */
public final class OfficeActionProcess {

  private OfficeActionProcess() {
  }

  /** The deadline change's start form: the decision asked there is the Standing Board's. */
  private static final String CHANGE_DEADLINE_FORM = "Form_OfficeChangeDeadline";
  private static final String REOPEN_ITEM_FORM = "Form_OfficeReopenItem";

  /**
   * Every variable of the actions' start forms and records, declared once: its name and type
   * ({@code Values.ACTION_BY.get(execution)} is a {@code String}, never a cast) and how the forms
   * ask it, by one rule or, where a form asks it otherwise, by that form's own
   * ({@link ProcessVariable#askedIn}). A variable another process declares (the item's number
   * and kind, the notice's id, the watched deadline's type) is that declaration, asked by the
   * office's form; the added item is asked as the registration asks an item (its rows' rules).
   * {@link Vars} and {@link Fields} are read from here.
   */
  public static final class Values {
    /** The item, as its business key {@code <notice id>/<item number>}. */
    public static final ProcessVariable<String> ITEM_KEY = ProcessVariable.text("itemKey")
        .asked(InputRule.text("Mã nội dung theo dõi", 200).required());
    public static final ProcessVariable<String> REASON = ProcessVariable.text("actionReason")
        .asked(InputRule.text("Lý do", 2000).required());
    /** A deadline changes only by a decision of the Standing Board: its number and date are required. */
    public static final ProcessVariable<String> DECISION_NUMBER = ProcessVariable.text("decisionNumber")
        .asked(InputRule.text("Số, ký hiệu văn bản quyết định", 50))
        .askedIn(CHANGE_DEADLINE_FORM, OfficeActionProcess::byTheBoard);
    /** The decision's day as YYYY-MM-DD, as the forms submit it. */
    public static final ProcessVariable<String> DECISION_DATE = ProcessVariable.text("decisionDate")
        .asked(InputRule.date("Ngày văn bản quyết định"))
        .askedIn(CHANGE_DEADLINE_FORM, OfficeActionProcess::byTheBoard);
    /** Which deadline changes: the watched deadline's type (RESPONSE, COMPLETION). */
    public static final ProcessVariable<String> DEADLINE_TYPE = DeadlineWatchProcess.Values.DEADLINE_TYPE
        .asked(InputRule.text("Thời hạn được thay đổi", 20).required());
    /** The changed deadline's new last day, or a re-opened item's new response deadline (YYYY-MM-DD). */
    public static final ProcessVariable<String> NEW_DEADLINE = ProcessVariable.text("newDeadline")
        .askedIn(CHANGE_DEADLINE_FORM, InputRule.date("Thời hạn mới").required())
        .askedIn(REOPEN_ITEM_FORM, InputRule.date("Thời hạn trả lời mới").required());
    public static final ProcessVariable<String> NEW_LEAD = ProcessVariable.text("newLead")
        .asked(InputRule.text("Cơ quan chủ trì mới", 100).required());
    /** The task move: the agency whose open tasks move, and where to. */
    public static final ProcessVariable<String> FROM_AGENCY = ProcessVariable.text("fromAgency")
        .asked(InputRule.text("Cơ quan đang được giao công việc", 100).required());
    public static final ProcessVariable<String> TO_AGENCY = ProcessVariable.text("toAgency")
        .asked(InputRule.text("Cơ quan nhận công việc", 100).required());
    /** The added item: the registered notice, and the item as the registration form has it. */
    public static final ProcessVariable<String> NOTICE_ID = ItemProcess.Values.NOTICE_ID
        .asked(InputRule.text("Mã thông báo", 100).required());
    public static final ProcessVariable<String> ITEM_NUMBER = ItemProcess.Values.ITEM_NUMBER
        .asked(NoticeProcess.Values.ITEMS.row("number"));
    public static final ProcessVariable<String> ITEM_TEXT = ProcessVariable.text("itemText")
        .asked(NoticeProcess.Values.ITEMS.row("text"));
    public static final ProcessVariable<String> ITEM_KIND = ItemProcess.Values.ITEM_KIND
        .asked(NoticeProcess.Values.ITEMS.row("kind"));
    public static final ProcessVariable<String> LEAD = ProcessVariable.text("lead")
        .asked(NoticeProcess.Values.ITEMS.row("lead"));
    public static final ProcessVariable<List<Object>> COORDINATORS = ProcessVariable.list("coordinators")
        .asked(NoticeProcess.Values.ITEMS.row("coordinators"));
    public static final ProcessVariable<String> RESPONSE_DEADLINE = ProcessVariable.text("responseDeadline")
        .asked(NoticeProcess.Values.ITEMS.row("responseDeadline"));
    public static final ProcessVariable<String> COMPLETION_DEADLINE = ProcessVariable.text("completionDeadline")
        .asked(NoticeProcess.Values.ITEMS.row("completionDeadline"));
    /** The office user who started the action (camunda:initiator). */
    public static final ProcessVariable<String> ACTION_BY = ProcessVariable.text("officeActionBy");
    /** On the item: the last office action, as auditors read it (label, reason, decision, who). */
    public static final ProcessVariable<String> ITEM_OFFICE_ACTION = ItemProcess.Values.OFFICE_ACTION;
    /** On the item: the Standing Board's deadline change, as the report's extension column tells it. */
    public static final ProcessVariable<String> ITEM_DEADLINE_DECISION = ItemProcess.Values.BOARD_DEADLINE_DECISION;
    /** On a re-opened item: the process instance of its previous follow-up, which the audit timeline shows before it. */
    public static final ProcessVariable<String> ITEM_REOPENED_FROM = ItemProcess.Values.REOPENED_FROM;

    private Values() {
    }
  }

  /** A decision asked of the Standing Board: required, and named as the Board's. */
  private static InputRule byTheBoard(InputRule decision) {
    return decision.required().labelled(decision.label() + " của Ban Thường vụ");
  }

  /** The inputs of the actions' start forms, as the server checks them: read from {@link Values}. */
  public static final class Fields {
    public static final InputRule ITEM_KEY = Values.ITEM_KEY.input();
    public static final InputRule REASON = Values.REASON.input();
    public static final InputRule DECISION_NUMBER = Values.DECISION_NUMBER.input();
    public static final InputRule DECISION_DATE = Values.DECISION_DATE.input();
    public static final InputRule BOARD_DECISION_NUMBER = Values.DECISION_NUMBER.input(CHANGE_DEADLINE_FORM);
    public static final InputRule BOARD_DECISION_DATE = Values.DECISION_DATE.input(CHANGE_DEADLINE_FORM);
    public static final InputRule DEADLINE_TYPE = Values.DEADLINE_TYPE.input();
    public static final InputRule NEW_DEADLINE = Values.NEW_DEADLINE.input(CHANGE_DEADLINE_FORM);
    public static final InputRule REOPEN_DEADLINE = Values.NEW_DEADLINE.input(REOPEN_ITEM_FORM);
    public static final InputRule NEW_LEAD = Values.NEW_LEAD.input();
    public static final InputRule FROM_AGENCY = Values.FROM_AGENCY.input();
    public static final InputRule TO_AGENCY = Values.TO_AGENCY.input();
    public static final InputRule NOTICE_ID = Values.NOTICE_ID.input();
    public static final InputRule ITEM_NUMBER = Values.ITEM_NUMBER.input();
    public static final InputRule ITEM_TEXT = Values.ITEM_TEXT.input();
    public static final InputRule ITEM_KIND = Values.ITEM_KIND.input();
    public static final InputRule LEAD = Values.LEAD.input();
    public static final InputRule COORDINATORS = Values.COORDINATORS.input();
    public static final InputRule RESPONSE_DEADLINE = Values.RESPONSE_DEADLINE.input();
    public static final InputRule COMPLETION_DEADLINE = Values.COMPLETION_DEADLINE.input();

    private Fields() {
    }
  }

  /** Variable names, as the models and forms use them: read from {@link Values}. */
  public static final class Vars {
    public static final String ITEM_KEY = Values.ITEM_KEY.name();
    public static final String REASON = Values.REASON.name();
    public static final String DECISION_NUMBER = Values.DECISION_NUMBER.name();
    public static final String DECISION_DATE = Values.DECISION_DATE.name();
    public static final String DEADLINE_TYPE = Values.DEADLINE_TYPE.name();
    public static final String NEW_DEADLINE = Values.NEW_DEADLINE.name();
    public static final String NEW_LEAD = Values.NEW_LEAD.name();
    public static final String FROM_AGENCY = Values.FROM_AGENCY.name();
    public static final String TO_AGENCY = Values.TO_AGENCY.name();
    public static final String NOTICE_ID = Values.NOTICE_ID.name();
    public static final String ITEM_NUMBER = Values.ITEM_NUMBER.name();
    public static final String ITEM_TEXT = Values.ITEM_TEXT.name();
    public static final String ITEM_KIND = Values.ITEM_KIND.name();
    public static final String LEAD = Values.LEAD.name();
    public static final String COORDINATORS = Values.COORDINATORS.name();
    public static final String RESPONSE_DEADLINE = Values.RESPONSE_DEADLINE.name();
    public static final String COMPLETION_DEADLINE = Values.COMPLETION_DEADLINE.name();
    public static final String ACTION_BY = Values.ACTION_BY.name();
    public static final String ITEM_OFFICE_ACTION = Values.ITEM_OFFICE_ACTION.name();
    public static final String ITEM_DEADLINE_DECISION = Values.ITEM_DEADLINE_DECISION.name();
    public static final String ITEM_REOPENED_FROM = Values.ITEM_REOPENED_FROM.name();

    private Vars() {
    }
  }
}
