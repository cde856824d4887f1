package vn.followup.bench;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobHelper;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.NotifyAcquisitionRejectedJobsHandler;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Phase 3: the job executor with Camunda's default settings against the project's settings
 * (application.yaml, {@code camunda.bpm.job-execution}), on the same engine and database, in
 * interleaved blocks default-project-project-default. Each block:
 * <ol>
 *   <li>a backlog of async jobs ({@code asyncJobs} / 2), created while no job executor runs, then
 *       drained: jobs per second from the executor's start to the last job;</li>
 *   <li>a burst of timers ({@code timers} / 2) all due at the same instant, as the 08:00
 *       reminders and the 24:00 deadlines of a day are, created ahead while the executor idles:
 *       lateness (execution minus due time), and timers per second from the first to the last;</li>
 *   <li>10 lone timers due 300 ms apart: the lateness one timer has when the node is idle, which is
 *       how long the idle job acquisition sleeps.</li>
 * </ol>
 * Optimistic-locking failures are counted where the engine reports them: in job execution (the
 * exception logging handler) and in job acquisition (metric {@code job-acquired-failure}).
 */
final class JobExecutorBench {

  static final String PHASE = "3";
  static final String DEFAULT_POOL_PREFIX = "bench-default-job-";
  private static final int LONE_TIMERS = 10;
  private static final long LONE_SPACING_MS = 300;

  private final Bench bench;
  private final ProcessEngineImpl engine;
  private final ProcessEngineConfigurationImpl configuration;
  private final JobExecutor project;
  private final LongAdder executionOptimisticLocking = new LongAdder();
  private final LongAdder executionFailures = new LongAdder();

  JobExecutorBench(Bench bench) {
    this.bench = bench;
    this.engine = (ProcessEngineImpl) bench.engine;
    this.configuration = engine.getProcessEngineConfiguration();
    this.project = configuration.getJobExecutor();
  }

  /** What one variant did over its blocks. */
  private static final class Totals {
    final String name;
    Map<String, Object> settings;
    long asyncJobs;
    double asyncSeconds;
    long timers;
    double timerSeconds;
    final List<Long> burstLateness = new ArrayList<>();
    final List<Long> loneLateness = new ArrayList<>();
    long executionOle;
    long acquisitionOle;
    long rejected;
    long failed;
    long backgroundStatements;
    long backgroundWriteCommits;

    Totals(String name) {
      this.name = name;
    }
  }

  void run() {
    ExecuteJobHelper.ExceptionLoggingHandler original = ExecuteJobHelper.LOGGING_HANDLER;
    ExecuteJobHelper.LOGGING_HANDLER = (jobId, exception) -> {
      if (isOptimisticLocking(exception)) {
        executionOptimisticLocking.increment();
      } else {
        executionFailures.increment();
      }
      original.exceptionWhileExecutingJob(jobId, exception);
    };
    project.shutdown();
    Totals defaults = new Totals("Camunda defaults");
    Totals tuned = new Totals("project (application.yaml)");
    try {
      for (Totals variant : List.of(defaults, tuned, tuned, defaults)) {
        block(variant);
      }
    } finally {
      configuration.setJobExecutor(project);
      project.start();
      ExecuteJobHelper.LOGGING_HANDLER = original;
    }
    report(defaults, tuned);
  }

  private void block(Totals variant) {
    int asyncCount = bench.settings.asyncJobs() / 2;
    int timerCount = bench.settings.timers() / 2;
    boolean isDefault = variant.name.startsWith("Camunda");
    bench.progress(PHASE, "block " + variant.name + ": creating " + asyncCount + " async jobs while no job executor runs");
    long created = System.nanoTime();
    bench.inTransactions(asyncCount, 100, i -> bench.engine.getRuntimeService().startProcessInstanceByKey(BenchModels.ASYNC));
    double creationPerSecond = asyncCount / ((System.nanoTime() - created) / 1e9);

    JobExecutor executor = isDefault ? defaultExecutor() : project;
    variant.settings = settingsOf(executor);
    configuration.setJobExecutor(executor);
    Counters before = counters();
    long runsBefore = bench.probe.asyncRuns();
    long start = System.currentTimeMillis();
    executor.start();
    waitFor(() -> bench.probe.asyncRuns() - runsBefore, asyncCount, "async jobs");
    double asyncSeconds = (bench.probe.lastAsyncAt() - start) / 1000.0;
    variant.asyncJobs += asyncCount;
    variant.asyncSeconds += asyncSeconds;

    bench.probe.drainLateness();
    long dueAt = System.currentTimeMillis() + Math.max(2000, (long) (1500.0 * timerCount / creationPerSecond) + 1000);
    Date due = new Date(dueAt);
    bench.inTransactions(timerCount, 100, i -> bench.engine.getRuntimeService()
        .startProcessInstanceByKey(BenchModels.TIMER, Variables.createVariables().putValue(BenchProbe.DUE_AT, due)));
    waitFor(bench.probe::timersFired, timerCount, "timers");
    List<Long> burst = bench.probe.drainLateness();
    long firstFired = dueAt + burst.stream().mapToLong(Long::longValue).min().orElse(0);
    double timerSeconds = Math.max(0.001, (bench.probe.lastTimerAt() - firstFired) / 1000.0);
    variant.timers += timerCount;
    variant.timerSeconds += timerSeconds;
    variant.burstLateness.addAll(burst);

    long loneStart = System.currentTimeMillis() + 1500;
    for (int i = 0; i < LONE_TIMERS; i++) {
      Date loneDue = new Date(loneStart + i * LONE_SPACING_MS);
      bench.engine.getRuntimeService().startProcessInstanceByKey(BenchModels.TIMER,
          Variables.createVariables().putValue(BenchProbe.DUE_AT, loneDue));
    }
    waitFor(bench.probe::timersFired, LONE_TIMERS, "lone timers");
    List<Long> lone = bench.probe.drainLateness();
    variant.loneLateness.addAll(lone);

    executor.shutdown();
    if (isDefault) {
      executor.unregisterProcessEngine(engine);
      ((ThreadPoolTaskExecutor) ((SpringJobExecutor) executor).getTaskExecutor()).shutdown();
    }
    configuration.setJobExecutor(project);
    Counters delta = counters().minus(before);
    variant.executionOle += delta.executionOle;
    variant.acquisitionOle += delta.acquisitionOle;
    variant.rejected += delta.rejected;
    variant.failed += delta.failed;
    variant.backgroundStatements += delta.background.statements();
    variant.backgroundWriteCommits += delta.background.writeCommits();
    Stats burstStats = Stats.of(burst);
    bench.progress(PHASE, String.format(Locale.ROOT, "block %s: %.0f async jobs/s; burst of %d timers: %.0f timers/s, "
            + "lateness p50 %.0f ms, p95 %.0f ms; lone timers p95 %.0f ms; OL failures %d", variant.name,
        asyncCount / asyncSeconds, timerCount, timerCount / timerSeconds, burstStats.p50(), burstStats.p95(),
        Stats.of(lone).p95(), delta.executionOle + delta.acquisitionOle));
  }

  /** A job executor as Camunda and the Spring Boot starter configure one when nothing is set. */
  private JobExecutor defaultExecutor() {
    ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
    pool.setCorePoolSize(3);
    pool.setMaxPoolSize(10);
    pool.setQueueCapacity(3);
    pool.setThreadNamePrefix(DEFAULT_POOL_PREFIX);
    pool.initialize();
    SpringJobExecutor executor = new SpringJobExecutor();
    executor.setTaskExecutor(pool);
    executor.setRejectedJobsHandler(new NotifyAcquisitionRejectedJobsHandler());
    executor.registerProcessEngine(engine);
    return executor;
  }

  private static Map<String, Object> settingsOf(JobExecutor executor) {
    Map<String, Object> settings = new LinkedHashMap<>();
    if (executor instanceof SpringJobExecutor spring && spring.getTaskExecutor() instanceof ThreadPoolTaskExecutor pool) {
      settings.put("corePoolSize", pool.getCorePoolSize());
      settings.put("maxPoolSize", pool.getMaxPoolSize());
      settings.put("queueCapacity", pool.getQueueCapacity());
    }
    settings.put("maxJobsPerAcquisition", executor.getMaxJobsPerAcquisition());
    settings.put("waitTimeInMillis", executor.getWaitTimeInMillis());
    settings.put("maxWait", executor.getMaxWait());
    settings.put("waitIncreaseFactor", executor.getWaitIncreaseFactor());
    settings.put("backoffTimeInMillis", executor.getBackoffTimeInMillis());
    settings.put("maxBackoff", executor.getMaxBackoff());
    settings.put("lockTimeInMillis", executor.getLockTimeInMillis());
    return settings;
  }

  private void waitFor(LongSupplier done, long target, String what) {
    long deadline = System.currentTimeMillis() + 240_000;
    while (done.getAsLong() < target) {
      if (System.currentTimeMillis() > deadline) {
        throw new IllegalStateException("Only " + done.getAsLong() + " of " + target + " " + what + " ran in 240 s");
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private record Counters(long executionOle, long acquisitionOle, long rejected, long failed, SqlCounter.Snapshot background) {
    Counters minus(Counters before) {
      return new Counters(executionOle - before.executionOle, acquisitionOle - before.acquisitionOle,
          rejected - before.rejected, failed - before.failed, background.minus(before.background));
    }
  }

  private Counters counters() {
    return new Counters(executionOptimisticLocking.sum(), meter(Metrics.JOB_ACQUIRED_FAILURE),
        meter(Metrics.JOB_EXECUTION_REJECTED), meter(Metrics.JOB_FAILED), SqlCounter.background());
  }

  private long meter(String name) {
    var meter = configuration.getMetricsRegistry() == null ? null : configuration.getMetricsRegistry().getDbMeterByName(name);
    return meter == null ? 0 : meter.get();
  }

  private static boolean isOptimisticLocking(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof OptimisticLockingException) {
        return true;
      }
    }
    return false;
  }

  private void report(Totals defaults, Totals tuned) {
    Report report = bench.report;
    double defaultRate = defaults.asyncJobs / defaults.asyncSeconds;
    double tunedRate = tuned.asyncJobs / tuned.asyncSeconds;
    report.add(PHASE, "async jobs per second, Camunda defaults", defaultRate, "jobs/s");
    report.add(PHASE, "async jobs per second, project settings", tunedRate, "jobs/s");
    report.atLeast(PHASE, "async jobs per second, project / defaults", tunedRate / defaultRate, "x", 3);
    report.add(PHASE, "burst timers per second, Camunda defaults", defaults.timers / defaults.timerSeconds, "timers/s");
    report.add(PHASE, "burst timers per second, project settings", tuned.timers / tuned.timerSeconds, "timers/s");
    for (Totals variant : List.of(defaults, tuned)) {
      Stats burst = Stats.of(variant.burstLateness);
      Stats lone = Stats.of(variant.loneLateness);
      String name = variant.name.startsWith("Camunda") ? "Camunda defaults" : "project settings";
      report.add(PHASE, "timer lateness, burst of " + bench.settings.timers() / 2 + ", " + name + ", p50", burst.p50(), "ms");
      report.atMost(PHASE, "timer lateness, burst of " + bench.settings.timers() / 2 + ", " + name + ", p95", burst.p95(), "ms", 1000);
      report.add(PHASE, "timer lateness, lone timers on an idle node, " + name + ", p50", lone.p50(), "ms");
      report.atMost(PHASE, "timer lateness, lone timers on an idle node, " + name + ", p95", lone.p95(), "ms", 1000);
      report.add(PHASE, "optimistic-locking failures, " + name, variant.executionOle + variant.acquisitionOle, "");
    }
    Map<String, Object> details = new LinkedHashMap<>();
    for (Totals variant : List.of(defaults, tuned)) {
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("settings", variant.settings);
      figures.put("asyncJobs", variant.asyncJobs);
      figures.put("asyncJobsPerSecond", Report.num(variant.asyncJobs / variant.asyncSeconds));
      figures.put("burstTimers", variant.timers);
      figures.put("burstTimersPerSecond", Report.num(variant.timers / variant.timerSeconds));
      Stats burst = Stats.of(variant.burstLateness);
      figures.put("burstLatenessMs", Map.of("p50", Report.num(burst.p50()), "p95", Report.num(burst.p95()), "max", Report.num(burst.max())));
      Stats lone = Stats.of(variant.loneLateness);
      figures.put("loneLatenessMs", Map.of("p50", Report.num(lone.p50()), "p95", Report.num(lone.p95()), "max", Report.num(lone.max())));
      figures.put("optimisticLockingFailuresInExecution", variant.executionOle);
      figures.put("optimisticLockingFailuresInAcquisition", variant.acquisitionOle);
      figures.put("rejectedExecutions", variant.rejected);
      figures.put("failedJobs", variant.failed);
      long jobs = variant.asyncJobs + variant.timers + 2L * LONE_TIMERS;
      figures.put("statementsPerJob", Report.num(variant.backgroundStatements / (double) jobs));
      figures.put("writeCommitsPerJob", Report.num(variant.backgroundWriteCommits / (double) jobs));
      details.put(variant.name, figures);
    }
    report.detail("jobExecutor", details);
  }
}
