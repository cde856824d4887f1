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
   * The variables beside the registration form's, declared once: code reads and writes them typed
   * ({@code Values.PROPOSED_NOTICE.get(execution)} is a {@link NoticeDocument}, never a cast); the
   * paste form asks the text by its rule (the parser refuses an empty text or a longer one).
   * {@link Vars} and {@link Fields} are read from here.
   */
  public static final class Values {
    /** The pasted text (kept whole in the history, see the long-text serializer). */
    public static final ProcessVariable<String> NOTICE_TEXT = ProcessVariable.text("noticeText")
        .asked(InputRule.text("Toàn văn thông báo", NoticeTextParser.MAX_CHARACTERS).required());
    /** What the clerk should check, one line per finding of the reader. */
    public static final ProcessVariable<String> PROPOSAL_NOTES = ProcessVariable.text("proposalNotes");
    /** The same findings, each with the form field it concerns, shown beside that field in Tasklist. */
    public static final ProcessVariable<NoticeProposal.PlacedFinding[]> PROPOSAL_FINDINGS =
        ProcessVariable.json("proposalFindings", NoticeProposal.PlacedFinding[].class);
    /** The reader's whole proposal: reports and signer capacity, which the form does not show. */
    public static final ProcessVariable<NoticeDocument> PROPOSED_NOTICE =
        ProcessVariable.json("proposedNotice", NoticeDocument.class);
    public static final ProcessVariable<String> REGISTERED_NOTICE_ID = ProcessVariable.text("registeredNoticeId");

    private Values() {
    }
  }

  /** The paste form's input, as the server checks it: read from {@link Values}. */
  public static final class Fields {
    public static final InputRule NOTICE_TEXT = Values.NOTICE_TEXT.input();

    private Fields() {
    }
  }

  /** Variable names, as the model and forms use them: read from {@link Values}. */
  public static final class Vars {
    public static final String NOTICE_TEXT = Values.NOTICE_TEXT.name();
    public static final String PROPOSAL_NOTES = Values.PROPOSAL_NOTES.name();
    public static final String PROPOSAL_FINDINGS = Values.PROPOSAL_FINDINGS.name();
    public static final String PROPOSED_NOTICE = Values.PROPOSED_NOTICE.name();
    public static final String REGISTERED_NOTICE_ID = Values.REGISTERED_NOTICE_ID.name();

    private Vars() {
    }
  }
}
