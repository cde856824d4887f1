package vn.followup.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Phase 0: what this machine's PostgreSQL gives one connection, through the application's own pool
 * and driver: INSERT+COMMIT per second (each commit waits for the WAL flush on a durable server) and
 * {@code SELECT 1} round trips per second. Every later figure is bounded by these two.
 */
final class Ceilings {

  private static final long MEASURE_NANOS = 2_000_000_000L;

  private Ceilings() {
  }

  static void run(Bench bench) throws SQLException {
    bench.progress("0", "ceilings of this machine (2 s each)");
    double commits;
    double roundTrips;
    try (Connection connection = bench.dataSource.getConnection()) {
      connection.setAutoCommit(true);
      try (Statement ddl = connection.createStatement()) {
        ddl.execute("create table if not exists bench_ceiling (id bigserial primary key, "
            + "at timestamptz not null default now(), payload varchar(100))");
      }
      connection.setAutoCommit(false);
      try (PreparedStatement insert = connection.prepareStatement("insert into bench_ceiling (payload) values (?)")) {
        commits = perSecond(() -> {
          insert.setString(1, "kiểm thử");
          insert.executeUpdate();
          connection.commit();
        });
      }
      connection.setAutoCommit(true);
      try (PreparedStatement select = connection.prepareStatement("select 1")) {
        roundTrips = perSecond(() -> {
          try (ResultSet rs = select.executeQuery()) {
            rs.next();
          }
        });
      }
      try (Statement ddl = connection.createStatement()) {
        ddl.execute("drop table bench_ceiling");
      }
      bench.report.meta("postgresql", databaseVersion(connection));
      bench.report.meta("synchronousCommit", setting(connection, "synchronous_commit"));
      bench.report.meta("fsync", setting(connection, "fsync"));
    }
    bench.report.add("0", "INSERT+COMMIT per second, 1 connection", commits, "/s");
    bench.report.add("0", "SELECT 1 round trips per second, 1 connection", roundTrips, "/s");
    bench.progress("0", String.format(java.util.Locale.ROOT, "%.0f commits/s, %.0f round trips/s", commits, roundTrips));
  }

  private interface SqlAction {
    void run() throws SQLException;
  }

  private static double perSecond(SqlAction action) throws SQLException {
    for (int i = 0; i < 50; i++) {
      action.run();
    }
    long start = System.nanoTime();
    long count = 0;
    while (System.nanoTime() - start < MEASURE_NANOS) {
      action.run();
      count++;
    }
    return count / ((System.nanoTime() - start) / 1e9);
  }

  private static String databaseVersion(Connection connection) throws SQLException {
    return connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData().getDatabaseProductVersion();
  }

  private static String setting(Connection connection, String name) throws SQLException {
    try (PreparedStatement show = connection.prepareStatement("select current_setting(?)")) {
      show.setString(1, name);
      try (ResultSet rs = show.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }
}
