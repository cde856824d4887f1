package vn.followup.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.followup.FollowupApplication;

/**
 * The application as a real separate JVM, as an operator runs it: started from the test classpath
 * on an {@link ExternalPostgres}, listening on 127.0.0.1 only on a port of its own (kept across
 * restarts, so clients keep their address), its log appended to {@code target/reliability/<name>.log}.
 * It can be killed with SIGKILL ({@link #kill()}), stopped with SIGTERM ({@link #stop()}) and
 * started again; {@link #close()} makes sure no process is left behind.
 *
 * <p>Its job executor looks for due jobs at least every second (instead of up to a minute when
 * idle), and a job locked by a node that died is taken over after 20 seconds instead of 5 minutes,
 * so that the tests need not wait for the production intervals.
 */
public final class ApplicationProcess implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
  private static final Path LOGS = Path.of("target", "reliability");

  private final String name;
  private final int port;
  private final ExternalPostgres database;
  private final List<String> extraArguments;
  private final Path log;
  private final Path dataDir;
  private final Http http;
  private Process process;
  private int starts;

  private ApplicationProcess(String name, ExternalPostgres database, List<String> extraArguments) {
    this.name = name;
    this.port = ExternalPostgres.freeLoopbackPort();
    this.database = database;
    this.extraArguments = List.copyOf(extraArguments);
    this.log = LOGS.resolve(name + ".log").toAbsolutePath();
    this.dataDir = FreshDataDirectory.newFolder();
    this.http = new Http(port);
  }

  /** A node named {@code name} (its engine's host name in the job log) on the given database; not started yet. */
  public static ApplicationProcess on(ExternalPostgres database, String name, String... extraArguments) {
    return new ApplicationProcess(name, database, List.of(extraArguments));
  }

  /** Starts the node and waits until it is ready (readiness probe 200: database and job executor up). */
  public ApplicationProcess start() {
    return start(null);
  }

  /**
   * Starts the node with its clock at the given instant (only the engine's clock, as after a
   * downtime that lasted until then), and waits until it is ready.
   */
  public ApplicationProcess start(Instant clock) {
    if (isRunning()) {
      throw new IllegalStateException(name + " is already running");
    }
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Duser.timezone=UTC", "-cp",
        System.getProperty("java.class.path")));
    if (clock == null) {
      command.add(FollowupApplication.class.getName());
    } else {
      command.add(ShiftedClockApplication.class.getName());
      command.add(clock.toString());
    }
    command.addAll(List.of(
        "--server.address=127.0.0.1",
        "--server.port=" + port,
        "--spring.datasource.url=" + database.jdbcUrl(),
        "--spring.datasource.username=" + database.username(),
        "--followup.data-dir=" + dataDir,
        "--spring.main.banner-mode=off",
        "--camunda.bpm.generic-properties.properties.hostname=" + name,
        "--camunda.bpm.job-execution.wait-time-in-millis=250",
        "--camunda.bpm.job-execution.max-wait=1000",
        "--camunda.bpm.job-execution.lock-time-in-millis=20000",
        // the workloads complete responses without attaching the signed PDF
        "--followup.documents.response-requires-pdf=false"));
    command.addAll(extraArguments);
    try {
      Files.createDirectories(LOGS);
      Files.writeString(log, "\n===== start " + (++starts) + " of " + name + " at " + Instant.now() + "\n",
          StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      builder.environment().keySet().removeIf(key -> key.startsWith("SPRING_") || key.startsWith("FOLLOWUP_")
          || key.startsWith("CAMUNDA_"));
      builder.environment().put("CAMUNDA_BPM_ADMINUSER_PASSWORD", TestUsers.ADMIN_PASSWORD);
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    awaitReady();
    return this;
  }

  private void awaitReady() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting:\n" + logTail());
      }
      try {
        HttpResponse<String> readiness = client.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (readiness.statusCode() == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        // still starting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      pause(250);
    }
    kill();
    throw new IllegalStateException(name + " was not ready within " + START_TIMEOUT + ":\n" + logTail());
  }

  /** kill -9: the JVM ends at once, in the middle of whatever it was doing. */
  public void kill() {
    if (process != null) {
      process.destroyForcibly();
      waitForExit(Duration.ofSeconds(30));
    }
  }

  /** An orderly stop (SIGTERM), as a service manager does; killed if it has not ended within a minute. */
  public void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!waitForExit(Duration.ofSeconds(60))) {
        kill();
      }
    }
  }

  private boolean waitForExit(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The operating system's id of the node's current JVM. */
  public long pid() {
    return process.pid();
  }

  public boolean isRunning() {
    return process != null && process.isAlive();
  }

  public int port() {
    return port;
  }

  public String name() {
    return name;
  }

  /** A client of this node (the same across restarts: the node keeps its port). */
  public Http http() {
    return http;
  }

  /** The last lines of the node's log, for a failure message. */
  public String logTail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException | RuntimeException e) {
      return "(log " + log + " not readable: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    kill();
  }

  /** Waits between the steps of a fault scenario; an interrupt ends the test. */
  public static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
