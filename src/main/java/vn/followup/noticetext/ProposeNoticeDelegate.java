package vn.followup.noticetext;

import vn.followup.notice.NoticeForms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.followup.engine.FormInputException;
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
  private final ObjectMapper objectMapper;

  ProposeNoticeDelegate(NoticeTextParser parser, NoticeForms forms, ObjectMapper objectMapper) {
    this.parser = parser;
    this.forms = forms;
    this.objectMapper = objectMapper;
  }

  @Override
  public void execute(DelegateExecution execution) throws JsonProcessingException {
    NoticeProposal proposal;
    try {
      proposal = parser.parse((String) execution.getVariable(Vars.NOTICE_TEXT));
    } catch (NoticeTextException e) {
      throw new FormInputException(Vars.NOTICE_TEXT, e.getMessage());
    }
    execution.setVariables(forms.formVariables(proposal.document()));
    execution.setVariable(Vars.PROPOSAL_NOTES, proposal.notes(NOTES_LENGTH));
    execution.setVariable(Vars.PROPOSED_NOTICE,
        SpinValues.jsonValue(objectMapper.writeValueAsString(proposal.document())).create());
  }
}
