package vn.followup.item;

import vn.followup.engine.FormInput;
import vn.followup.engine.InputRule;
import vn.followup.watch.DeadlineWatchProcess;

import java.util.Date;
import vn.followup.engine.ProcessVariable;

/**
 * The follow-up of one item ({@code bpmn/follow-up-item.bpmn}): key, element ids, message names
 * and the typed variables the model, the forms and the code share.
 */
public final class ItemProcess {

  public static final String KEY = "Process_FollowUpItem";
  public static final String MESSAGE_NOTICE_NUMBERED = "Message_NoticeNumbered";
  /** Correlated by the office's decision to stop following an item (dừng thực hiện). */
  public static final String MESSAGE_STOP_FOLLOW_UP = "Message_StopFollowUp";
  /** Correlated when the office accepts a periodic report's section that covers the item. */
  public static final String MESSAGE_REPORT_SECTION_ACCEPTED = "Message_ReportSectionAccepted";
  /** Correlated when the item's deadline watch finds a deadline passed ("Nội dung quá hạn"). */
  public static final String MESSAGE_DEADLINE_OVERDUE = "Message_DeadlineOverdue";
  /** Correlated when the item's deadline watch has sent a reminder ("Đã nhắc hạn"). */
  public static final String MESSAGE_REMINDER_SENT = "Message_ReminderSent";
  /** Correlated by the office's change of a deadline ("Quyết định thay đổi thời hạn"), carrying a {@link DeadlineChange}. */
  public static final String MESSAGE_DEADLINE_CHANGED = "Message_DeadlineChanged";
  /** Task priority of items to be done "khẩn trương": first in every filter. */
  public static final int PRIORITY_URGENT = 100;
  /** Camunda's default task priority, for every other item. */
  public static final int PRIORITY_NORMAL = 50;

  private ItemProcess() {
  }

  /** Element ids. */
  public static final class Elements {
    public static final String EVENT_NOTICE_NUMBERED = "Event_NoticeNumbered";
    public static final String SUBPROCESS_RESPONSE = "SubProcess_Response";
    public static final String SUBPROCESS_AWAIT_RESPONSE = "SubProcess_AwaitResponse";
    public static final String TASK_RECEIVE = "Task_Receive";
    public static final String TASK_COORDINATE = "Task_Coordinate";
    public static final String TIMER_COORDINATION_REMINDER = "Timer_CoordinationReminder";
    public static final String SERVICE_TASK_REMIND_COORDINATORS = "ServiceTask_RemindCoordinators";
    public static final String TIMER_COORDINATION_DUE = "Timer_CoordinationDue";
    public static final String SERVICE_TASK_MARK_COORDINATION_LATE = "ServiceTask_MarkCoordinationLate";
    public static final String EVENT_COORDINATION_CLOSED = "Event_CoordinationClosed";
    public static final String TASK_WRITE_RESPONSE = "Task_WriteResponse";
    public static final String TASK_DECIDE_EXTENSION = "Task_DecideExtension";
    public static final String SERVICE_TASK_APPLY_EXTENSION = "ServiceTask_ApplyExtension";
    public static final String TASK_REVIEW_RESPONSE = "Task_ReviewResponse";
    public static final String CALL_ACTIVITY_WATCH_RESPONSE = "CallActivity_WatchResponseDeadline";
    public static final String SUBPROCESS_IMPLEMENTATION = "SubProcess_Implementation";
    public static final String SERVICE_TASK_SCHEDULE_PROGRESS_REPORT = "ServiceTask_ScheduleProgressReport";
    public static final String TIMER_QUARTER_END = "Timer_QuarterEnd";
    public static final String TASK_REPORT_PROGRESS = "Task_ReportProgress";
    public static final String TASK_REVIEW_FINAL_REPORT = "Task_ReviewFinalReport";
    public static final String TASK_DECIDE_COMPLETION_EXTENSION = "Task_DecideCompletionExtension";
    public static final String CALL_ACTIVITY_WATCH_COMPLETION = "CallActivity_WatchCompletionDeadline";
    public static final String TASK_ACKNOWLEDGE_ANSWER = "Task_AcknowledgeAnswer";
    public static final String TASK_CLOSE = "Task_Close";
    public static final String SERVICE_TASK_RECORD_STOP = "ServiceTask_RecordStop";
    public static final String SUBPROCESS_ANSWER_BY_REPORT = "SubProcess_AnswerByReport";
    public static final String EVENT_REPORT_SECTION_ACCEPTED = "Event_ReportSectionAccepted";
    public static final String TASK_RECEIVE_REPORTED_ITEM = "Task_ReceiveReportedItem";
    public static final String END_ITEM_CLOSED = "End_ItemClosed";

    private Elements() {
    }
  }

  /**
   * The Tasklist filters' columns: copies of the card's texts on each task (see
   * {@code vn.followup.tasklist.TaskTitleListener}), as a column can show only a plain variable.
   */
  public static final class Columns {
    public static final ProcessVariable<String> NOTICE_LABEL = ProcessVariable.text("noticeLabel");
    public static final ProcessVariable<String> DEADLINE = ProcessVariable.text("deadlineSummary");

    private Columns() {
    }
  }

  /**
   * The variables code reads and writes, typed: {@code Values.RESPONSE_DUE_AT.get(execution)} is a
   * {@code Date}, never a cast. The names are those of {@link Vars}, which models and forms use.
   */
  public static final class Values {
    public static final ProcessVariable<ItemCard> ITEM = ProcessVariable.json(Vars.ITEM, ItemCard.class);
    public static final ProcessVariable<String> NOTICE_ID = ProcessVariable.text(Vars.NOTICE_ID);
    public static final ProcessVariable<String> ITEM_NUMBER = ProcessVariable.text(Vars.ITEM_NUMBER);
    public static final ProcessVariable<String> ITEM_KIND = ProcessVariable.text(Vars.ITEM_KIND);
    public static final ProcessVariable<String> LEAD_AGENCY = ProcessVariable.text(Vars.LEAD_AGENCY);
    public static final ProcessVariable<String> RESPONSIBLE_AGENCY = ProcessVariable.text(Vars.RESPONSIBLE_AGENCY);
    public static final ProcessVariable<String> PROPOSER = ProcessVariable.text(Vars.PROPOSER);
    public static final ProcessVariable<Boolean> NOTICE_NUMBERED = ProcessVariable.flag(Vars.NOTICE_NUMBERED);
    public static final ProcessVariable<Boolean> URGENT = ProcessVariable.flag(Vars.URGENT);
    public static final ProcessVariable<Boolean> ONGOING = ProcessVariable.flag(Vars.ONGOING);
    public static final ProcessVariable<Boolean> OVERDUE = ProcessVariable.flag(Vars.OVERDUE);
    public static final ProcessVariable<Boolean> EXTENDED = ProcessVariable.flag(Vars.EXTENDED);
    public static final ProcessVariable<Date> RESPONSE_DUE_AT = ProcessVariable.date(Vars.RESPONSE_DUE_AT);
    public static final ProcessVariable<Date> ORIGINAL_RESPONSE_DUE_AT = ProcessVariable.date(Vars.ORIGINAL_RESPONSE_DUE_AT);
    public static final ProcessVariable<Date> COMPLETION_DUE_AT = ProcessVariable.date(Vars.COMPLETION_DUE_AT);
    public static final ProcessVariable<Date> ORIGINAL_COMPLETION_DUE_AT = ProcessVariable.date(Vars.ORIGINAL_COMPLETION_DUE_AT);
    public static final ProcessVariable<Date> FIRST_REMINDER_AT = ProcessVariable.date(Vars.FIRST_REMINDER_AT);
    public static final ProcessVariable<String> EXTENSION_REASON = ProcessVariable.text(Vars.EXTENSION_REASON);
    public static final ProcessVariable<String> RECEIVED_BY = ProcessVariable.text(Vars.RECEIVED_BY);
    public static final ProcessVariable<Boolean> HAS_COORDINATORS = ProcessVariable.flag(Vars.HAS_COORDINATORS);
    public static final ProcessVariable<Date> COORDINATION_DUE_AT = ProcessVariable.date(Vars.COORDINATION_DUE_AT);
    public static final ProcessVariable<String> COORDINATION_LATE = ProcessVariable.text(Vars.COORDINATION_LATE);
    public static final ProcessVariable<String> COORDINATION_REMINDED = ProcessVariable.text(Vars.COORDINATION_REMINDED);
    public static final ProcessVariable<Boolean> COORDINATION_PENDING = ProcessVariable.flag(Vars.COORDINATION_PENDING);
    /** Transient: the change the message "Quyết định thay đổi thời hạn" carries. */
    public static final ProcessVariable<DeadlineChange> DEADLINE_CHANGE = ProcessVariable.json(Vars.DEADLINE_CHANGE, DeadlineChange.class);
    /** The coordinating agency of one coordination task: an element of the JSON list of agencies. */
    public static final ProcessVariable<String> COORDINATOR = ProcessVariable.json(Vars.COORDINATOR, String.class);
    public static final ProcessVariable<String> COORDINATOR_NAME = ProcessVariable.text(Vars.COORDINATOR_NAME);
    public static final ProcessVariable<String> COORDINATION_SUMMARY = ProcessVariable.text(Vars.COORDINATION_SUMMARY);
    public static final ProcessVariable<String> ACKNOWLEDGED_BY = ProcessVariable.text(Vars.ACKNOWLEDGED_BY);
    public static final ProcessVariable<Date> ACKNOWLEDGED_AT = ProcessVariable.date(Vars.ACKNOWLEDGED_AT);
    public static final ProcessVariable<String> STOP_REASON = ProcessVariable.text(Vars.STOP_REASON);
    public static final ProcessVariable<String> STOP_DECISION_NUMBER = ProcessVariable.text(Vars.STOP_DECISION_NUMBER);
    /** The decision's day as YYYY-MM-DD. */
    public static final ProcessVariable<String> STOP_DECISION_DATE = ProcessVariable.text(Vars.STOP_DECISION_DATE);
    public static final ProcessVariable<String> STOPPED_BY = ProcessVariable.text(Vars.STOPPED_BY);
    public static final ProcessVariable<String> LAST_REPORT_LABEL = ProcessVariable.text(Vars.LAST_REPORT_LABEL);
    public static final ProcessVariable<String> LAST_REPORT_NUMBER = ProcessVariable.text(Vars.LAST_REPORT_NUMBER);
    /** The report's day as YYYY-MM-DD. */
    public static final ProcessVariable<String> LAST_REPORT_DATE = ProcessVariable.text(Vars.LAST_REPORT_DATE);
    public static final ProcessVariable<Boolean> REPORT_ANSWERED = ProcessVariable.flag(Vars.REPORT_ANSWERED);
    public static final ProcessVariable<String> RESPONSE_NUMBER = ProcessVariable.text(Vars.RESPONSE_NUMBER);
    /** The response's day as YYYY-MM-DD, as the form submits it. */
    public static final ProcessVariable<String> RESPONSE_DATE = ProcessVariable.text(Vars.RESPONSE_DATE);
    public static final ProcessVariable<String> RESPONSE_SUMMARY = ProcessVariable.text(Vars.RESPONSE_SUMMARY);
    public static final ProcessVariable<String> IMPLEMENTATION_STATE = ProcessVariable.text(Vars.IMPLEMENTATION_STATE);
    public static final ProcessVariable<String> RESPONSE_AUTHOR = ProcessVariable.text(Vars.RESPONSE_AUTHOR);
    /** The response's author by name (first and last name in the directory), as the review form shows them. */
    public static final ProcessVariable<String> RESPONSE_AUTHOR_NAME = ProcessVariable.text(Vars.RESPONSE_AUTHOR_NAME);
    public static final ProcessVariable<Date> RESPONSE_SUBMITTED_AT = ProcessVariable.date(Vars.RESPONSE_SUBMITTED_AT);
    public static final ProcessVariable<Boolean> EXTENSION_REQUESTED = ProcessVariable.flag(Vars.EXTENSION_REQUESTED);
    public static final ProcessVariable<String> EXTENSION_REQUESTED_BY = ProcessVariable.text(Vars.EXTENSION_REQUESTED_BY);
    public static final ProcessVariable<String> EXTENSION_DECIDED_BY = ProcessVariable.text(Vars.EXTENSION_DECIDED_BY);
    public static final ProcessVariable<String> OFFICE_ACTION = ProcessVariable.text(Vars.OFFICE_ACTION);
    public static final ProcessVariable<String> BOARD_DEADLINE_DECISION = ProcessVariable.text(Vars.BOARD_DEADLINE_DECISION);
    public static final ProcessVariable<String> REOPENED_FROM = ProcessVariable.text(Vars.REOPENED_FROM);
    public static final ProcessVariable<String> REVIEW_DECISION = ProcessVariable.text(Vars.REVIEW_DECISION);
    public static final ProcessVariable<String> REVIEW_REASON = ProcessVariable.text(Vars.REVIEW_REASON);
    public static final ProcessVariable<String> RESPONSE_REVIEWER = ProcessVariable.text(Vars.RESPONSE_REVIEWER);
    public static final ProcessVariable<Date> NEXT_PROGRESS_REPORT_AT = ProcessVariable.date(Vars.NEXT_PROGRESS_REPORT_AT);
    public static final ProcessVariable<Date> NEXT_PROGRESS_REPORT_DUE_AT = ProcessVariable.date(Vars.NEXT_PROGRESS_REPORT_DUE_AT);
    public static final ProcessVariable<Boolean> FINAL_REPORT = ProcessVariable.flag(Vars.FINAL_REPORT);
    public static final ProcessVariable<String> PROGRESS_AUTHOR = ProcessVariable.text(Vars.PROGRESS_AUTHOR);
    public static final ProcessVariable<String> FINAL_REVIEW_DECISION = ProcessVariable.text(Vars.FINAL_REVIEW_DECISION);
    public static final ProcessVariable<String> FINAL_REVIEW_REASON = ProcessVariable.text(Vars.FINAL_REVIEW_REASON);
    public static final ProcessVariable<String> SUGGESTED_OUTCOME = ProcessVariable.text(Vars.SUGGESTED_OUTCOME);
    public static final ProcessVariable<String> CLOSURE_OUTCOME = ProcessVariable.text(Vars.CLOSURE_OUTCOME);
    public static final ProcessVariable<String> CLOSURE_NOTE = ProcessVariable.text(Vars.CLOSURE_NOTE);
    public static final ProcessVariable<String> CLOSED_BY = ProcessVariable.text(Vars.CLOSED_BY);

    private Values() {
    }
  }

  /** The inputs of the item's task forms, as the server checks them (FormsContractTest holds the forms to them). */
  public static final class Fields {
    public static final InputRule FOCAL_OFFICER = InputRule.text(Vars.FOCAL_OFFICER, "Cán bộ đầu mối", 255).required();
    public static final InputRule RECEIPT_NOTE = InputRule.text(Vars.RECEIPT_NOTE, "Ghi chú tiếp nhận", 2000);
    public static final InputRule DELEGATE_TO_UNIT = InputRule.text(Vars.DELEGATE_TO_UNIT,
        "Giao cho đơn vị trực thuộc chủ trì", 64);
    public static final InputRule COORDINATION_INPUT = InputRule.text(Vars.COORDINATION_INPUT,
        "Ý kiến của cơ quan phối hợp", 4000).required();
    public static final InputRule RESPONSE_NUMBER = InputRule.text(Vars.RESPONSE_NUMBER, "Số văn bản", 20).required()
        .matching(FormInput.DOCUMENT_NUMBER, "125");
    public static final InputRule RESPONSE_SYMBOL = InputRule.text(Vars.RESPONSE_SYMBOL, "Ký hiệu", 50).required()
        .matching(FormInput.DOCUMENT_SYMBOL, "BC/ĐU hoặc UBND-VP");
    public static final InputRule RESPONSE_DATE = InputRule.date(Vars.RESPONSE_DATE, "Ngày văn bản").required();
    public static final InputRule RESPONSE_SIGNER = InputRule.text(Vars.RESPONSE_SIGNER, "Người ký", 255).required();
    public static final InputRule RESPONSE_SUMMARY = InputRule.text(Vars.RESPONSE_SUMMARY, "Trích yếu", 500).required();
    public static final InputRule RESPONSE_RESULT = InputRule.text(Vars.RESPONSE_RESULT,
        "Nội dung trả lời / kết quả thực hiện", 4000).required();
    public static final InputRule IMPLEMENTATION_STATE = InputRule.choice(Vars.IMPLEMENTATION_STATE,
        "Tình trạng thực hiện");
    public static final InputRule IMPLEMENTATION_REASON = InputRule.text(Vars.IMPLEMENTATION_REASON,
        "Lý do không thể thực hiện", 2000).required();
    public static final InputRule EXTENSION_NEW_DATE = InputRule.date(Vars.EXTENSION_NEW_DATE, "Thời hạn đề nghị mới")
        .required();
    public static final InputRule EXTENSION_REASON = InputRule.text(Vars.EXTENSION_REASON, "Lý do đề nghị gia hạn",
        2000).required();
    public static final InputRule REVIEW_DECISION = InputRule.choice(Vars.REVIEW_DECISION, "Kết quả thẩm định");
    public static final InputRule REVIEW_REASON = InputRule.text(Vars.REVIEW_REASON, "Lý do trả lại", 2000).required();
    public static final InputRule FINAL_REVIEW_DECISION = InputRule.choice(Vars.FINAL_REVIEW_DECISION,
        "Kết quả thẩm định");
    public static final InputRule FINAL_REVIEW_REASON = InputRule.text(Vars.FINAL_REVIEW_REASON, "Lý do trả lại", 2000)
        .required();
    public static final InputRule EXTENSION_DECISION = InputRule.choice(Vars.EXTENSION_DECISION, "Quyết định");
    public static final InputRule EXTENSION_DECISION_REASON = InputRule.text(Vars.EXTENSION_DECISION_REASON,
        "Ý kiến, lý do", 2000).required();
    public static final InputRule PROGRESS_REPORT = InputRule.text(Vars.PROGRESS_REPORT,
        "Kết quả, tiến độ thực hiện trong kỳ", 4000).required();
    public static final InputRule COMPLETION_DATE = InputRule.date(Vars.COMPLETION_DATE, "Ngày hoàn thành").required();
    public static final InputRule ACKNOWLEDGEMENT_NOTE = InputRule.text(Vars.ACKNOWLEDGEMENT_NOTE,
        "Ý kiến của cơ quan đề xuất", 2000);
    public static final InputRule CLOSURE_OUTCOME = InputRule.choice(Vars.CLOSURE_OUTCOME, "Đánh giá kết quả thực hiện");
    public static final InputRule CLOSURE_NOTE = InputRule.text(Vars.CLOSURE_NOTE, "Ghi chú", 2000);

    private Fields() {
    }
  }

  /** Variable names. */
  public static final class Vars {
    public static final String NOTICE_ID = "noticeId";
    /** What the forms, titles, mails, report and audit show of the item: one JSON variable, see {@link ItemCard}. */
    public static final String ITEM = "item";
    public static final String NOTICE_NUMBERED = "noticeNumbered";
    public static final String ITEM_NUMBER = "itemNumber";
    public static final String ITEM_KIND = "itemKind";
    public static final String LEAD_AGENCY = "leadAgency";
    public static final String RESPONSIBLE_AGENCY = "responsibleAgency";
    public static final String COORDINATING_AGENCIES = "coordinatingAgencies";
    public static final String HAS_COORDINATORS = "hasCoordinators";

    public static final String RESPONSE_DUE_AT = "responseDueAt";
    public static final String ORIGINAL_RESPONSE_DUE_AT = "originalResponseDueAt";
    public static final String COMPLETION_DUE_AT = "completionDueAt";
    public static final String ORIGINAL_COMPLETION_DUE_AT = "originalCompletionDueAt";
    public static final String URGENT = "urgent";
    public static final String ONGOING = "ongoing";
    public static final String RECEIPT_DUE_AT = "receiptDueAt";
    public static final String COORDINATION_DUE_AT = "coordinationDueAt";
    public static final String FIRST_REMINDER_AT = "firstReminderAt";
    public static final String OVERDUE = DeadlineWatchProcess.Vars.OVERDUE;
    public static final String OVERDUE_SINCE = DeadlineWatchProcess.Vars.OVERDUE_SINCE;
    /** {@link ItemProcess#PRIORITY_URGENT} or {@link ItemProcess#PRIORITY_NORMAL}, for every task of the item. */
    public static final String TASK_PRIORITY = "taskPriority";
    public static final String COORDINATION_REMINDER_AT = "coordinationReminderAt";
    /** Names of the coordinating agencies whose input was missing at its deadline ("; " between). */
    public static final String COORDINATION_LATE = "coordinationLate";
    /** The coordinating agencies reminded before their deadline, and when. */
    public static final String COORDINATION_REMINDED = "coordinationReminded";
    /**
     * Whether the lead's response waits for the coordinators ("Chờ đủ ý kiến phối hợp"): sent in the
     * first round while input is missing and the coordination deadline is ahead.
     */
    public static final String COORDINATION_PENDING = "coordinationPending";
    /** The office's change of a deadline, carried by its message only (transient, never stored). */
    public static final String DEADLINE_CHANGE = "deadlineChange";
    public static final String PROPOSER = "proposer";
    public static final String ACKNOWLEDGEMENT_NOTE = "acknowledgementNote";
    public static final String ACKNOWLEDGED_BY = "acknowledgedBy";
    public static final String ACKNOWLEDGED_AT = "acknowledgedAt";
    public static final String STOP_REASON = "stopReason";
    public static final String STOP_DECISION_NUMBER = "stopDecisionNumber";
    public static final String STOP_DECISION_DATE = "stopDecisionDate";
    public static final String STOPPED_BY = "stoppedBy";
    /** The item answers by a periodic report's section, not by a response task of its own. */
    public static final String ANSWERED_BY_REPORT = "answeredByReport";
    /** The last accepted report section that covered the item: label, number and date. */
    public static final String LAST_REPORT_LABEL = "lastReportLabel";
    public static final String LAST_REPORT_NUMBER = "lastReportNumber";
    public static final String LAST_REPORT_DATE = "lastReportDate";
    /** The accepted section answers the item: it was its last report, or reported it done. */
    public static final String REPORT_ANSWERED = "reportAnswered";

    public static final String RECEIPT_NOTE = "receiptNote";
    public static final String FOCAL_OFFICER = "focalOfficer";
    public static final String DELEGATE_TO_UNIT = "delegateToUnit";
    public static final String RECEIVED_BY = "receivedBy";

    public static final String COORDINATOR = "coordinator";
    public static final String COORDINATOR_NAME = "coordinatorName";
    public static final String COORDINATION_INPUT = "coordinationInput";
    public static final String COORDINATION_INPUTS = "coordinationInputs";
    public static final String COORDINATION_SUMMARY = "coordinationSummary";

    public static final String RESPONSE_NUMBER = "responseNumber";
    public static final String RESPONSE_SYMBOL = "responseSymbol";
    public static final String RESPONSE_DATE = "responseDate";
    public static final String RESPONSE_SIGNER = "responseSigner";
    public static final String RESPONSE_SUMMARY = "responseSummary";
    public static final String RESPONSE_RESULT = "responseResult";
    public static final String IMPLEMENTATION_STATE = "implementationState";
    public static final String IMPLEMENTATION_REASON = "implementationReason";
    public static final String RESPONSE_AUTHOR = "responseAuthor";
    public static final String RESPONSE_AUTHOR_NAME = "responseAuthorName";
    public static final String RESPONSE_SUBMITTED_AT = "responseSubmittedAt";

    public static final String EXTENSION_REQUESTED = "extensionRequested";
    public static final String EXTENSION_NEW_DATE = "extensionNewDate";
    public static final String EXTENSION_REASON = "extensionReason";
    public static final String EXTENSION_REQUESTED_BY = "extensionRequestedBy";
    public static final String EXTENSION_DECISION = "extensionDecision";
    public static final String EXTENSION_DECISION_REASON = "extensionDecisionReason";
    public static final String EXTENSION_DECIDED_BY = "extensionDecidedBy";
    public static final String EXTENDED = "extended";
    /** Written by the office's actions (package office): the last action, as auditors read it. */
    public static final String OFFICE_ACTION = "officeAction";
    /** Written by the office's deadline change: the Standing Board's decision, as the report's extension column tells it. */
    public static final String BOARD_DEADLINE_DECISION = "boardDeadlineDecision";
    /** Written by the office's re-opening: the process instance of the item's previous follow-up. */
    public static final String REOPENED_FROM = "reopenedFrom";

    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String REVIEW_REASON = "reviewReason";
    public static final String RESPONSE_REVIEWER = "responseReviewer";

    public static final String NEXT_PROGRESS_REPORT_AT = "nextProgressReportAt";
    public static final String NEXT_PROGRESS_REPORT_DUE_AT = "nextProgressReportDueAt";
    public static final String LAST_REMINDER_AT = DeadlineWatchProcess.Vars.LAST_REMINDER_AT;
    public static final String PROGRESS_REPORT = "progressReport";
    public static final String FINAL_REPORT = "finalReport";
    public static final String COMPLETION_DATE = "completionDate";
    public static final String PROGRESS_AUTHOR = "progressAuthor";
    public static final String FINAL_REVIEW_DECISION = "finalReviewDecision";
    public static final String FINAL_REVIEW_REASON = "finalReviewReason";

    public static final String SUGGESTED_OUTCOME = "suggestedOutcome";
    public static final String CLOSURE_OUTCOME = "closureOutcome";
    public static final String CLOSURE_NOTE = "closureNote";
    public static final String CLOSED_BY = "closedBy";

    public static final String URGE_REPEAT = "urgeRepeat";

    private Vars() {
    }
  }
}
