package vn.followup.bench;

import java.util.Date;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.followup.system.ModelBean;

/**
 * Bean {@code benchProbe}, called from the bench models' expressions: counts executed async jobs,
 * records how late each timer fired (execution time minus the due date it was given), and gives
 * each seeded open task its agency, assignee, due date and timer without process variables, so
 * that seeding 20,000 tasks stays fast.
 *
 * <p>Model expressions reach only the delegates, listeners and {@link ModelBean}s
 * ({@code vn.followup.guard.ModelExpressionBeans}); the probe is a model bean of the benchmark's
 * own application only, registered by {@link Benchmark} before the context starts. What the
 * product's own models can reach is unchanged.
 */
public final class BenchProbe implements ModelBean {

  static final String DUE_AT = "dueAt";

  private final LongAdder asyncRuns = new LongAdder();
  private final AtomicLong lastAsyncAt = new AtomicLong();
  private final Queue<Long> latenessMillis = new ConcurrentLinkedQueue<>();
  private final AtomicLong lastTimerAt = new AtomicLong();

  /** {@code Bench_Async}'s job. */
  public void ran() {
    asyncRuns.increment();
    lastAsyncAt.set(System.currentTimeMillis());
  }

  /** {@code Bench_Timer}'s step after the timer. */
  public void fired(DelegateExecution execution) {
    long now = System.currentTimeMillis();
    Date due = (Date) execution.getVariable(DUE_AT);
    latenessMillis.add(now - due.getTime());
    lastTimerAt.set(now);
  }

  /** What each seeded open task gets, by the number at the end of its business key. */
  private volatile OpenTasks openTasks;

  record OpenTasks(boolean[] review, String[] agency, String[] assignee, Date[] due, Date[] timerAt) {
  }

  void openTasks(OpenTasks plan) {
    this.openTasks = plan;
  }

  private int index(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    return Integer.parseInt(key.substring(key.lastIndexOf('-') + 1));
  }

  /** {@code Bench_OpenTask}: a review for the office rather than an answer of an agency. */
  public boolean review(DelegateExecution execution) {
    return openTasks.review()[index(execution)];
  }

  public String agency(DelegateExecution execution) {
    return openTasks.agency()[index(execution)];
  }

  public String assignee(DelegateExecution execution) {
    return openTasks.assignee()[index(execution)];
  }

  public Date due(DelegateExecution execution) {
    return openTasks.due()[index(execution)];
  }

  public Date timerAt(DelegateExecution execution) {
    return openTasks.timerAt()[index(execution)];
  }

  /** The planned due date of each seeded open task. */
  Date[] plannedDue() {
    return openTasks.due();
  }

  long asyncRuns() {
    return asyncRuns.sum();
  }

  long lastAsyncAt() {
    return lastAsyncAt.get();
  }

  int timersFired() {
    return latenessMillis.size();
  }

  long lastTimerAt() {
    return lastTimerAt.get();
  }

  /** Takes the recorded latenesses, leaving none. */
  java.util.List<Long> drainLateness() {
    java.util.List<Long> taken = new java.util.ArrayList<>();
    Long value;
    while ((value = latenessMillis.poll()) != null) {
      taken.add(value);
    }
    return taken;
  }
}
