package vn.followup.noticetext;

import vn.followup.notice.NoticeForms;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.followup.engine.FormInputException;
import vn.followup.noticetext.NoticeFromTextProcess.Values;
import vn.followup.noticetext.NoticeFromTextProcess.Vars;

/**
 * {@code ServiceTask_ProposeNotice}: reads the pasted text and fills the registration form of the
 * review task with the proposal, plus the points to check. A text that is no notice refuses the
 * start form with the reason, and nothing is stored.
 */
@Component
class ProposeNoticeDelegate implements JavaDelegate {

  /** The notes go in a String variable, within the engine's text column. */
  static final int NOTES_LENGTH = 4000;

  private final NoticeTextParser parser;
  private final NoticeForms forms;

  ProposeNoticeDelegate(NoticeTextParser parser, NoticeForms forms) {
    this.parser = parser;
    this.forms = forms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    NoticeProposal proposal;
    try {
      proposal = parser.parse(Values.NOTICE_TEXT.get(execution));
    } catch (NoticeTextException e) {
      throw new FormInputException(Vars.NOTICE_TEXT, e.getMessage());
    }
    execution.setVariables(forms.formVariables(proposal.document()));
    Values.PROPOSAL_NOTES.set(execution, proposal.notes(NOTES_LENGTH));
    Values.PROPOSAL_FINDINGS.set(execution, proposal.placedFindings());
    Values.PROPOSED_NOTICE.set(execution, proposal.document());
  }
}
