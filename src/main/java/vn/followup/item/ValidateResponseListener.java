package vn.followup.item;

import vn.followup.item.ItemProcess.Values;
import vn.followup.engine.EngineClock;
import vn.followup.engine.FormInput;
import vn.followup.engine.FormInputException;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.item.ItemProcess.Fields;
import vn.followup.item.ItemProcess.Vars;

/**
 * {@code Task_WriteResponse}, on complete: either an extension request (a later date and a
 * reason) or a written response (number and symbol as two fields, a date not in the future,
 * signer, summary, result, and the state of implementation). Records who wrote it, so that
 * person cannot review it. A written response needs its signed document attached as a PDF (the
 * setting {@code followup.documents.response-requires-pdf}, on by default). While coordinating
 * agencies' input is missing, the response waits for it until the coordination deadline.
 */
@Component
class ValidateResponseListener implements TaskListener {

  /**
   * What a refusal for the missing signed PDF names (no variable: the form's line about the PDF has
   * the class "followup-for-responseDocument", under which Tasklist shows the refusal).
   */
  static final String SIGNED_PDF = "responseDocument";

  private final Actors actors;
  private final ExtensionRequests extensions;
  private final ResponseAttachments documents;
  private final CoordinationStatus coordination;

  ValidateResponseListener(Actors actors, ExtensionRequests extensions, ResponseAttachments documents,
      CoordinationStatus coordination) {
    this.actors = actors;
    this.extensions = extensions;
    this.documents = documents;
    this.coordination = coordination;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    LocalDate today = EngineClock.now().atZone(DeadlineSchedule.VIETNAM).toLocalDate();
    if (input.flag(Vars.EXTENSION_REQUESTED)) {
      extensions.check(task, Values.RESPONSE_DUE_AT);
      return;
    }
    input.text(Fields.RESPONSE_NUMBER);
    input.text(Fields.RESPONSE_SYMBOL);
    input.dateNotAfter(Fields.RESPONSE_DATE, today);
    input.text(Fields.RESPONSE_SIGNER);
    input.text(Fields.RESPONSE_SUMMARY);
    input.text(Fields.RESPONSE_RESULT);
    String state = input.choice(Fields.IMPLEMENTATION_STATE, ImplementationState.choices());
    if (ImplementationState.CANNOT_DO.name().equals(state)) {
      input.text(Fields.IMPLEMENTATION_REASON);
    }
    checkCoordination(task);
    if (documents.lackRequiredPdf(task.getId())) {
      throw new FormInputException(SIGNED_PDF, "Chưa đính kèm văn bản trả lời đã ký (tệp PDF): hãy mở thẻ "
          + "\"Văn bản đính kèm\", tải lên văn bản rồi gửi lại.");
    }
    String author = actors.actingUser(task);
    Values.RESPONSE_AUTHOR.set(task, author);
    Values.RESPONSE_AUTHOR_NAME.set(task, author == null ? null : actors.fullName(author));
    Values.RESPONSE_SUBMITTED_AT.set(task, Date.from(EngineClock.now()));
  }

  /**
   * While coordinating agencies are still asked (the first round: nothing submitted yet), the lead
   * waits for their input until the coordination deadline; from it on, it answers without it.
   */
  private void checkCoordination(DelegateTask task) {
    boolean firstRound = Values.RESPONSE_SUBMITTED_AT.get(task) == null
        && Values.EXTENSION_REQUESTED_BY.get(task) == null;
    if (!firstRound || !Values.HAS_COORDINATORS.isSet(task)) {
      return;
    }
    List<String> missing = coordination.missing(task);
    Date due = Values.COORDINATION_DUE_AT.get(task);
    if (!CoordinationRules.leadMayAnswer(missing, due, EngineClock.now())) {
      throw new FormInputException(Vars.RESPONSE_NUMBER, "Chưa đủ ý kiến phối hợp: còn chờ ý kiến của "
          + coordination.names(missing) + ". Hạn cho ý kiến phối hợp: " + coordination.dueText(due)
          + "; sau hạn này cơ quan chủ trì gửi được văn bản trả lời mà không chờ ý kiến còn thiếu.");
    }
  }
}
