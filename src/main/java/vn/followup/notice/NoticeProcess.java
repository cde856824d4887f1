package vn.followup.notice;

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

    private Elements() {
    }
  }

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
    public static final String HAS_REPORTS = "hasReports";
    public static final String REPORT = "report";
    public static final String REPORT_AGENCY = "reportAgency";
    public static final String REPORT_DRAFT = "reportDraft";
    public static final String REPORT_TEXT = "reportText";
    public static final String REPORT_LABEL = "reportLabel";
    public static final String REPORT_NUMBER = "reportNumber";
    public static final String NOTICE_DOCUMENT = "noticeDocument";
    public static final String REGISTERED_BY = "registeredBy";
    public static final String DEADLINE_SHIFT_DAYS = "deadlineShiftDays";

    private Vars() {
    }
  }
}
