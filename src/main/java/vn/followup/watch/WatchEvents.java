package vn.followup.watch;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.followup.watch.DeadlineWatchProcess.Values;

/**
 * What the deadline watch observes that others may react to (the mail notifications do):
 * published as Spring application events, synchronously, inside the engine command that caused
 * them. The watch knows nobody who listens. Each event carries typed values ({@link Deadline}),
 * never the engine's execution or task.
 */
public final class WatchEvents {

  private WatchEvents() {
  }

  /**
   * The deadline a watch follows.
   *
   * @param itemProcessInstanceId the process instance that called the watch (the item's); the
   *                              watch's own when none called it
   * @param name                  the deadline's name, e.g. "Thời hạn trả lời"
   * @param dueAt                 the instant it falls due
   */
  public record Deadline(String itemProcessInstanceId, String name, Date dueAt) {

    /** The deadline of the watch {@code watch} (any of its executions). */
    static Deadline of(DelegateExecution watch) {
      DelegateExecution item = watch.getProcessInstance().getSuperExecution();
      return new Deadline(item == null ? watch.getProcessInstanceId() : item.getProcessInstanceId(),
          WatchLabels.of(Values.DEADLINE_TYPE.get(watch)), Values.DUE_AT.get(watch));
    }
  }

  /** A deadline passed without an answer: the item is marked overdue. */
  public record MarkedOverdue(Deadline deadline) {
  }

  /** A deadline is near: the reminder of the day. */
  public record DueSoon(Deadline deadline) {
  }

  /** The office urged the agency, in the way named. */
  public record Urged(Deadline deadline, String howLabel) {
  }
}
