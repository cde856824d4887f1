package vn.followup.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.followup.watch.DeadlineWatchProcess;
import vn.followup.item.ItemProcess;
import vn.followup.notice.NoticeProcess;
import vn.followup.reliability.Workload.Call;
import vn.followup.reliability.Workload.Outcome;
import vn.followup.support.ApplicationProcess;

/**
 * What the database holds after the faults, read with SQL straight from PostgreSQL (not through the
 * application, which may be dead): every accepted call recorded in full, no call half done, and
 * nothing done twice. The same checks serve every fault test.
 */
final class Records {

  private final JdbcTemplate jdbc;

  Records(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Every check below, against the ledger of a workload. */
  void assertNothingLostNothingHalfDoneNothingTwice(Workload workload) {
    assertEveryAcceptedRegistrationIsWhole(workload);
    assertEveryRegistrationIsWholeOrAbsent(workload.noticeIds());
    assertEveryAcceptedCompletionIsRecorded(workload);
    assertEveryCompletedReceiptIsWhole();
    assertNothingTwice();
  }

  void assertEveryAcceptedRegistrationIsWhole(Workload workload) {
    for (Call call : workload.calls(Workload.REGISTER, Outcome.ACCEPTED)) {
      assertThat(registration(call.key())).as("accepted registration of %s", call.key())
          .isEqualTo(Registration.WHOLE);
    }
  }

  /** A notice is either registered with all its items, their follow-ups and history, or left no trace. */
  void assertEveryRegistrationIsWholeOrAbsent(List<String> noticeIds) {
    for (String id : noticeIds) {
      assertThat(registration(id)).as("registration of %s", id).isIn(Registration.WHOLE, Registration.ABSENT);
    }
  }

  enum Registration { WHOLE, ABSENT, PARTIAL }

  Registration registration(String id) {
    long notices = count("select count(*) from followup_notice where id = ?", id);
    long items = count("select count(*) from followup_item where notice_id = ?", id);
    long noticeInstances = count("select count(*) from act_hi_procinst where proc_def_key_ = ? and business_key_ = ?",
        NoticeProcess.KEY, id);
    long itemInstances = count("select count(*) from act_hi_procinst where proc_def_key_ = ? and business_key_ like ?",
        ItemProcess.KEY, id + "/%");
    long itemsWithOneInstance = count("select count(*) from followup_item i where i.notice_id = ? and (select count(*) "
        + "from act_hi_procinst p where p.proc_def_key_ = ? and p.business_key_ = i.business_key) = 1", id, ItemProcess.KEY);
    long receipts = count("select count(*) from act_hi_taskinst t join act_hi_procinst p on p.id_ = t.proc_inst_id_ "
        + "where p.business_key_ like ? and t.task_def_key_ = ?", id + "/%", ItemProcess.Elements.TASK_RECEIVE);
    if (notices == 0 && items == 0 && noticeInstances == 0 && itemInstances == 0) {
      return Registration.ABSENT;
    }
    if (notices == 1 && items == Workload.ITEMS_PER_NOTICE && noticeInstances == 1 && itemInstances == items
        && itemsWithOneInstance == items && receipts == items) {
      return Registration.WHOLE;
    }
    return Registration.PARTIAL;
  }

  /** Every completion the client was told succeeded: task ended, value stored, history and operation log written. */
  void assertEveryAcceptedCompletionIsRecorded(Workload workload) {
    for (Call call : workload.calls(Workload.COMPLETE, Outcome.ACCEPTED)) {
      assertThat(count("select count(*) from act_hi_taskinst where id_ = ? and end_time_ is not null "
          + "and delete_reason_ = 'completed'", call.key())).as("task %s completed", call.key()).isEqualTo(1);
      assertThat(count("select count(*) from act_hi_detail d join act_hi_taskinst t on t.proc_inst_id_ = d.proc_inst_id_ "
          + "where t.id_ = ? and d.name_ = ? and d.text_ = ?", call.key(), ItemProcess.Vars.FOCAL_OFFICER, call.value()))
          .as("focal officer %s of task %s in the history", call.value(), call.key()).isEqualTo(1);
      assertThat(count("select count(*) from act_hi_op_log where task_id_ = ? and operation_type_ = 'Complete'",
          call.key())).as("operation log of task %s", call.key()).isEqualTo(1);
    }
  }

  /**
   * Whoever completed a receipt task: it was completed once, with one focal officer stored, one
   * operation log entry and the next step opened; no completion left only part of this behind.
   */
  void assertEveryCompletedReceiptIsWhole() {
    List<Map<String, Object>> broken = jdbc.queryForList("""
        select p.business_key_,
               (select count(*) from act_hi_taskinst t where t.proc_inst_id_ = p.id_ and t.task_def_key_ = ?
                  and t.end_time_ is not null) as completed,
               (select count(*) from act_hi_detail d where d.proc_inst_id_ = p.id_ and d.name_ = ?) as officers,
               (select count(*) from act_hi_op_log l join act_hi_taskinst t on t.id_ = l.task_id_
                 where t.proc_inst_id_ = p.id_ and t.task_def_key_ = ? and l.operation_type_ = 'Complete') as logged,
               (select count(*) from act_hi_taskinst t where t.proc_inst_id_ = p.id_ and t.task_def_key_ = ?) as next
          from act_hi_procinst p where p.proc_def_key_ = ?
        """, ItemProcess.Elements.TASK_RECEIVE, ItemProcess.Vars.FOCAL_OFFICER, ItemProcess.Elements.TASK_RECEIVE,
        ItemProcess.Elements.TASK_WRITE_RESPONSE, ItemProcess.KEY).stream()
        .filter(row -> {
          long completed = ((Number) row.get("completed")).longValue();
          return completed > 1 || ((Number) row.get("officers")).longValue() != completed
              || ((Number) row.get("logged")).longValue() != completed || ((Number) row.get("next")).longValue() != completed;
        }).toList();
    assertThat(broken).as("items whose receipt is half done or done twice").isEmpty();
  }

  /** One follow-up instance per item business key, one notice instance per notice, no job run twice. */
  void assertNothingTwice() {
    assertThat(jdbc.queryForList("select proc_def_key_, business_key_, count(*) from act_hi_procinst "
        + "where proc_def_key_ in (?, ?) group by proc_def_key_, business_key_ having count(*) > 1",
        NoticeProcess.KEY, ItemProcess.KEY)).as("instances started twice for one business key").isEmpty();
    assertThat(jdbc.queryForList("select p.business_key_, count(*) from act_hi_procinst p where p.proc_def_key_ = ? "
        + "and not exists (select 1 from followup_item i where i.business_key = p.business_key_) group by p.business_key_",
        ItemProcess.KEY)).as("follow-ups of items that were never registered").isEmpty();
    assertThat(jdbc.queryForList("select job_id_, count(*) from act_hi_job_log where job_state_ = 2 "
        + "group by job_id_ having count(*) > 1")).as("jobs executed successfully more than once").isEmpty();
    assertThat(jdbc.queryForList("select w.id_, count(*) from act_hi_procinst w join act_hi_actinst a on a.proc_inst_id_ = w.id_ "
        + "where w.proc_def_key_ = ? and a.act_id_ = ? group by w.id_ having count(*) > 1",
        DeadlineWatchProcess.KEY, DeadlineWatchProcess.Elements.SERVICE_TASK_MARK_OVERDUE))
        .as("deadlines marked overdue twice").isEmpty();
  }

  /**
   * Makes the deadline timers of the watches whose business key is like {@code businessKeyPattern}
   * due a second ago, as if their deadline had just passed; the running job executors pick them up.
   */
  int makeDeadlinesDue(String businessKeyPattern) {
    return jdbc.update("update act_ru_job set duedate_ = localtimestamp - interval '1 second' where job_def_id_ in "
        + "(select id_ from act_ru_jobdef where act_id_ = ?) and process_instance_id_ in (select id_ from act_ru_execution "
        + "where id_ = proc_inst_id_ and proc_def_id_ like ? and business_key_ like ?)",
        DeadlineWatchProcess.Elements.TIMER_DEADLINE, DeadlineWatchProcess.KEY + ":%", businessKeyPattern);
  }

  /** The engine stores instants as UTC wall-clock time (the applications run with the JVM in UTC). */
  static Instant instant(LocalDateTime utc) {
    return utc.toInstant(ZoneOffset.UTC);
  }

  static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  long count(String sql, Object... arguments) {
    Long count = jdbc.queryForObject(sql, Long.class, arguments);
    return count == null ? 0 : count;
  }

  /** Waits, bounded, until the condition holds (the job executor works in the background). */
  static void await(String what, Duration timeout, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Not within " + timeout + ": " + what);
      }
      ApplicationProcess.pause(250);
    }
  }
}
