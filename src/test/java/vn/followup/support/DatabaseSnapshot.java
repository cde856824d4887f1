package vn.followup.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A fingerprint of everything a request could change: every row of the engine's runtime,
 * repository, identity and history tables and of the product's own tables, one digest per table.
 * Two snapshots are equal when nothing was written in between. Left out: what the engine changes
 * on its own while nobody asks (the job executor's locks, the metrics it flushes, the schema log, the
 * mail digest's run log).
 */
public final class DatabaseSnapshot {

  /** Columns the job executor writes while it merely looks at a job (its lock), not a change of the job. */
  private static final Map<String, String> COLUMNS = Map.of(
      "act_ru_job", "id_, rev_, type_, retries_, exception_msg_, exception_stack_id_, duedate_, suspension_state_, "
          + "handler_cfg_, process_instance_id_, priority_",
      "act_id_user", "id_, rev_, first_, last_, email_, pwd_, salt_");
  private static final List<String> IGNORED = List.of("act_ru_meter_log", "act_ge_schema_log", "act_ge_property",
      "act_ru_task_meter_log", "flyway_schema_history",
      // The mail scheduler's own note of the digests it has sent, written on its clock.
      "followup_digest_run");

  private final Map<String, String> digests;

  private DatabaseSnapshot(Map<String, String> digests) {
    this.digests = digests;
  }

  public static DatabaseSnapshot take(DataSource dataSource) {
    Map<String, String> digests = new TreeMap<>();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery("select table_name from information_schema.tables "
          + "where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name")) {
        while (rows.next()) {
          String table = rows.getString(1).toLowerCase(java.util.Locale.ROOT);
          if (!IGNORED.contains(table)) {
            tables.add(table);
          }
        }
      }
      for (String table : tables) {
        String columns = COLUMNS.getOrDefault(table, "*");
        try (ResultSet digest = statement.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(r::text, '|' "
            + "order by r::text)), '') from (select " + columns + " from " + table + ") r")) {
          digest.next();
          digests.put(table, digest.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new DatabaseSnapshot(digests);
  }

  /** The tables whose rows differ from the other snapshot's, empty when nothing changed. */
  public List<String> changedSince(DatabaseSnapshot before) {
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, String> table : digests.entrySet()) {
      if (!table.getValue().equals(before.digests.get(table.getKey()))) {
        changed.add(table.getKey() + " (" + before.digests.get(table.getKey()) + " → " + table.getValue() + ")");
      }
    }
    return changed;
  }

  public int tables() {
    return digests.size();
  }
}
