package vn.followup.system.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.followup.system.errors.StartupRefusedException;

/**
 * PostgreSQL binaries from Maven Central, run on loopback with their files in the data folder so
 * that a restart loses nothing. Serves the demo and the developer run; production uses an
 * external PostgreSQL.
 *
 * <p>A run killed with {@code kill -9} leaves the PostgreSQL server it started running (it is a
 * separate process) and its {@code postmaster.pid} behind. Before starting, this class stops such
 * an orphaned server, or removes a lock whose process is gone, and logs what it did.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
  private static final String ZONKY_LOCK = "epg-lock";
  private static final String POSTMASTER_PID = "postmaster.pid";

  private final EmbeddedPostgres postgres;
  private final String database;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, String database) {
    this.postgres = postgres;
    this.database = database;
  }

  /**
   * Starts PostgreSQL on the folder, reusing its data, and creates the database if it is new.
   *
   * @param port 0 for a free port
   * @param durable false only for throw-away test data: skips fsync and synchronous commit
   */
  public static EmbeddedPostgresServer start(Path dataDir, int port, String database, boolean durable) {
    Path pgData = dataDir.toAbsolutePath().normalize().resolve("postgres");
    try {
      Files.createDirectories(pgData);
      refuseIfInUse(pgData);
      recoverStaleLock(pgData);
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
          .setDataDirectory(pgData)
          .setCleanDataDirectory(false)
          // No JVM shutdown hook of its own: the owner closes the server (the application context
          // after the engine). Such a hook runs beside Spring's and stopped the database while the
          // engine was still closing: its last writes then waited 30 s for a connection.
          .setRegisterShutdownHook(false)
          .setPGStartupWait(Duration.ofSeconds(60))
          .setServerConfig("listen_addresses", "127.0.0.1")
          .setServerConfig("unix_socket_directories", "")
          .setServerConfig("max_connections", "200")
          .setServerConfig("timezone", "UTC")
          .setServerConfig("fsync", durable ? "on" : "off")
          .setServerConfig("synchronous_commit", durable ? "on" : "off")
          // The data lives on the machine's own disk and the working set in memory: random reads
          // cost about as much as sequential ones. With the default 4.0 the planner joins the
          // task grants of an office clerk's Tasklist queries row by row instead of through
          // their index (docs/performance.md "Performance").
          .setServerConfig("random_page_cost", "1.1")
          .setLocaleConfig("locale", "C.UTF-8")
          .setLocaleConfig("encoding", "UTF8");
      if (port > 0) {
        builder.setPort(port);
      }
      EmbeddedPostgres postgres = builder.start();
      EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, database);
      server.createDatabaseIfMissing();
      LOG.info("Embedded PostgreSQL on 127.0.0.1:{}, data in {}", postgres.getPort(), pgData);
      return server;
    } catch (IOException | SQLException | RuntimeException e) {
      throw new StartupRefusedException(
          "Không khởi động được PostgreSQL nhúng với thư mục dữ liệu " + pgData + ": " + rootMessage(e),
          "Kiểm tra thư mục FOLLOWUP_DATA_DIR (quyền ghi, dung lượng đĩa) và cổng FOLLOWUP_DB_PORT, "
              + "hoặc cấu hình PostgreSQL ngoài bằng SPRING_DATASOURCE_URL.", e);
    }
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
  }

  public String username() {
    return "postgres";
  }

  public int port() {
    return postgres.getPort();
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }

  private void createDatabaseIfMissing() throws SQLException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, database);
      try (ResultSet rs = exists.executeQuery()) {
        if (rs.next()) {
          return;
        }
      }
      try (Statement create = connection.createStatement()) {
        create.execute("create database \"" + database.replace("\"", "") + "\" encoding 'UTF8'");
      }
      LOG.info("Created database '{}' in embedded PostgreSQL", database);
    }
  }

  /** Another running instance of the application holds the folder: starting a second is an error. */
  private static void refuseIfInUse(Path pgData) throws IOException {
    Path lockFile = pgData.resolve(ZONKY_LOCK);
    if (!Files.exists(lockFile)) {
      return;
    }
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw new IllegalStateException("thư mục đang được một phiên bản khác của ứng dụng sử dụng");
      }
      lock.release();
    } catch (OverlappingFileLockException sameJvm) {
      throw new IllegalStateException("thư mục đang được sử dụng trong chính tiến trình này");
    }
  }

  /**
   * Recovers the lock a killed run left: stops the orphaned server that still holds the folder,
   * or removes a {@code postmaster.pid} whose process no longer exists.
   */
  static void recoverStaleLock(Path pgData) throws IOException {
    Path pidFile = pgData.resolve(POSTMASTER_PID);
    if (!Files.exists(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile);
    Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty()
        : parsePid(lines.get(0)).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
            .filter(EmbeddedPostgresServer::isPostgres);
    if (process.isEmpty()) {
      Files.deleteIfExists(pidFile);
      LOG.warn("Recovered stale PostgreSQL lock: removed {} left by a previous run that was killed "
          + "(its server process is gone)", pidFile);
      return;
    }
    ProcessHandle orphan = process.get();
    LOG.warn("Recovered stale PostgreSQL lock: stopping orphaned PostgreSQL server (pid {}) left "
        + "running on {} by a previous run that was killed", orphan.pid(), pgData);
    orphan.destroy();
    try {
      orphan.onExit().get(30, TimeUnit.SECONDS);
    } catch (Exception notStoppedInTime) {
      LOG.warn("Orphaned PostgreSQL server (pid {}) did not stop in 30 s; killing it", orphan.pid());
      orphan.destroyForcibly();
      try {
        orphan.onExit().get(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new IOException("orphaned PostgreSQL server pid " + orphan.pid() + " could not be stopped", e);
      }
    }
    Files.deleteIfExists(pidFile);
  }

  private static Optional<Long> parsePid(String line) {
    try {
      return Optional.of(Long.parseLong(line.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean isPostgres(ProcessHandle handle) {
    return handle.info().command().map(command -> command.contains("postgres")).orElse(true);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
