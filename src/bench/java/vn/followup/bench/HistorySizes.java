package vn.followup.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Bytes the history takes on disk: every {@code ACT_HI_*} table with its indexes and TOAST
 * ({@code pg_total_relation_size}), the history's byte arrays in {@code ACT_GE_BYTEARRAY} (large
 * and JSON variable values; the runtime's share of that table is deleted with the instance), and the
 * product's own {@code followup_*} tables.
 */
record HistorySizes(long historyTables, long historyByteArrays, long followupTables) {

  private static final String SQL = """
      select
        coalesce(sum(pg_total_relation_size(c.oid)) filter (where c.relname like 'act\\_hi\\_%'), 0),
        coalesce(sum(pg_total_relation_size(c.oid)) filter (where c.relname like 'followup\\_%'), 0),
        (select coalesce(sum(pg_column_size(b.*)), 0) from act_ge_bytearray b where b.type_ = 3)
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind = 'r' and n.nspname = current_schema()
      """;

  static HistorySizes measure(Bench bench) {
    try (Connection connection = bench.dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(SQL)) {
      rs.next();
      return new HistorySizes(rs.getLong(1), rs.getLong(3), rs.getLong(2));
    } catch (SQLException e) {
      throw new IllegalStateException("Measuring the history's size failed: " + e.getMessage(), e);
    }
  }

  HistorySizes minus(HistorySizes before) {
    return new HistorySizes(historyTables - before.historyTables, historyByteArrays - before.historyByteArrays,
        followupTables - before.followupTables);
  }

  HistorySizes plus(HistorySizes other) {
    return new HistorySizes(historyTables + other.historyTables, historyByteArrays + other.historyByteArrays,
        followupTables + other.followupTables);
  }

  long total() {
    return historyTables + historyByteArrays + followupTables;
  }
}
