package vn.followup.item;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What happens in an item's life that others may react to (the mail notifications do): published
 * as Spring application events, synchronously, inside the engine command that caused them, so a
 * listener's failure rolls the command back as a direct call would. The item process knows nobody
 * who listens.
 */
public final class ItemEvents {

  private ItemEvents() {
  }

  /** The office (or the proposer) returned what an agency wrote, with a reason. */
  public record Returned(DelegateTask task, String author, String what, String reason) {
  }

  /** Agencies asked to coordinate have not given their input and their deadline is near. */
  public record CoordinationDueSoon(DelegateExecution item, List<String> agencies) {
  }

  /** The office decided on an extension request. */
  public record ExtensionDecided(DelegateTask decision, String decisionLabel, String reason) {
  }
}
