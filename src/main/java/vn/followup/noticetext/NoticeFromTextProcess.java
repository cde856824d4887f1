package vn.followup.noticetext;

import vn.followup.engine.InputRule;
import vn.followup.engine.ProcessVariable;
import vn.followup.notice.NoticeDocument;

/**
 * Registering a notice from its pasted text ({@code bpmn/notice-from-text.bpmn}): key, element ids
 * and the variables beside those of the registration form ({@link NoticeProcess.Vars}), which
 * the review task shares with the notice process's start form.
 */
public final class NoticeFromTextProcess {

  public static final String KEY = "Process_NoticeFromText";

  private NoticeFromTextProcess() {
  }

  /** Element ids. */
  public static final class Elements {
    public static final String START_TEXT_PASTED = "StartEvent_NoticeTextPasted";
    public static final String SERVICE_TASK_PROPOSE = "ServiceTask_ProposeNotice";
    public static final String TASK_REVIEW_PROPOSAL = "Task_ReviewProposal";
    public static final String SERVICE_TASK_REGISTER = "ServiceTask_RegisterProposal";
    public static final String END_REGISTERED = "End_ProposalRegistered";

    private Elements() {
    }
  }

  /**
   * The variables code reads and writes, typed: {@code Values.PROPOSED_NOTICE.get(execution)} is a
   * {@link NoticeDocument}, never a cast. The names are those of {@link Vars}, which the model and forms use.
   */
  public static final class Values {
    public static final ProcessVariable<String> NOTICE_TEXT = ProcessVariable.text(Vars.NOTICE_TEXT);
    public static final ProcessVariable<String> PROPOSAL_NOTES = ProcessVariable.text(Vars.PROPOSAL_NOTES);
    public static final ProcessVariable<NoticeProposal.PlacedFinding[]> PROPOSAL_FINDINGS =
        ProcessVariable.json(Vars.PROPOSAL_FINDINGS, NoticeProposal.PlacedFinding[].class);
    public static final ProcessVariable<NoticeDocument> PROPOSED_NOTICE =
        ProcessVariable.json(Vars.PROPOSED_NOTICE, NoticeDocument.class);
    public static final ProcessVariable<String> REGISTERED_NOTICE_ID = ProcessVariable.text(Vars.REGISTERED_NOTICE_ID);

    private Values() {
    }
  }

  /** The paste form's input: the parser refuses an empty text or a longer one (FormsContractTest holds the form to it). */
  public static final class Fields {
    public static final InputRule NOTICE_TEXT = InputRule.text(Vars.NOTICE_TEXT, "Toàn văn thông báo",
        NoticeTextParser.MAX_CHARACTERS).required();

    private Fields() {
    }
  }

  /** Variable names. */
  public static final class Vars {
    /** The pasted text (kept whole in the history, see the long-text serializer). */
    public static final String NOTICE_TEXT = "noticeText";
    /** What the clerk should check, one line per finding of the reader. */
    public static final String PROPOSAL_NOTES = "proposalNotes";
    /** The same findings, each with the form field it concerns, shown beside that field in Tasklist. */
    public static final String PROPOSAL_FINDINGS = "proposalFindings";
    /** The reader's whole proposal: reports and signer capacity, which the form does not show. */
    public static final String PROPOSED_NOTICE = "proposedNotice";
    public static final String REGISTERED_NOTICE_ID = "registeredNoticeId";

    private Vars() {
    }
  }
}
