package vn.followup.notice;

import vn.followup.deadline.DeadlineType;
import vn.followup.engine.InputRule;
import vn.followup.engine.FormInput;
import java.util.List;
import vn.followup.engine.ProcessVariable;
import vn.followup.item.ItemProcess;

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

  /** The registration's form (the Tasklist start form, and the review of a notice read from its text). */
  public static final String REGISTER_NOTICE_FORM = "Form_RegisterNotice";
  /** The form that gives a draft notice its number and date. */
  public static final String NUMBER_NOTICE_FORM = "Form_NumberNotice";

  /**
   * Every variable of the notice, declared once ({@link ProcessVariable}): its name and type (code
   * reads and writes it typed: {@code Values.REPORT.get(execution)} is a {@link ScheduledReport},
   * never a cast) and how the registration and numbering forms ask it: {@code NoticeValidator}
   * checks a registered notice, from the form or from the API, by these rules; a list's row inputs
   * are the keys of the form's repeating list of items or of periodic reports. The notice's id,
   * label and numbered mark are the item's own declarations, which the notice hands to its items.
   * {@link Vars} and {@link Fields} are read from here.
   */
  public static final class Values {
    public static final ProcessVariable<String> NOTICE_ID = ItemProcess.Values.NOTICE_ID;
    public static final ProcessVariable<String> NOTICE_LABEL = ItemProcess.Columns.NOTICE_LABEL;
    public static final ProcessVariable<Boolean> NOTICE_NUMBERED = ItemProcess.Values.NOTICE_NUMBERED;
    /** A draft is registered without its number; the numbering form asks it, with its date. */
    public static final ProcessVariable<String> NOTICE_NUMBER = ProcessVariable.text("noticeNumber")
        .asked(InputRule.text("Số thông báo", 20).matching(FormInput.DOCUMENT_NUMBER, "125"))
        .askedIn(NUMBER_NOTICE_FORM, InputRule::required);
    public static final ProcessVariable<String> NOTICE_SYMBOL = ProcessVariable.text("noticeSymbol")
        .asked(InputRule.text("Ký hiệu", 50).required());
    /** The notice's day as YYYY-MM-DD, as the forms submit it. */
    public static final ProcessVariable<String> NOTICE_DATE = ProcessVariable.text("noticeDate")
        .asked(InputRule.date("Ngày ban hành"))
        .askedIn(NUMBER_NOTICE_FORM, InputRule::required);
    public static final ProcessVariable<String> NOTICE_PLACE = ProcessVariable.text("noticePlace")
        .asked(InputRule.text("Địa danh", 255));
    public static final ProcessVariable<String> NOTICE_ISSUER = ProcessVariable.text("noticeIssuer")
        .asked(InputRule.text("Cơ quan ban hành", 100).required());
    public static final ProcessVariable<String> SIGNER_NAME = ProcessVariable.text("signerName")
        .asked(InputRule.text("Người ký", 255));
    public static final ProcessVariable<String> SIGNER_POSITION = ProcessVariable.text("signerPosition")
        .asked(InputRule.text("Chức vụ người ký", 255));
    public static final ProcessVariable<String> NOTICE_SUMMARY = ProcessVariable.text("noticeSummary")
        .asked(InputRule.text("Trích yếu", 500).required());
    public static final ProcessVariable<String> NOTICE_ID_INPUT = ProcessVariable.text("noticeIdInput")
        .asked(InputRule.text("Mã thông báo trong hệ thống", 100).matching(FormInput.NOTICE_ID, "xuan-tang-2021-11"));
    /** The registration form's list of items; an item's deadlines are asked as the notice prints them. */
    public static final ProcessVariable<List<Object>> ITEMS = ProcessVariable.list("items").withRows(
        InputRule.text("number", "Số thứ tự", 20).required().matching(FormInput.ITEM_NUMBER, "1.7.3")
            .onlyIn(REGISTER_NOTICE_FORM),
        InputRule.text("text", "Nội dung", 4000).required().onlyIn(REGISTER_NOTICE_FORM),
        InputRule.text("kind", "Loại nội dung", 20).required().onlyIn(REGISTER_NOTICE_FORM),
        InputRule.text("lead", "Cơ quan chủ trì", 100).required().onlyIn(REGISTER_NOTICE_FORM),
        InputRule.text("proposer", "Cơ quan đề xuất kiến nghị", 100).onlyIn(REGISTER_NOTICE_FORM),
        InputRule.list("coordinators", "Cơ quan phối hợp").onlyIn(REGISTER_NOTICE_FORM),
        InputRule.text("responseDeadline", DeadlineType.RESPONSE.label() + ", ghi như trong thông báo", 255)
            .onlyIn(REGISTER_NOTICE_FORM),
        InputRule.text("completionDeadline", DeadlineType.COMPLETION.label(), 255).onlyIn(REGISTER_NOTICE_FORM));
    /** The notice's schedule of periodic reports, one {@link ScheduledReport} each. */
    public static final ProcessVariable<List<Object>> REPORTS = ProcessVariable.list("reports");
    /**
     * The registration form's list of periodic reports (phrase, agency, covered item numbers). Its
     * agency is not required by the form (an empty row is no report); it is of a row that names a report.
     */
    public static final ProcessVariable<List<Object>> REPORT_ENTRIES = ProcessVariable.list("reportEntries").withRows(
        InputRule.text("phrase", "Kỳ báo cáo, ghi như trong thông báo", 255).onlyIn(REGISTER_NOTICE_FORM),
        InputRule.text("agency", "Cơ quan báo cáo", 100).onlyIn(REGISTER_NOTICE_FORM),
        InputRule.text("items", "Các nội dung được báo cáo", 1000).onlyIn(REGISTER_NOTICE_FORM));
    public static final ProcessVariable<Boolean> HAS_REPORTS = ProcessVariable.flag("hasReports");
    public static final ProcessVariable<ScheduledReport> REPORT = ProcessVariable.json("report", ScheduledReport.class);
    public static final ProcessVariable<String> REPORT_AGENCY = ProcessVariable.text("reportAgency");
    public static final ProcessVariable<String> REPORT_DRAFT = ProcessVariable.text("reportDraft");
    public static final ProcessVariable<String> REPORT_TEXT = ReportSections.Values.TEXT;
    public static final ProcessVariable<String> REPORT_DATE = ReportSections.Values.DATE;
    public static final ProcessVariable<List<Object>> DONE_ITEMS = ReportSections.Values.DONE_ITEMS;
    public static final ProcessVariable<String> REPORT_REVIEW_DECISION = ReportSections.Values.REVIEW_DECISION;
    public static final ProcessVariable<String> REPORT_REVIEW_REASON = ReportSections.Values.REVIEW_REASON;
    /** The covered items as the write form's checklist offers them (label and number). */
    public static final ProcessVariable<List<Object>> REPORT_ITEM_OPTIONS = ProcessVariable.list("reportItemOptions");
    /** Items of an accepted section that no longer waited for it (stopped or answered before). */
    public static final ProcessVariable<String> REPORT_ITEMS_NOT_WAITING = ProcessVariable.text("reportItemsNotWaiting");
    public static final ProcessVariable<String> REPORT_LABEL = ProcessVariable.text("reportLabel");
    public static final ProcessVariable<String> REPORT_NUMBER = ReportSections.Values.NUMBER;
    public static final ProcessVariable<NoticeDocument> NOTICE_DOCUMENT =
        ProcessVariable.json("noticeDocument", NoticeDocument.class);
    public static final ProcessVariable<String> REGISTERED_BY = ProcessVariable.text("registeredBy");

    private Values() {
    }
  }

  /**
   * The inputs of the registration and numbering forms, as the server checks them (FormsContractTest
   * holds the forms to them): read from {@link Values}.
   */
  public static final class Fields {
    public static final InputRule NOTICE_ID_INPUT = Values.NOTICE_ID_INPUT.input();
    public static final InputRule REGISTERED_NUMBER = Values.NOTICE_NUMBER.input(REGISTER_NOTICE_FORM);
    public static final InputRule SYMBOL = Values.NOTICE_SYMBOL.input();
    public static final InputRule ISSUE_DATE = Values.NOTICE_DATE.input(REGISTER_NOTICE_FORM);
    public static final InputRule PLACE = Values.NOTICE_PLACE.input();
    public static final InputRule ISSUER = Values.NOTICE_ISSUER.input();
    public static final InputRule SIGNER_NAME = Values.SIGNER_NAME.input();
    public static final InputRule SIGNER_POSITION = Values.SIGNER_POSITION.input();
    public static final InputRule SUMMARY = Values.NOTICE_SUMMARY.input();
    public static final InputRule ITEM_NUMBER = Values.ITEMS.row("number");
    public static final InputRule ITEM_TEXT = Values.ITEMS.row("text");
    public static final InputRule ITEM_KIND = Values.ITEMS.row("kind");
    public static final InputRule ITEM_LEAD = Values.ITEMS.row("lead");
    public static final InputRule ITEM_PROPOSER = Values.ITEMS.row("proposer");
    public static final InputRule ITEM_COORDINATORS = Values.ITEMS.row("coordinators");
    public static final InputRule RESPONSE_DEADLINE = Values.ITEMS.row("responseDeadline");
    public static final InputRule COMPLETION_DEADLINE = Values.ITEMS.row("completionDeadline");
    public static final InputRule REPORT_PHRASE = Values.REPORT_ENTRIES.row("phrase");
    public static final InputRule REPORT_AGENCY = Values.REPORT_ENTRIES.row("agency");
    public static final InputRule REPORT_ITEMS = Values.REPORT_ENTRIES.row("items");
    public static final InputRule NOTICE_NUMBER = Values.NOTICE_NUMBER.input(NUMBER_NOTICE_FORM);
    public static final InputRule NOTICE_DATE = Values.NOTICE_DATE.input(NUMBER_NOTICE_FORM);

    private Fields() {
    }
  }

  /** Variable names, as the models and forms use them: read from {@link Values}. */
  public static final class Vars {
    public static final String NOTICE_ID = Values.NOTICE_ID.name();
    public static final String NOTICE_LABEL = Values.NOTICE_LABEL.name();
    public static final String NOTICE_NUMBERED = Values.NOTICE_NUMBERED.name();
    public static final String NOTICE_NUMBER = Values.NOTICE_NUMBER.name();
    public static final String NOTICE_SYMBOL = Values.NOTICE_SYMBOL.name();
    public static final String NOTICE_DATE = Values.NOTICE_DATE.name();
    public static final String NOTICE_PLACE = Values.NOTICE_PLACE.name();
    public static final String NOTICE_ISSUER = Values.NOTICE_ISSUER.name();
    public static final String SIGNER_NAME = Values.SIGNER_NAME.name();
    public static final String SIGNER_POSITION = Values.SIGNER_POSITION.name();
    public static final String NOTICE_SUMMARY = Values.NOTICE_SUMMARY.name();
    public static final String NOTICE_ID_INPUT = Values.NOTICE_ID_INPUT.name();
    public static final String ITEMS = Values.ITEMS.name();
    public static final String REPORTS = Values.REPORTS.name();
    public static final String REPORT_ENTRIES = Values.REPORT_ENTRIES.name();
    public static final String HAS_REPORTS = Values.HAS_REPORTS.name();
    public static final String REPORT = Values.REPORT.name();
    public static final String REPORT_AGENCY = Values.REPORT_AGENCY.name();
    public static final String REPORT_DRAFT = Values.REPORT_DRAFT.name();
    public static final String REPORT_TEXT = Values.REPORT_TEXT.name();
    public static final String REPORT_DATE = Values.REPORT_DATE.name();
    public static final String DONE_ITEMS = Values.DONE_ITEMS.name();
    public static final String REPORT_REVIEW_DECISION = Values.REPORT_REVIEW_DECISION.name();
    public static final String REPORT_REVIEW_REASON = Values.REPORT_REVIEW_REASON.name();
    public static final String REPORT_ITEM_OPTIONS = Values.REPORT_ITEM_OPTIONS.name();
    public static final String REPORT_ITEMS_NOT_WAITING = Values.REPORT_ITEMS_NOT_WAITING.name();
    public static final String REPORT_LABEL = Values.REPORT_LABEL.name();
    public static final String REPORT_NUMBER = Values.REPORT_NUMBER.name();
    public static final String NOTICE_DOCUMENT = Values.NOTICE_DOCUMENT.name();
    public static final String REGISTERED_BY = Values.REGISTERED_BY.name();

    private Vars() {
    }
  }
}
