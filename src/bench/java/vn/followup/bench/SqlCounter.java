package vn.followup.bench;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the application sends to PostgreSQL, counted at the JDBC layer by {@link CountingDriver}:
 * statements by kind (each statement of a JDBC batch counts), round trips, commits, and commits of
 * transactions that wrote (the ones that wait for the WAL flush). Work of the job executor's
 * threads is counted apart ("background") from the callers' ("foreground").
 */
final class SqlCounter {

  enum Kind { SELECT, INSERT, UPDATE, DELETE, OTHER }

  private static final int CATEGORIES = 2;
  private static final int FOREGROUND = 0;
  private static final int BACKGROUND = 1;

  private static final LongAdder[][] STATEMENTS = new LongAdder[CATEGORIES][Kind.values().length];
  private static final LongAdder[] ROUND_TRIPS = adders();
  private static final LongAdder[] COMMITS = adders();
  private static final LongAdder[] WRITE_COMMITS = adders();
  private static final LongAdder[] ROLLBACKS = adders();
  /** Writes per table ("insert act_hi_detail"), whatever the thread. */
  private static final Map<String, LongAdder> WRITES = new ConcurrentHashMap<>();
  private static final Pattern WRITE = Pattern.compile(
      "^\\s*(insert\\s+into|update|delete\\s+from|delete)\\s+([a-z0-9_.\"]+)", Pattern.CASE_INSENSITIVE);

  static {
    for (int c = 0; c < CATEGORIES; c++) {
      for (int k = 0; k < Kind.values().length; k++) {
        STATEMENTS[c][k] = new LongAdder();
      }
    }
  }

  private SqlCounter() {
  }

  private static LongAdder[] adders() {
    LongAdder[] adders = new LongAdder[CATEGORIES];
    for (int i = 0; i < CATEGORIES; i++) {
      adders[i] = new LongAdder();
    }
    return adders;
  }

  static Kind kindOf(String sql) {
    if (sql == null) {
      return Kind.OTHER;
    }
    String text = sql.stripLeading();
    int end = 0;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return switch (text.substring(0, end).toLowerCase(Locale.ROOT)) {
      case "select", "with" -> Kind.SELECT;
      case "insert" -> Kind.INSERT;
      case "update" -> Kind.UPDATE;
      case "delete" -> Kind.DELETE;
      default -> Kind.OTHER;
    };
  }

  /** Job executor threads: the starter's pool, the acquisition thread, the bench's default-settings pool. */
  private static int category() {
    String name = Thread.currentThread().getName();
    return name.startsWith("camundaTaskExecutor") || name.startsWith("JobExecutor[")
        || name.startsWith(JobExecutorBench.DEFAULT_POOL_PREFIX) ? BACKGROUND : FOREGROUND;
  }

  static void statements(Kind kind, int count) {
    STATEMENTS[category()][kind.ordinal()].add(count);
  }

  /** Counts writes per table of the statement's SQL. */
  static void writes(String sql, int count) {
    if (sql == null) {
      return;
    }
    Matcher matcher = WRITE.matcher(sql);
    if (matcher.find()) {
      String verb = matcher.group(1).toLowerCase(Locale.ROOT).split("\\s+")[0];
      String table = matcher.group(2).toLowerCase(Locale.ROOT).replace("\"", "");
      WRITES.computeIfAbsent(verb + " " + table, key -> new LongAdder()).add(count);
    }
  }

  /** Writes per table so far; subtract an earlier copy to get those in between. */
  static Map<String, Long> writesByTable() {
    Map<String, Long> copy = new TreeMap<>();
    WRITES.forEach((table, count) -> copy.put(table, count.sum()));
    return copy;
  }

  static void roundTrip() {
    ROUND_TRIPS[category()].increment();
  }

  static void commit(boolean wrote) {
    int category = category();
    COMMITS[category].increment();
    if (wrote) {
      WRITE_COMMITS[category].increment();
    }
  }

  static void rollback() {
    ROLLBACKS[category()].increment();
  }

  static Snapshot foreground() {
    return snapshot(FOREGROUND);
  }

  static Snapshot background() {
    return snapshot(BACKGROUND);
  }

  private static Snapshot snapshot(int c) {
    long[] byKind = new long[Kind.values().length];
    for (int k = 0; k < byKind.length; k++) {
      byKind[k] = STATEMENTS[c][k].sum();
    }
    return new Snapshot(byKind, ROUND_TRIPS[c].sum(), COMMITS[c].sum(), WRITE_COMMITS[c].sum(), ROLLBACKS[c].sum());
  }

  /** Counters at one moment; {@link #minus} gives what happened in between. */
  record Snapshot(long[] byKind, long roundTrips, long commits, long writeCommits, long rollbacks) {

    Snapshot minus(Snapshot before) {
      long[] delta = new long[byKind.length];
      for (int k = 0; k < delta.length; k++) {
        delta[k] = byKind[k] - before.byKind[k];
      }
      return new Snapshot(delta, roundTrips - before.roundTrips, commits - before.commits,
          writeCommits - before.writeCommits, rollbacks - before.rollbacks);
    }

    Snapshot plus(Snapshot other) {
      long[] sum = new long[byKind.length];
      for (int k = 0; k < sum.length; k++) {
        sum[k] = byKind[k] + other.byKind[k];
      }
      return new Snapshot(sum, roundTrips + other.roundTrips, commits + other.commits,
          writeCommits + other.writeCommits, rollbacks + other.rollbacks);
    }

    long statements() {
      long total = 0;
      for (long count : byKind) {
        total += count;
      }
      return total;
    }

    long of(Kind kind) {
      return byKind[kind.ordinal()];
    }
  }
}
