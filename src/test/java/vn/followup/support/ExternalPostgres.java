package vn.followup.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.followup.system.database.EmbeddedPostgresServer;

/**
 * A PostgreSQL server that the test owns and the applications under test use as their external
 * database ({@code SPRING_DATASOURCE_URL}): it outlives an application killed with {@code kill -9},
 * can be shared by two application nodes, and can be stopped and started again on the same port
 * and data folder to cut the applications off from it. Listens on 127.0.0.1 only; its files are in
 * a fresh folder under {@code target/test-data}.
 */
public final class ExternalPostgres implements AutoCloseable {

  private static final String DATABASE = "followup";

  private final Path dataDir;
  private final int port;
  private EmbeddedPostgresServer server;

  private ExternalPostgres(Path dataDir, int port) {
    this.dataDir = dataDir;
    this.port = port;
  }

  public static ExternalPostgres start() {
    ExternalPostgres postgres = new ExternalPostgres(FreshDataDirectory.newFolder(), freeLoopbackPort());
    postgres.startAgain();
    return postgres;
  }

  /** Starts the server again on the same port and data folder, e.g. after {@link #stop()}. */
  public void startAgain() {
    if (server == null) {
      server = EmbeddedPostgresServer.start(dataDir, port, DATABASE, false);
    }
  }

  /** Stops the server (a fast shutdown: open connections are cut, running transactions roll back). */
  public void stop() {
    if (server != null) {
      try {
        server.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        server = null;
      }
    }
  }

  public boolean isRunning() {
    return server != null;
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
  }

  public String username() {
    return "postgres";
  }

  /** A JdbcTemplate that opens a new connection for each statement, so it survives a restart of the server. */
  public JdbcTemplate jdbc() {
    return new JdbcTemplate(new DriverManagerDataSource(jdbcUrl(), username(), ""));
  }

  @Override
  public void close() {
    stop();
  }

  /** A TCP port nobody listens on at the moment, on the loopback interface. */
  public static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops the application process, then this database, even when stopping the process fails. */
  public static void closeAfter(ApplicationProcess node, ExternalPostgres postgres) {
    try {
      if (node != null) {
        node.close();
      }
    } finally {
      if (postgres != null) {
        postgres.close();
      }
    }
  }
}
