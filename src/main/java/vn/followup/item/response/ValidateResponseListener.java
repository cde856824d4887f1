package vn.followup.item.response;

import vn.followup.item.Actors;
import vn.followup.item.ImplementationState;
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
import vn.followup.item.coordination.CoordinationRules;
import vn.followup.item.coordination.CoordinationStatus;
import vn.followup.item.extension.ExtensionRequests;

/**
 * {@code Task_WriteResponse}, on complete: either an extension request (a later date and a
 * reason) or a written response (number and symbol as two fields, a date not in the future,
 * signer, summary, result, and the state of implementation). Records who wrote it, so that
 * person cannot review it. A written response needs its signed document attached as a PDF (the
 * setting {@code followup.documents.response-requires-pdf}, on by default). While coordinating
 * agencies' input is missing, the response is taken and waits for it, as the model draws it ("Chờ đủ
 * ý kiến phối hợp"), until the input is in or the coordination deadline passes.
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
    Values.COORDINATION_PENDING.set(task, false);
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
    if (documents.lackRequiredPdf(task.getId())) {
      throw new FormInputException(SIGNED_PDF, "Chưa đính kèm văn bản trả lời đã ký (tệp PDF): hãy mở thẻ "
          + "\"Văn bản đính kèm\", tải lên văn bản rồi gửi lại.");
    }
    String author = actors.actingUser(task);
    Values.RESPONSE_AUTHOR.set(task, author);
    Values.RESPONSE_AUTHOR_NAME.set(task, author == null ? null : actors.fullName(author));
    Values.COORDINATION_PENDING.set(task, coordinationPending(task));
    Values.RESPONSE_SUBMITTED_AT.set(task, Date.from(EngineClock.now()));
  }

  /**
   * While coordinating agencies are still asked (the first round: nothing submitted yet), the
   * lead's response waits for their input until the coordination deadline (the model's "Chờ đủ ý
   * kiến phối hợp"); from it on, it goes on without it.
   */
  private boolean coordinationPending(DelegateTask task) {
    boolean firstRound = Values.RESPONSE_SUBMITTED_AT.get(task) == null
        && Values.EXTENSION_REQUESTED_BY.get(task) == null;
    if (!firstRound || !Values.HAS_COORDINATORS.isSet(task)) {
      return false;
    }
    List<String> missing = coordination.missing(task);
    return !CoordinationRules.leadMayAnswer(missing, Values.COORDINATION_DUE_AT.get(task), EngineClock.now());
  }
}
