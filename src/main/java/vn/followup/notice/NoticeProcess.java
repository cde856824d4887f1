package vn.followup.notice;

import vn.followup.deadline.DeadlineType;
import vn.followup.engine.InputRule;
import vn.followup.engine.FormInput;
import java.util.List;
import vn.followup.engine.ProcessVariable;

/**
 * The follow-up of a whole notice ({@code bpmn/notice.bpmn}): registration (also from the Tasklist
 * start form), dispatch of one item process per item, the number a draft still lacks, and the
 * periodic reports the notice asks for.
 */
public final class NoticeProcess {

  public static final String KEY = "Process_Notice";

  private NoticeProcess() {
  }

  /** Element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_NoticeSubmitted";
    public static final String SERVICE_TASK_REGISTER = "ServiceTask_RegisterNotice";
    public static final String SERVICE_TASK_DISPATCH = "ServiceTask_DispatchItems";
    public static final String TASK_NUMBER_NOTICE = "Task_NumberNotice";
    public static final String SERVICE_TASK_RELEASE = "ServiceTask_ReleaseItems";
    public static final String SUBPROCESS_REPORT = "SubProcess_Report";
    public static final String TIMER_REPORT_TASK = "Timer_ReportTask";
    public static final String TASK_WRITE_REPORT = "Task_WriteReport";
    public static final String TASK_REVIEW_REPORT = "Task_ReviewReport";
    public static final String SERVICE_TASK_APPLY_REPORT = "ServiceTask_ApplyReport";

    private Elements() {
    }
  }

  /**
   * One periodic report of the notice's schedule ({@link Vars#REPORTS}), the element {@link Vars#REPORT} of
   * the report loop. Reports scheduled before items answered by sections have neither {@code answers}
   * nor {@code lastFor}: both read as empty.
   *
   * @param items   the covered item numbers
   * @param answers the covered items that answer by the report's sections
   * @param lastFor the covered items for which no later report follows
   */
  public record ScheduledReport(String phrase, String agency, List<String> items, List<String> answers,
      List<String> lastFor, String kind, String label, String dueAt, String taskAt) {

    public ScheduledReport {
      items = items == null ? List.of() : List.copyOf(items);
      answers = answers == null ? List.of() : List.copyOf(answers);
      lastFor = lastFor == null ? List.of() : List.copyOf(lastFor);
    }
  }

  /**
   * The variables code reads and writes, typed: {@code Values.REPORT.get(execution)} is a
   * {@link ScheduledReport}, never a cast. The names are those of {@link Vars}, which the model and forms use.
   */
  public static final class Values {
    public static final ProcessVariable<String> NOTICE_ID = ProcessVariable.text(Vars.NOTICE_ID);
    public static final ProcessVariable<String> NOTICE_LABEL = ProcessVariable.text(Vars.NOTICE_LABEL);
    public static final ProcessVariable<Boolean> NOTICE_NUMBERED = ProcessVariable.flag(Vars.NOTICE_NUMBERED);
    public static final ProcessVariable<Boolean> HAS_REPORTS = ProcessVariable.flag(Vars.HAS_REPORTS);
    public static final ProcessVariable<ScheduledReport> REPORT = ProcessVariable.json(Vars.REPORT, ScheduledReport.class);
    public static final ProcessVariable<String> REPORT_DRAFT = ProcessVariable.text(Vars.REPORT_DRAFT);
    public static final ProcessVariable<String> REPORT_LABEL = ProcessVariable.text(Vars.REPORT_LABEL);
    public static final ProcessVariable<String> REPORT_NUMBER = ReportSections.Values.NUMBER;
    public static final ProcessVariable<String> REPORT_DATE = ReportSections.Values.DATE;
    public static final ProcessVariable<String> REPORT_ITEMS_NOT_WAITING = ProcessVariable.text(Vars.REPORT_ITEMS_NOT_WAITING);
    public static final ProcessVariable<String> REGISTERED_BY = ProcessVariable.text(Vars.REGISTERED_BY);

    private Values() {
    }
  }

  /**
   * The inputs of the registration and numbering forms, as the server checks them (FormsContractTest
   * holds the forms to them): {@code NoticeValidator} checks a registered notice, from the form or
   * from the API, by the registration's fields; the item's fields are the keys of the form's
   * repeating list of items, the report's of its list of periodic reports.
   */
  public static final class Fields {
    public static final InputRule NOTICE_ID_INPUT = InputRule.text(Vars.NOTICE_ID_INPUT, "Mã thông báo trong hệ thống",
        100).matching(FormInput.NOTICE_ID, "xuan-tang-2021-11").onlyIn(REGISTER_NOTICE_FORM);
    public static final InputRule REGISTERED_NUMBER = InputRule.text(Vars.NOTICE_NUMBER, "Số thông báo", 20)
        .matching(FormInput.DOCUMENT_NUMBER, "125").onlyIn(REGISTER_NOTICE_FORM);
    public static final InputRule SYMBOL = InputRule.text(Vars.NOTICE_SYMBOL, "Ký hiệu", 50).required()
        .onlyIn(REGISTER_NOTICE_FORM);
    public static final InputRule ISSUE_DATE = InputRule.date(Vars.NOTICE_DATE, "Ngày ban hành")
        .onlyIn(REGISTER_NOTICE_FORM);
    public static final InputRule PLACE = InputRule.text(Vars.NOTICE_PLACE, "Địa danh", 255).onlyIn(REGISTER_NOTICE_FORM);
    public static final InputRule ISSUER = InputRule.text(Vars.NOTICE_ISSUER, "Cơ quan ban hành", 100).required()
        .onlyIn(REGISTER_NOTICE_FORM);
    public static final InputRule SIGNER_NAME = InputRule.text(Vars.SIGNER_NAME, "Người ký", 255)
        .onlyIn(REGISTER_NOTICE_FORM);
    public static final InputRule SIGNER_POSITION = InputRule.text(Vars.SIGNER_POSITION, "Chức vụ người ký", 255)
        .onlyIn(REGISTER_NOTICE_FORM);
    public static final InputRule SUMMARY = InputRule.text(Vars.NOTICE_SUMMARY, "Trích yếu", 500).required()
        .onlyIn(REGISTER_NOTICE_FORM);
    public static final InputRule ITEM_NUMBER = InputRule.text("number", "Số thứ tự", 20).required()
        .matching(FormInput.ITEM_NUMBER, "1.7.3").onlyIn(REGISTER_NOTICE_FORM);
    public static final InputRule ITEM_TEXT = InputRule.text("text", "Nội dung", 4000).required()
        .onlyIn(REGISTER_NOTICE_FORM);
    public static final InputRule ITEM_KIND = InputRule.text("kind", "Loại nội dung", 20).required()
        .onlyIn(REGISTER_NOTICE_FORM);
    public static final InputRule ITEM_LEAD = InputRule.text("lead", "Cơ quan chủ trì", 100).required()
        .onlyIn(REGISTER_NOTICE_FORM);
    public static final InputRule ITEM_PROPOSER = InputRule.text("proposer", "Cơ quan đề xuất kiến nghị", 100)
        .onlyIn(REGISTER_NOTICE_FORM);
    public static final InputRule ITEM_COORDINATORS = InputRule.list("coordinators", "Cơ quan phối hợp")
        .onlyIn(REGISTER_NOTICE_FORM);
    /** An item's deadlines, as the notice prints them; the office's added item asks them alike. */
    public static final InputRule RESPONSE_DEADLINE = InputRule.text("responseDeadline",
        DeadlineType.RESPONSE.label() + ", ghi như trong thông báo", 255);
    public static final InputRule COMPLETION_DEADLINE = InputRule.text("completionDeadline",
        DeadlineType.COMPLETION.label(), 255);
    public static final InputRule REPORT_PHRASE = InputRule.text("phrase", "Kỳ báo cáo, ghi như trong thông báo", 255)
        .onlyIn(REGISTER_NOTICE_FORM);
    /** Not required by the form (its empty row is no report); required of a row that names a report. */
    public static final InputRule REPORT_AGENCY = InputRule.text("agency", "Cơ quan báo cáo", 100)
        .onlyIn(REGISTER_NOTICE_FORM);
    public static final InputRule REPORT_ITEMS = InputRule.text("items", "Các nội dung được báo cáo", 1000)
        .onlyIn(REGISTER_NOTICE_FORM);
    public static final InputRule NOTICE_NUMBER = InputRule.text(Vars.NOTICE_NUMBER, "Số thông báo", 20).required()
        .matching(FormInput.DOCUMENT_NUMBER, "125").onlyIn(NUMBER_NOTICE_FORM);
    public static final InputRule NOTICE_DATE = InputRule.date(Vars.NOTICE_DATE, "Ngày ban hành").required()
        .onlyIn(NUMBER_NOTICE_FORM);

    private Fields() {
    }
  }

  private static final String REGISTER_NOTICE_FORM = "Form_RegisterNotice";
  private static final String NUMBER_NOTICE_FORM = "Form_NumberNotice";

  /** Variable names. */
  public static final class Vars {
    public static final String NOTICE_ID = "noticeId";
    public static final String NOTICE_LABEL = "noticeLabel";
    public static final String NOTICE_NUMBERED = "noticeNumbered";
    public static final String NOTICE_NUMBER = "noticeNumber";
    public static final String NOTICE_SYMBOL = "noticeSymbol";
    public static final String NOTICE_DATE = "noticeDate";
    public static final String NOTICE_PLACE = "noticePlace";
    public static final String NOTICE_ISSUER = "noticeIssuer";
    public static final String SIGNER_NAME = "signerName";
    public static final String SIGNER_POSITION = "signerPosition";
    public static final String NOTICE_SUMMARY = "noticeSummary";
    public static final String NOTICE_ID_INPUT = "noticeIdInput";
    public static final String ITEMS = "items";
    public static final String REPORTS = "reports";
    /** The registration form's list of periodic reports (phrase, agency, covered item numbers). */
    public static final String REPORT_ENTRIES = "reportEntries";
    public static final String HAS_REPORTS = "hasReports";
    public static final String REPORT = "report";
    public static final String REPORT_AGENCY = "reportAgency";
    public static final String REPORT_DRAFT = "reportDraft";
    public static final String REPORT_TEXT = ReportSections.TEXT;
    public static final String REPORT_DATE = ReportSections.DATE;
    public static final String DONE_ITEMS = ReportSections.DONE_ITEMS;
    public static final String REPORT_REVIEW_DECISION = ReportSections.REVIEW_DECISION;
    public static final String REPORT_REVIEW_REASON = ReportSections.REVIEW_REASON;
    /** The covered items as the write form's checklist offers them (label and number). */
    public static final String REPORT_ITEM_OPTIONS = "reportItemOptions";
    /** Items of an accepted section that no longer waited for it (stopped or answered before). */
    public static final String REPORT_ITEMS_NOT_WAITING = "reportItemsNotWaiting";
    public static final String REPORT_LABEL = "reportLabel";
    public static final String REPORT_NUMBER = ReportSections.NUMBER;
    public static final String NOTICE_DOCUMENT = "noticeDocument";
    public static final String REGISTERED_BY = "registeredBy";

    private Vars() {
    }
  }
}
