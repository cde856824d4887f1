package vn.followup.notification;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The outbox table {@code followup_notification} (db/migration/V4). Writes join the transaction
 * of the caller: the engine's, whose connection Spring binds to the thread, so a notification is
 * stored exactly when the event that caused it is.
 */
@Repository
class Outbox {

  private final JdbcTemplate jdbc;

  Outbox(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long insert(OutboxRow row) {
    return jdbc.queryForObject("insert into followup_notification (event, status, recipient_user, recipient_agency,"
            + " address, copy, business_key, item_number, task_id, task_name, due_date, notice_label, link, subject,"
            + " body_text, body_html) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id", Long.class,
        row.event().name(), row.status().name(), row.to().userId(), row.to().agency(), row.to().address(),
        row.to().copy(), row.businessKey(), row.itemNumber(), row.taskId(), row.taskName(),
        row.dueDate() == null ? null : Date.valueOf(row.dueDate()), row.noticeLabel(), row.link(), row.subject(),
        row.text(), row.html());
  }

  /** The held rows of one user, locked until the digest that includes them commits. */
  List<HeldRow> heldFor(String userId) {
    return jdbc.query("select id, item_number, task_id, task_name, due_date, notice_label, link, event"
            + " from followup_notification where status = 'HELD' and recipient_user = ? order by id for update",
        (rs, n) -> new HeldRow(rs.getLong("id"), NotificationEvent.valueOf(rs.getString("event")),
            rs.getString("item_number"), rs.getString("task_id"), rs.getString("task_name"), localDate(rs, "due_date"),
            rs.getString("notice_label"), rs.getString("link")), userId);
  }

  List<String> usersWithHeldRows() {
    return jdbc.queryForList("select distinct recipient_user from followup_notification where status = 'HELD'"
        + " and recipient_user is not null order by recipient_user", String.class);
  }

  void markDigested(List<Long> ids, Long digestId) {
    for (Long id : ids) {
      jdbc.update("update followup_notification set status = 'DIGESTED', digest_id = ? where id = ? and status = 'HELD'",
          digestId, id);
    }
  }

  /** Records that today's digest runs; false if another node (or an earlier run) has already. */
  boolean claimDigestDay(java.time.LocalDate day, Instant now) {
    return jdbc.update("insert into followup_digest_run (day, run_at) values (?, ?) on conflict (day) do nothing",
        Date.valueOf(day), Timestamp.from(now)) == 1;
  }

  /** Figures for operators: rows per status and the age of the oldest pending row. */
  Stats stats() {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.query("select status, count(*) from followup_notification group by status",
        (ResultSet rs) -> {
          counts.put(rs.getString(1), rs.getLong(2));
        });
    Double age = jdbc.queryForObject("select extract(epoch from now() - min(created_at)) from followup_notification"
        + " where status = 'PENDING'", Double.class);
    return new Stats(counts.getOrDefault("PENDING", 0L), counts.getOrDefault("FAILED", 0L),
        counts.getOrDefault("HELD", 0L), counts.getOrDefault("SKIPPED", 0L), counts.getOrDefault("SENT", 0L),
        age == null ? 0 : age);
  }

  /** One page of the outbox, newest first, optionally of one status. */
  List<Map<String, Object>> page(String status, int page, int size) {
    String where = status == null ? "" : " where status = ?";
    Object[] args = status == null ? new Object[] {size, (long) page * size} : new Object[] {status, size, (long) page * size};
    return jdbc.queryForList("select id, event, status, recipient_user, recipient_agency, address, copy, business_key,"
        + " item_number, task_id, link, subject, body_text, created_at, attempts, next_attempt_at, last_error, sent_at,"
        + " digest_id from followup_notification" + where + " order by created_at desc, id desc limit ? offset ?", args);
  }

  long count(String status) {
    return status == null
        ? jdbc.queryForObject("select count(*) from followup_notification", Long.class)
        : jdbc.queryForObject("select count(*) from followup_notification where status = ?", Long.class, status);
  }

  private static java.time.LocalDate localDate(ResultSet rs, String column) throws SQLException {
    Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }

  /** A row held for a digest. */
  record HeldRow(long id, NotificationEvent event, String itemNumber, String taskId, String taskName,
      java.time.LocalDate dueDate, String noticeLabel, String link) {
  }

  /** What operators see. */
  record Stats(long pending, long failed, long held, long skipped, long sent, double oldestPendingAgeSeconds) {
  }
}
