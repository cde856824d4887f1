package vn.followup.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import vn.followup.FollowupApplication;

/**
 * The benchmark of issue #9 (docs/performance.md "Performance"), run by {@code ./mvnw -Pbench verify} in two
 * JVMs: {@code first-start} starts the application once on a fresh embedded data folder (the
 * schema is created) and stops; {@code run} starts it again on that folder and runs every phase,
 * prints the table and writes {@code target/bench/results.json} and {@code results.txt}.
 *
 * <p>The application is the product as shipped ({@link FollowupApplication}, application.yaml),
 * with these differences only: its own data folder {@code target/bench/data} (or the external
 * PostgreSQL named by {@code SPRING_DATASOURCE_URL}: use a throw-away database, the benchmark leaves
 * its data there), no demo notice, a random HTTP port, a counting JDBC driver in front of
 * PostgreSQL's, and log level WARN.
 */
public final class Benchmark {

  static final Path OUT = Path.of("target", "bench");
  static final Path DATA = OUT.resolve("data");
  static final Path FIRST_START = OUT.resolve("first-start.json");

  private Benchmark() {
  }

  public static void main(String[] args) throws Exception {
    String mode = args.length == 0 ? "run" : args[0];
    int status;
    try {
      status = "first-start".equals(mode) ? firstStart() : run();
    } catch (Throwable e) {
      System.out.println("[bench] FAILED: " + e);
      e.printStackTrace(System.out);
      status = 1;
    }
    System.out.flush();
    System.exit(status);
  }

  private static boolean external() {
    String url = System.getenv("SPRING_DATASOURCE_URL");
    return url != null && !url.isBlank();
  }

  private static int firstStart() throws IOException, SQLException {
    boolean schemaExisted;
    if (external()) {
      schemaExisted = externalSchemaExists();
    } else {
      deleteRecursively(DATA);
      schemaExisted = false;
    }
    System.out.println("[bench] first start of the application on " + (external() ? "the external PostgreSQL"
        : "a fresh embedded data folder " + DATA.toAbsolutePath()));
    Started started = start();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("at", Instant.now().toString());
    figures.put("schemaCreated", !schemaExisted);
    figures.put("secondsToReady", Report.num(started.secondsToReady()));
    figures.put("rssMbAfterStart", Report.num(started.rssMb()));
    started.context().close();
    Files.createDirectories(OUT);
    new ObjectMapper().writeValue(FIRST_START.toFile(), figures);
    System.out.printf("[bench] first start: %.1f s from JVM start to ready (schema %s)%n", started.secondsToReady(),
        schemaExisted ? "existed" : "created");
    return 0;
  }

  private static int run() throws Exception {
    Settings settings = Settings.fromSystemProperties();
    Report report = new Report();
    System.out.println("[bench] starting the application" + (external() ? " on the external PostgreSQL" : " on " + DATA));
    Started started = start();
    Bench bench = new Bench(started.context(), settings, report);
    bench.progress("1", String.format("application ready %.1f s after JVM start, RSS %.0f MB", started.secondsToReady(),
        started.rssMb()));
    report.meta("at", Instant.now().toString());
    report.meta("database", external() ? "external (SPRING_DATASOURCE_URL)" : "embedded, " + DATA);
    report.meta("cpus", Runtime.getRuntime().availableProcessors());
    report.meta("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    report.meta("jvmArguments", ManagementFactory.getRuntimeMXBean().getInputArguments());
    report.meta("maxHeapMb", Report.num(Memory.maxHeapMb()));
    report.meta("settings", settings.asMap());
    BenchModels.deploy(bench.engine.getRepositoryService());

    List<String> phases = List.of(System.getProperty("bench.phases", "0,2,4,3").split(","));
    reportStart(report, started);
    if (phases.contains("0")) {
      Ceilings.run(bench);
    }
    if (phases.contains("2")) {
      new Lifecycle(bench).run();
    }
    TasklistBench tasklist = new TasklistBench(bench);
    if (phases.contains("4")) {
      tasklist.run();
    }
    if (phases.contains("3")) {
      new JobExecutorBench(bench).run();
    }
    if (phases.contains("4")) {
      // Phase 4's scale step last, so that phase 3 runs beside the same 20,000 open tasks as before.
      tasklist.scale();
    }

    System.gc();
    report.add("1", "heap used after the run (after a GC)", Memory.heapUsedMb(), "MB");
    report.atMost("1", "RSS after the run", Memory.rssMb(), "MB", 600);
    report.add("1", "peak RSS during the run", Memory.peakRssMb(), "MB");
    sortByPhase(report);
    Path json = OUT.resolve("results.json");
    report.write(json, OUT.resolve("results.txt"));
    System.out.println();
    System.out.println(report.table());
    System.out.println("[bench] written " + json.toAbsolutePath() + " and results.txt");
    started.context().close();
    return 0;
  }

  private static void reportStart(Report report, Started started) throws IOException {
    if (Files.exists(FIRST_START)) {
      @SuppressWarnings("unchecked")
      Map<String, Object> first = new ObjectMapper().readValue(FIRST_START.toFile(), Map.class);
      Number seconds = (Number) first.get("secondsToReady");
      if (seconds != null) {
        report.add("1", "first start" + (Boolean.TRUE.equals(first.get("schemaCreated")) ? " (creates the schema)" : "")
            + ", JVM start to ready", seconds.doubleValue(), "s");
      }
      report.detail("firstStart", first);
    }
    report.atMost("1", "start on an existing database, JVM start to ready", started.secondsToReady(), "s", 10);
    report.atMost("1", "RSS after start", started.rssMb(), "MB", 600);
  }

  private static void sortByPhase(Report report) {
    List<Report.Row> rows = new ArrayList<>(report.rows());
    rows.sort(Comparator.comparing(Report.Row::phase));
    report.rows().clear();
    report.rows().addAll(rows);
  }

  /** The application started, and when it was ready. */
  record Started(ConfigurableApplicationContext context, double secondsToReady, double rssMb) {
  }

  private static Started start() {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    AtomicLong readyAt = new AtomicLong();
    SpringApplication application = new SpringApplication(FollowupApplication.class);
    application.setBannerMode(Banner.Mode.OFF);
    BenchProbe probe = new BenchProbe();
    application.addInitializers(context -> context.getBeanFactory().registerSingleton("benchProbe", probe));
    application.addListeners(new ApplicationListener<ApplicationReadyEvent>() {
      @Override
      public void onApplicationEvent(ApplicationReadyEvent event) {
        readyAt.set(System.currentTimeMillis());
      }
    });
    List<String> arguments = new ArrayList<>(List.of(
        "--followup.data-dir=" + DATA.toAbsolutePath(),
        "--followup.demo.enabled=false",
        // The workload completes responses through the engine, without uploading their signed PDF.
        "--followup.documents.response-requires-pdf=false",
        "--server.port=0",
        "--spring.datasource.hikari.driver-class-name=" + CountingDriver.class.getName(),
        "--logging.level.root=WARN",
        "--logging.level.org.springframework.boot.autoconfigure.logging=WARN"));
    if (System.getenv("CAMUNDA_BPM_ADMINUSER_PASSWORD") == null) {
      byte[] random = new byte[18];
      new SecureRandom().nextBytes(random);
      arguments.add("--camunda.bpm.admin-user.password=" + Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }
    ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new));
    return new Started(context, (readyAt.get() - jvmStart) / 1000.0, Memory.rssMb());
  }

  private static boolean externalSchemaExists() throws SQLException {
    try (Connection connection = DriverManager.getConnection(System.getenv("SPRING_DATASOURCE_URL"),
        System.getenv("SPRING_DATASOURCE_USERNAME"), System.getenv("SPRING_DATASOURCE_PASSWORD"));
        ResultSet rs = connection.createStatement().executeQuery("select to_regclass('act_ge_property') is not null")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
