package vn.followup.item;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * What happens in an item's life that others may react to (the mail notifications do): published
 * as Spring application events, synchronously, inside the engine command that caused them, so a
 * listener's failure rolls the command back as a direct call would. The item process knows nobody
 * who listens. Each event carries typed values ({@link Subject}), never the engine's execution or
 * task: a listener reads no variable of the item.
 */
public final class ItemEvents {

  private ItemEvents() {
  }

  /**
   * The item (or the notice, for a notice's own task) an event is about, as those who are told
   * need it: where its open tasks are, whom it concerns and what a mail names it by.
   *
   * @param processInstanceId the item's process instance (the notice's, for a notice's task)
   * @param businessKey       {@code <notice id>/<item number>}, or the notice's
   * @param agency            the agency responsible for it now; null for a notice's task
   * @param leadAgency        the lead agency (cơ quan chủ trì); null for a notice's task
   * @param card              what the item's forms and mails show of it; null for a notice's task
   * @param noticeLabel       e.g. "Thông báo số 125-TB/TU ngày 25/11/2021" (the card's, or a notice task's column)
   * @param itemNumber        e.g. "2.1.1"; null for a notice's task
   * @param responseDueAt     the response deadline; null when none
   * @param coordinationDueAt the coordinating agencies' deadline; null when none
   */
  public record Subject(String processInstanceId, String businessKey, String agency, String leadAgency,
      ItemCard card, String noticeLabel, String itemNumber, Date responseDueAt, Date coordinationDueAt) {

    /** The item (or notice) of a task. */
    public static Subject of(DelegateTask task) {
      return of(task, task.getProcessInstanceId(),
          task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey());
    }

    /** The item (or notice) of an execution. */
    public static Subject of(DelegateExecution execution) {
      return of(execution, execution.getProcessInstanceId(), execution.getProcessBusinessKey());
    }

    /**
     * The item whose process instance is {@code processInstanceId}, read inside the engine command
     * running now (a deadline watch's, which the item called); only its id when it is not found.
     */
    public static Subject ofInstance(String processInstanceId) {
      CommandContext context = Context.getCommandContext();
      ExecutionEntity item = context == null || processInstanceId == null ? null
          : context.getExecutionManager().findExecutionById(processInstanceId);
      return item == null ? new Subject(processInstanceId, null, null, null, null, null, null, null, null)
          : of(item);
    }

    private static Subject of(VariableScope scope, String processInstanceId, String businessKey) {
      ItemCard card = ItemProcess.Values.ITEM.get(scope);
      return new Subject(processInstanceId, businessKey, ItemProcess.Values.RESPONSIBLE_AGENCY.get(scope),
          ItemProcess.Values.LEAD_AGENCY.get(scope), card,
          card != null ? card.noticeLabel() : ItemProcess.Columns.NOTICE_LABEL.get(scope),
          ItemProcess.Values.ITEM_NUMBER.get(scope), ItemProcess.Values.RESPONSE_DUE_AT.get(scope),
          ItemProcess.Values.COORDINATION_DUE_AT.get(scope));
    }
  }

  /** The office (or the proposer) returned what an agency wrote, with a reason. */
  public record Returned(Subject item, String author, String what, String reason) {
  }

  /** Agencies asked to coordinate have not given their input and their deadline is near. */
  public record CoordinationDueSoon(Subject item, List<String> agencies) {
  }

  /** The office decided on an extension request. */
  public record ExtensionDecided(Subject item, String decisionLabel, String reason) {
  }
}
