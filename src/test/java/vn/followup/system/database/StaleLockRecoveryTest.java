package vn.followup.system.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.followup.support.FreshDataDirectory;
import vn.followup.system.database.EmbeddedPostgresServer;
import vn.followup.support.ReliabilityTest;

/**
 * A run killed with kill -9 leaves its PostgreSQL server and lock behind; the next start recovers
 * them. The killed run is a real separate JVM, killed with SIGKILL.
 */
@ReliabilityTest
class StaleLockRecoveryTest {

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void nextStartStopsTheServerAKilledRunLeftAndKeepsItsData() throws Exception {
    Path dataDir = FreshDataDirectory.newFolder();
    Process killed = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
        KilledRunMain.class.getName(), dataDir.toString())
        .redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(killed.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && !line.startsWith(KilledRunMain.READY)) {
        // start-up output of the child
      }
      assertThat(line).as("child started PostgreSQL").startsWith(KilledRunMain.READY);
    }
    killed.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
    Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
    assertThat(pidFile).as("the orphaned server still holds the folder").exists();
    long orphanPid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
    assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).hasValue(true);

    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0, "followup", false);
        Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
        ResultSet rs = connection.createStatement().executeQuery("select note from survivor")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("viết trước khi bị dừng");
    }
    assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
  }

  @Test
  void removesALockWhoseProcessIsGone() throws Exception {
    Path pgData = Files.createDirectories(FreshDataDirectory.newFolder().resolve("postgres"));
    Path pidFile = pgData.resolve("postmaster.pid");
    Files.writeString(pidFile, "999999999\n" + pgData + "\n");

    EmbeddedPostgresServer.recoverStaleLock(pgData);

    assertThat(pidFile).doesNotExist();
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString() + (File.separatorChar == '\\' ? ".exe" : "");
  }

  /** The run that gets killed: starts the server, writes a row, announces itself and waits. */
  public static final class KilledRunMain {
    static final String READY = "READY";

    public static void main(String[] args) throws Exception {
      EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), 0, "followup", true);
      try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "")) {
        connection.createStatement().execute("create table survivor(note text)");
        connection.createStatement().execute("insert into survivor values ('viết trước khi bị dừng')");
      }
      System.out.println(READY);
      System.out.flush();
      Thread.sleep(120_000);
    }
  }
}
