package vn.followup.noticetext;

import vn.followup.notice.NoticeValidationException;
import vn.followup.notice.NoticeProcess;
import vn.followup.notice.DuplicateNoticeException;
import vn.followup.notice.NoticeForms;
import vn.followup.notice.NoticeGateway;
import vn.followup.notice.NoticeDocument;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.followup.engine.FormInputException;
import vn.followup.notice.NoticeDocument.Item;
import vn.followup.notice.NoticeDocument.Report;
import vn.followup.notice.NoticeDocument.Signer;
import vn.followup.noticetext.NoticeFromTextProcess.Values;

/**
 * {@code ServiceTask_RegisterProposal}: registers the notice as the clerk corrected it in the
 * review form, by the same path as the API, in the same transaction as the form's submission: a
 * refused notice keeps the review task open with the reasons and stores nothing. The periodic
 * reports and the signer's capacity, which the form does not show, come from the proposal, for
 * the items the clerk kept.
 */
@Component
class RegisterProposalDelegate implements JavaDelegate {

  private final NoticeForms forms;
  private final NoticeGateway gateway;

  RegisterProposalDelegate(NoticeForms forms, NoticeGateway gateway) {
    this.forms = forms;
    this.gateway = gateway;
  }

  @Override
  public void execute(DelegateExecution execution) {
    NoticeDocument proposed = Values.PROPOSED_NOTICE.get(execution);
    try {
      NoticeDocument corrected = forms.read(name -> execution.getVariableTyped(name, false));
      Values.REGISTERED_NOTICE_ID.set(execution, gateway.submit(withProposedParts(corrected, proposed)).id());
    } catch (RuntimeException e) {
      throw refusal(e);
    }
  }

  /** The registration's refusal as the form's error, wherever the engine wrapped it. */
  private static RuntimeException refusal(RuntimeException exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof NoticeValidationException invalid) {
        return new FormInputException(invalid.errors().get(0).field(), "Chưa đăng ký được, hãy sửa: " + String.join("; ",
            invalid.errors().stream().map(error -> error.field() + ": " + error.message()).toList()));
      }
      if (cause instanceof DuplicateNoticeException duplicate) {
        return new FormInputException(NoticeProcess.Vars.NOTICE_ID_INPUT, duplicate.getMessage());
      }
    }
    return exception;
  }

  static NoticeDocument withProposedParts(NoticeDocument corrected, NoticeDocument proposed) {
    List<String> kept = corrected.items().stream().map(Item::number).toList();
    List<Report> reports = proposed.reports().stream()
        .map(report -> new Report(report.phrase(), report.agency(), report.items().stream().filter(kept::contains).toList()))
        .filter(report -> !report.items().isEmpty()).toList();
    Signer signer = corrected.signer();
    if (signer != null && proposed.signer() != null && Objects.equals(signer.name(), proposed.signer().name())) {
      signer = new Signer(signer.name(), signer.position(), proposed.signer().onBehalfOf());
    }
    return new NoticeDocument(corrected.id(), corrected.number(), corrected.symbol(), corrected.date(), corrected.place(),
        corrected.issuer(), signer, corrected.summary(), corrected.remarks(), corrected.items(), reports);
  }
}
