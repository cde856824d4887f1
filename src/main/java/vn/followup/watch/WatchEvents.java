package vn.followup.watch;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What the deadline watch observes that others may react to (the mail notifications do):
 * published as Spring application events, synchronously, inside the engine command that caused
 * them. The watch knows nobody who listens.
 */
public final class WatchEvents {

  private WatchEvents() {
  }

  /** A deadline passed without an answer: the item is marked overdue. */
  public record MarkedOverdue(DelegateExecution watch, String deadlineName) {
  }

  /** A deadline is near: the reminder of the day. */
  public record DueSoon(DelegateExecution watch, String deadlineName) {
  }

  /** The office urged the agency, in the way named. */
  public record Urged(DelegateTask urge, String howLabel) {
  }
}
