package vn.followup.item;

import vn.followup.engine.FormInput;
import vn.followup.engine.InputRule;
import vn.followup.watch.DeadlineWatchProcess;

import java.util.Date;
import java.util.List;
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
  /** Correlated by the office's change of the lead agency ("Quyết định thay đổi cơ quan chủ trì"), carrying a {@link LeadChange}. */
  public static final String MESSAGE_LEAD_CHANGED = "Message_LeadChanged";
  /** Correlated by the office's move of open tasks to another agency ("Quyết định chuyển công việc"), carrying a {@link TaskMove}. */
  public static final String MESSAGE_TASKS_MOVED = "Message_TasksMoved";
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
    public static final ProcessVariable<String> NOTICE_LABEL = ProcessVariable.text("noticeLabel")
        .labelled("Thông báo");
    public static final ProcessVariable<String> DEADLINE = ProcessVariable.text("deadlineSummary")
        .labelled("Thời hạn");

    private Columns() {
    }
  }

  /**
   * Every variable of the item, declared once ({@link ProcessVariable}): its name and type (code
   * reads and writes it typed: {@code Values.RESPONSE_DUE_AT.get(execution)} is a {@code Date},
   * never a cast), the form input a person types it in, the label auditors read it by, the choices
   * it holds and whether its history is recorded elsewhere. {@link Vars} and {@link Fields} are
   * read from here.
   */
  public static final class Values {
    public static final ProcessVariable<String> NOTICE_ID = ProcessVariable.text("noticeId");
    /** What the forms, titles, mails, report and audit show of the item: one JSON variable, see {@link ItemCard}. */
    public static final ProcessVariable<ItemCard> ITEM = ProcessVariable.json("item", ItemCard.class);
    public static final ProcessVariable<Boolean> NOTICE_NUMBERED = ProcessVariable.flag("noticeNumbered")
        .recordedElsewhere();
    public static final ProcessVariable<String> ITEM_NUMBER = ProcessVariable.text("itemNumber");
    public static final ProcessVariable<String> ITEM_KIND = ProcessVariable.text("itemKind");
    public static final ProcessVariable<String> LEAD_AGENCY = ProcessVariable.text("leadAgency");
    public static final ProcessVariable<String> RESPONSIBLE_AGENCY = ProcessVariable.text("responsibleAgency");
    public static final ProcessVariable<List<Object>> COORDINATING_AGENCIES =
        ProcessVariable.list("coordinatingAgencies");
    public static final ProcessVariable<Boolean> HAS_COORDINATORS = ProcessVariable.flag("hasCoordinators")
        .recordedElsewhere();

    public static final ProcessVariable<Date> RESPONSE_DUE_AT = ProcessVariable.date("responseDueAt")
        .audited("Thời hạn trả lời");
    public static final ProcessVariable<Date> ORIGINAL_RESPONSE_DUE_AT = ProcessVariable.date("originalResponseDueAt")
        .audited("Thời hạn trả lời ban đầu");
    public static final ProcessVariable<Date> COMPLETION_DUE_AT = ProcessVariable.date("completionDueAt")
        .audited("Thời hạn hoàn thành");
    public static final ProcessVariable<Date> ORIGINAL_COMPLETION_DUE_AT =
        ProcessVariable.date("originalCompletionDueAt")
        .audited("Thời hạn hoàn thành ban đầu");
    public static final ProcessVariable<Boolean> URGENT = ProcessVariable.flag("urgent");
    public static final ProcessVariable<Boolean> ONGOING = ProcessVariable.flag("ongoing");
    public static final ProcessVariable<Date> RECEIPT_DUE_AT = ProcessVariable.date("receiptDueAt").recordedElsewhere();
    public static final ProcessVariable<Date> COORDINATION_DUE_AT = ProcessVariable.date("coordinationDueAt")
        .recordedElsewhere();
    public static final ProcessVariable<Date> FIRST_REMINDER_AT = ProcessVariable.date("firstReminderAt")
        .recordedElsewhere();
    public static final ProcessVariable<Boolean> OVERDUE = DeadlineWatchProcess.Values.OVERDUE;
    public static final ProcessVariable<Date> OVERDUE_SINCE = DeadlineWatchProcess.Values.OVERDUE_SINCE;
    /** {@link ItemProcess#PRIORITY_URGENT} or {@link ItemProcess#PRIORITY_NORMAL}, for every task of the item. */
    public static final ProcessVariable<Integer> TASK_PRIORITY = ProcessVariable.integer("taskPriority")
        .recordedElsewhere();
    public static final ProcessVariable<Date> COORDINATION_REMINDER_AT = ProcessVariable.date("coordinationReminderAt")
        .recordedElsewhere();
    /** Names of the coordinating agencies whose input was missing at its deadline ("; " between). */
    public static final ProcessVariable<String> COORDINATION_LATE = ProcessVariable.text("coordinationLate")
        .audited("Cơ quan phối hợp quá hạn chưa có ý kiến");
    /** The coordinating agencies reminded before their deadline, and when. */
    public static final ProcessVariable<String> COORDINATION_REMINDED = ProcessVariable.text("coordinationReminded")
        .audited("Đã nhắc cơ quan phối hợp");
    /**
     * Whether the lead's response waits for the coordinators ("Chờ đủ ý kiến phối hợp"): sent in the
     * first round while input is missing and the coordination deadline is ahead.
     */
    public static final ProcessVariable<Boolean> COORDINATION_PENDING = ProcessVariable.flag("coordinationPending")
        .recordedElsewhere();
    /** The office's change of a deadline, carried by its message "Quyết định thay đổi thời hạn" only (transient, never stored). */
    public static final ProcessVariable<DeadlineChange> DEADLINE_CHANGE =
        ProcessVariable.json("deadlineChange", DeadlineChange.class);
    /** The office's change of the lead, carried by its message "Quyết định thay đổi cơ quan chủ trì" only (transient, never stored). */
    public static final ProcessVariable<LeadChange> LEAD_CHANGE = ProcessVariable.json("leadChange", LeadChange.class);
    /** The office's move of open tasks, carried by its message "Quyết định chuyển công việc" only (transient, never stored). */
    public static final ProcessVariable<TaskMove> TASK_MOVE = ProcessVariable.json("taskMove", TaskMove.class);
    public static final ProcessVariable<String> PROPOSER = ProcessVariable.text("proposer");
    public static final ProcessVariable<String> ACKNOWLEDGEMENT_NOTE = ProcessVariable.text("acknowledgementNote")
        .asked(InputRule.text("Ý kiến của cơ quan đề xuất", 2000)).audited();
    public static final ProcessVariable<String> ACKNOWLEDGED_BY = ProcessVariable.text("acknowledgedBy")
        .audited("Người nhận kết quả trả lời kiến nghị");
    public static final ProcessVariable<Date> ACKNOWLEDGED_AT = ProcessVariable.date("acknowledgedAt")
        .audited("Thời điểm nhận kết quả trả lời kiến nghị");
    public static final ProcessVariable<String> STOP_REASON = ProcessVariable.text("stopReason")
        .audited("Lý do dừng thực hiện");
    public static final ProcessVariable<String> STOP_DECISION_NUMBER = ProcessVariable.text("stopDecisionNumber")
        .audited("Số văn bản quyết định dừng");
    /** The decision's day as YYYY-MM-DD. */
    public static final ProcessVariable<String> STOP_DECISION_DATE = ProcessVariable.text("stopDecisionDate")
        .audited("Ngày văn bản quyết định dừng");
    public static final ProcessVariable<String> STOPPED_BY = ProcessVariable.text("stoppedBy")
        .audited("Người ghi nhận dừng thực hiện");
    /** The item answers by a periodic report's section, not by a response task of its own. */
    public static final ProcessVariable<Boolean> ANSWERED_BY_REPORT = ProcessVariable.flag("answeredByReport");
    /** The last accepted report section that covered the item: label, number and date. */
    public static final ProcessVariable<String> LAST_REPORT_LABEL = ProcessVariable.text("lastReportLabel")
        .audited("Mục báo cáo định kỳ được chấp nhận");
    public static final ProcessVariable<String> LAST_REPORT_NUMBER = ProcessVariable.text("lastReportNumber")
        .audited("Số báo cáo định kỳ");
    /** The report's day as YYYY-MM-DD. */
    public static final ProcessVariable<String> LAST_REPORT_DATE = ProcessVariable.text("lastReportDate")
        .audited("Ngày báo cáo định kỳ");
    /** The accepted section answers the item: it was its last report, or reported it done. */
    public static final ProcessVariable<Boolean> REPORT_ANSWERED = ProcessVariable.flag("reportAnswered");

    public static final ProcessVariable<String> RECEIPT_NOTE = ProcessVariable.text("receiptNote")
        .asked(InputRule.text("Ghi chú tiếp nhận", 2000));
    public static final ProcessVariable<String> FOCAL_OFFICER = ProcessVariable.text("focalOfficer")
        .asked(InputRule.text("Cán bộ đầu mối", 255).required()).audited();
    public static final ProcessVariable<String> DELEGATE_TO_UNIT = ProcessVariable.text("delegateToUnit")
        .asked(InputRule.text("Giao cho đơn vị trực thuộc chủ trì", 64));
    public static final ProcessVariable<String> RECEIVED_BY = ProcessVariable.text("receivedBy")
        .audited("Người tiếp nhận");

    /** The coordinating agency of one coordination task: an element of the JSON list of agencies. */
    public static final ProcessVariable<String> COORDINATOR = ProcessVariable.json("coordinator", String.class);
    public static final ProcessVariable<String> COORDINATOR_NAME = ProcessVariable.text("coordinatorName");
    public static final ProcessVariable<String> COORDINATION_INPUT = ProcessVariable.text("coordinationInput")
        .asked(InputRule.text("Ý kiến của cơ quan phối hợp", 4000).required());
    public static final ProcessVariable<List<Object>> COORDINATION_INPUTS = ProcessVariable.list("coordinationInputs");
    public static final ProcessVariable<String> COORDINATION_SUMMARY = ProcessVariable.text("coordinationSummary");

    public static final ProcessVariable<String> RESPONSE_NUMBER = ProcessVariable.text("responseNumber")
        .asked(InputRule.text("Số văn bản", 20).required().matching(FormInput.DOCUMENT_NUMBER, "125"))
        .audited("Số văn bản trả lời");
    public static final ProcessVariable<String> RESPONSE_SYMBOL = ProcessVariable.text("responseSymbol")
        .asked(InputRule.text("Ký hiệu", 50).required().matching(FormInput.DOCUMENT_SYMBOL, "BC/ĐU hoặc UBND-VP"))
        .audited("Ký hiệu văn bản trả lời");
    /** The response's day as YYYY-MM-DD, as the form submits it. */
    public static final ProcessVariable<String> RESPONSE_DATE = ProcessVariable.text("responseDate")
        .asked(InputRule.date("Ngày văn bản").required()).audited("Ngày văn bản trả lời");
    public static final ProcessVariable<String> RESPONSE_SIGNER = ProcessVariable.text("responseSigner")
        .asked(InputRule.text("Người ký", 255).required()).audited();
    public static final ProcessVariable<String> RESPONSE_SUMMARY = ProcessVariable.text("responseSummary")
        .asked(InputRule.text("Trích yếu", 500).required()).audited();
    public static final ProcessVariable<String> RESPONSE_RESULT = ProcessVariable.text("responseResult")
        .asked(InputRule.text("Nội dung trả lời / kết quả thực hiện", 4000).required());
    public static final ProcessVariable<String> IMPLEMENTATION_STATE = ProcessVariable.text("implementationState")
        .asked(InputRule.choice("Tình trạng thực hiện")).audited().chosenFrom(ImplementationState.class);
    public static final ProcessVariable<String> IMPLEMENTATION_REASON = ProcessVariable.text("implementationReason")
        .asked(InputRule.text("Lý do không thể thực hiện", 2000).required()).audited();
    public static final ProcessVariable<String> RESPONSE_AUTHOR = ProcessVariable.text("responseAuthor")
        .audited("Người soạn văn bản trả lời");
    /** The response's author by name (first and last name in the directory), as the review form shows them. */
    public static final ProcessVariable<String> RESPONSE_AUTHOR_NAME = ProcessVariable.text("responseAuthorName")
        .audited("Họ tên người soạn văn bản trả lời");
    public static final ProcessVariable<Date> RESPONSE_SUBMITTED_AT = ProcessVariable.date("responseSubmittedAt")
        .audited("Thời điểm gửi văn bản trả lời");

    public static final ProcessVariable<Boolean> EXTENSION_REQUESTED = ProcessVariable.flag("extensionRequested")
        .audited("Đề nghị gia hạn");
    public static final ProcessVariable<String> EXTENSION_NEW_DATE = ProcessVariable.text("extensionNewDate")
        .asked(InputRule.date("Thời hạn đề nghị mới").required()).audited();
    public static final ProcessVariable<String> EXTENSION_REASON = ProcessVariable.text("extensionReason")
        .asked(InputRule.text("Lý do đề nghị gia hạn", 2000).required()).audited();
    public static final ProcessVariable<String> EXTENSION_REQUESTED_BY = ProcessVariable.text("extensionRequestedBy")
        .audited("Người đề nghị gia hạn");
    public static final ProcessVariable<String> EXTENSION_DECISION = ProcessVariable.text("extensionDecision")
        .asked(InputRule.choice("Quyết định")).audited("Quyết định gia hạn")
        .chosenFrom(ExtensionDecision.class);
    public static final ProcessVariable<String> EXTENSION_DECISION_REASON =
        ProcessVariable.text("extensionDecisionReason")
        .asked(InputRule.text("Ý kiến, lý do", 2000).required()).audited("Lý do quyết định gia hạn");
    public static final ProcessVariable<String> EXTENSION_DECIDED_BY = ProcessVariable.text("extensionDecidedBy")
        .audited("Người quyết định gia hạn");
    public static final ProcessVariable<Boolean> EXTENDED = ProcessVariable.flag("extended").audited("Đã gia hạn");
    /** Written by the office's actions (package office): the last action, as auditors read it. */
    public static final ProcessVariable<String> OFFICE_ACTION = ProcessVariable.text("officeAction")
        .audited("Thao tác của Văn phòng");
    /**
     * Written by the office's deadline change: the Standing Board's decision, as the report's
     * extension column tells it.
     */
    public static final ProcessVariable<String> BOARD_DEADLINE_DECISION = ProcessVariable.text("boardDeadlineDecision")
        .audited("Quyết định thay đổi thời hạn của Ban Thường vụ");
    /** Written by the office's re-opening: the process instance of the item's previous follow-up. */
    public static final ProcessVariable<String> REOPENED_FROM = ProcessVariable.text("reopenedFrom");

    public static final ProcessVariable<String> REVIEW_DECISION = ProcessVariable.text("reviewDecision")
        .asked(InputRule.choice("Kết quả thẩm định")).audited("Kết quả thẩm định văn bản")
        .chosenFrom(ReviewDecision.class);
    public static final ProcessVariable<String> REVIEW_REASON = ProcessVariable.text("reviewReason")
        .asked(InputRule.text("Lý do trả lại", 2000).required()).audited("Lý do trả lại văn bản");
    public static final ProcessVariable<String> RESPONSE_REVIEWER = ProcessVariable.text("responseReviewer")
        .audited("Người thẩm định văn bản");

    public static final ProcessVariable<Date> NEXT_PROGRESS_REPORT_AT = ProcessVariable.date("nextProgressReportAt");
    public static final ProcessVariable<Date> NEXT_PROGRESS_REPORT_DUE_AT =
        ProcessVariable.date("nextProgressReportDueAt");
    public static final ProcessVariable<Date> LAST_REMINDER_AT = DeadlineWatchProcess.Values.LAST_REMINDER_AT;
    public static final ProcessVariable<String> PROGRESS_REPORT = ProcessVariable.text("progressReport")
        .asked(InputRule.text("Kết quả, tiến độ thực hiện trong kỳ", 4000).required());
    public static final ProcessVariable<Boolean> FINAL_REPORT = ProcessVariable.flag("finalReport")
        .audited("Báo cáo kết quả cuối cùng");
    public static final ProcessVariable<String> COMPLETION_DATE = ProcessVariable.text("completionDate")
        .asked(InputRule.date("Ngày hoàn thành").required()).audited();
    public static final ProcessVariable<String> PROGRESS_AUTHOR = ProcessVariable.text("progressAuthor");
    public static final ProcessVariable<String> FINAL_REVIEW_DECISION = ProcessVariable.text("finalReviewDecision")
        .asked(InputRule.choice("Kết quả thẩm định"))
        .audited("Kết quả thẩm định kết quả thực hiện")
        .chosenFrom(ReviewDecision.class);
    public static final ProcessVariable<String> FINAL_REVIEW_REASON = ProcessVariable.text("finalReviewReason")
        .asked(InputRule.text("Lý do trả lại", 2000).required())
        .audited("Lý do trả lại báo cáo kết quả");

    public static final ProcessVariable<String> SUGGESTED_OUTCOME = ProcessVariable.text("suggestedOutcome")
        .chosenFrom(ClosureOutcome.class);
    public static final ProcessVariable<String> CLOSURE_OUTCOME = ProcessVariable.text("closureOutcome")
        .asked(InputRule.choice("Đánh giá kết quả thực hiện")).audited().chosenFrom(ClosureOutcome.class);
    public static final ProcessVariable<String> CLOSURE_NOTE = ProcessVariable.text("closureNote")
        .asked(InputRule.text("Ghi chú", 2000)).audited("Ghi chú khi kết thúc theo dõi");
    public static final ProcessVariable<String> CLOSED_BY = ProcessVariable.text("closedBy")
        .audited("Người kết thúc theo dõi");

    public static final ProcessVariable<String> URGE_REPEAT = ProcessVariable.text("urgeRepeat").recordedElsewhere();

    private Values() {
    }
  }

  /** The inputs of the item's task forms, as the server checks them (FormsContractTest holds the forms to them). */
  public static final class Fields {
    public static final InputRule FOCAL_OFFICER = Values.FOCAL_OFFICER.input();
    public static final InputRule RECEIPT_NOTE = Values.RECEIPT_NOTE.input();
    public static final InputRule DELEGATE_TO_UNIT = Values.DELEGATE_TO_UNIT.input();
    public static final InputRule COORDINATION_INPUT = Values.COORDINATION_INPUT.input();
    public static final InputRule RESPONSE_NUMBER = Values.RESPONSE_NUMBER.input();
    public static final InputRule RESPONSE_SYMBOL = Values.RESPONSE_SYMBOL.input();
    public static final InputRule RESPONSE_DATE = Values.RESPONSE_DATE.input();
    public static final InputRule RESPONSE_SIGNER = Values.RESPONSE_SIGNER.input();
    public static final InputRule RESPONSE_SUMMARY = Values.RESPONSE_SUMMARY.input();
    public static final InputRule RESPONSE_RESULT = Values.RESPONSE_RESULT.input();
    public static final InputRule IMPLEMENTATION_STATE = Values.IMPLEMENTATION_STATE.input();
    public static final InputRule IMPLEMENTATION_REASON = Values.IMPLEMENTATION_REASON.input();
    public static final InputRule EXTENSION_NEW_DATE = Values.EXTENSION_NEW_DATE.input();
    public static final InputRule EXTENSION_REASON = Values.EXTENSION_REASON.input();
    public static final InputRule REVIEW_DECISION = Values.REVIEW_DECISION.input();
    public static final InputRule REVIEW_REASON = Values.REVIEW_REASON.input();
    public static final InputRule FINAL_REVIEW_DECISION = Values.FINAL_REVIEW_DECISION.input();
    public static final InputRule FINAL_REVIEW_REASON = Values.FINAL_REVIEW_REASON.input();
    public static final InputRule EXTENSION_DECISION = Values.EXTENSION_DECISION.input();
    public static final InputRule EXTENSION_DECISION_REASON = Values.EXTENSION_DECISION_REASON.input();
    public static final InputRule PROGRESS_REPORT = Values.PROGRESS_REPORT.input();
    public static final InputRule COMPLETION_DATE = Values.COMPLETION_DATE.input();
    public static final InputRule ACKNOWLEDGEMENT_NOTE = Values.ACKNOWLEDGEMENT_NOTE.input();
    public static final InputRule CLOSURE_OUTCOME = Values.CLOSURE_OUTCOME.input();
    public static final InputRule CLOSURE_NOTE = Values.CLOSURE_NOTE.input();

    private Fields() {
    }
  }

  /** Variable names, as the models and forms use them: read from {@link Values}. */
  public static final class Vars {
    public static final String NOTICE_ID = Values.NOTICE_ID.name();
    public static final String ITEM = Values.ITEM.name();
    public static final String NOTICE_NUMBERED = Values.NOTICE_NUMBERED.name();
    public static final String ITEM_NUMBER = Values.ITEM_NUMBER.name();
    public static final String ITEM_KIND = Values.ITEM_KIND.name();
    public static final String LEAD_AGENCY = Values.LEAD_AGENCY.name();
    public static final String RESPONSIBLE_AGENCY = Values.RESPONSIBLE_AGENCY.name();
    public static final String COORDINATING_AGENCIES = Values.COORDINATING_AGENCIES.name();
    public static final String HAS_COORDINATORS = Values.HAS_COORDINATORS.name();
    public static final String RESPONSE_DUE_AT = Values.RESPONSE_DUE_AT.name();
    public static final String ORIGINAL_RESPONSE_DUE_AT = Values.ORIGINAL_RESPONSE_DUE_AT.name();
    public static final String COMPLETION_DUE_AT = Values.COMPLETION_DUE_AT.name();
    public static final String ORIGINAL_COMPLETION_DUE_AT = Values.ORIGINAL_COMPLETION_DUE_AT.name();
    public static final String URGENT = Values.URGENT.name();
    public static final String ONGOING = Values.ONGOING.name();
    public static final String RECEIPT_DUE_AT = Values.RECEIPT_DUE_AT.name();
    public static final String COORDINATION_DUE_AT = Values.COORDINATION_DUE_AT.name();
    public static final String FIRST_REMINDER_AT = Values.FIRST_REMINDER_AT.name();
    public static final String OVERDUE = Values.OVERDUE.name();
    public static final String OVERDUE_SINCE = Values.OVERDUE_SINCE.name();
    public static final String TASK_PRIORITY = Values.TASK_PRIORITY.name();
    public static final String COORDINATION_REMINDER_AT = Values.COORDINATION_REMINDER_AT.name();
    public static final String COORDINATION_LATE = Values.COORDINATION_LATE.name();
    public static final String COORDINATION_REMINDED = Values.COORDINATION_REMINDED.name();
    public static final String COORDINATION_PENDING = Values.COORDINATION_PENDING.name();
    public static final String DEADLINE_CHANGE = Values.DEADLINE_CHANGE.name();
    public static final String LEAD_CHANGE = Values.LEAD_CHANGE.name();
    public static final String TASK_MOVE = Values.TASK_MOVE.name();
    public static final String PROPOSER = Values.PROPOSER.name();
    public static final String ACKNOWLEDGEMENT_NOTE = Values.ACKNOWLEDGEMENT_NOTE.name();
    public static final String ACKNOWLEDGED_BY = Values.ACKNOWLEDGED_BY.name();
    public static final String ACKNOWLEDGED_AT = Values.ACKNOWLEDGED_AT.name();
    public static final String STOP_REASON = Values.STOP_REASON.name();
    public static final String STOP_DECISION_NUMBER = Values.STOP_DECISION_NUMBER.name();
    public static final String STOP_DECISION_DATE = Values.STOP_DECISION_DATE.name();
    public static final String STOPPED_BY = Values.STOPPED_BY.name();
    public static final String ANSWERED_BY_REPORT = Values.ANSWERED_BY_REPORT.name();
    public static final String LAST_REPORT_LABEL = Values.LAST_REPORT_LABEL.name();
    public static final String LAST_REPORT_NUMBER = Values.LAST_REPORT_NUMBER.name();
    public static final String LAST_REPORT_DATE = Values.LAST_REPORT_DATE.name();
    public static final String REPORT_ANSWERED = Values.REPORT_ANSWERED.name();
    public static final String RECEIPT_NOTE = Values.RECEIPT_NOTE.name();
    public static final String FOCAL_OFFICER = Values.FOCAL_OFFICER.name();
    public static final String DELEGATE_TO_UNIT = Values.DELEGATE_TO_UNIT.name();
    public static final String RECEIVED_BY = Values.RECEIVED_BY.name();
    public static final String COORDINATOR = Values.COORDINATOR.name();
    public static final String COORDINATOR_NAME = Values.COORDINATOR_NAME.name();
    public static final String COORDINATION_INPUT = Values.COORDINATION_INPUT.name();
    public static final String COORDINATION_INPUTS = Values.COORDINATION_INPUTS.name();
    public static final String COORDINATION_SUMMARY = Values.COORDINATION_SUMMARY.name();
    public static final String RESPONSE_NUMBER = Values.RESPONSE_NUMBER.name();
    public static final String RESPONSE_SYMBOL = Values.RESPONSE_SYMBOL.name();
    public static final String RESPONSE_DATE = Values.RESPONSE_DATE.name();
    public static final String RESPONSE_SIGNER = Values.RESPONSE_SIGNER.name();
    public static final String RESPONSE_SUMMARY = Values.RESPONSE_SUMMARY.name();
    public static final String RESPONSE_RESULT = Values.RESPONSE_RESULT.name();
    public static final String IMPLEMENTATION_STATE = Values.IMPLEMENTATION_STATE.name();
    public static final String IMPLEMENTATION_REASON = Values.IMPLEMENTATION_REASON.name();
    public static final String RESPONSE_AUTHOR = Values.RESPONSE_AUTHOR.name();
    public static final String RESPONSE_AUTHOR_NAME = Values.RESPONSE_AUTHOR_NAME.name();
    public static final String RESPONSE_SUBMITTED_AT = Values.RESPONSE_SUBMITTED_AT.name();
    public static final String EXTENSION_REQUESTED = Values.EXTENSION_REQUESTED.name();
    public static final String EXTENSION_NEW_DATE = Values.EXTENSION_NEW_DATE.name();
    public static final String EXTENSION_REASON = Values.EXTENSION_REASON.name();
    public static final String EXTENSION_REQUESTED_BY = Values.EXTENSION_REQUESTED_BY.name();
    public static final String EXTENSION_DECISION = Values.EXTENSION_DECISION.name();
    public static final String EXTENSION_DECISION_REASON = Values.EXTENSION_DECISION_REASON.name();
    public static final String EXTENSION_DECIDED_BY = Values.EXTENSION_DECIDED_BY.name();
    public static final String EXTENDED = Values.EXTENDED.name();
    public static final String OFFICE_ACTION = Values.OFFICE_ACTION.name();
    public static final String BOARD_DEADLINE_DECISION = Values.BOARD_DEADLINE_DECISION.name();
    public static final String REOPENED_FROM = Values.REOPENED_FROM.name();
    public static final String REVIEW_DECISION = Values.REVIEW_DECISION.name();
    public static final String REVIEW_REASON = Values.REVIEW_REASON.name();
    public static final String RESPONSE_REVIEWER = Values.RESPONSE_REVIEWER.name();
    public static final String NEXT_PROGRESS_REPORT_AT = Values.NEXT_PROGRESS_REPORT_AT.name();
    public static final String NEXT_PROGRESS_REPORT_DUE_AT = Values.NEXT_PROGRESS_REPORT_DUE_AT.name();
    public static final String LAST_REMINDER_AT = Values.LAST_REMINDER_AT.name();
    public static final String PROGRESS_REPORT = Values.PROGRESS_REPORT.name();
    public static final String FINAL_REPORT = Values.FINAL_REPORT.name();
    public static final String COMPLETION_DATE = Values.COMPLETION_DATE.name();
    public static final String PROGRESS_AUTHOR = Values.PROGRESS_AUTHOR.name();
    public static final String FINAL_REVIEW_DECISION = Values.FINAL_REVIEW_DECISION.name();
    public static final String FINAL_REVIEW_REASON = Values.FINAL_REVIEW_REASON.name();
    public static final String SUGGESTED_OUTCOME = Values.SUGGESTED_OUTCOME.name();
    public static final String CLOSURE_OUTCOME = Values.CLOSURE_OUTCOME.name();
    public static final String CLOSURE_NOTE = Values.CLOSURE_NOTE.name();
    public static final String CLOSED_BY = Values.CLOSED_BY.name();
    public static final String URGE_REPEAT = Values.URGE_REPEAT.name();

    private Vars() {
    }
  }
}
