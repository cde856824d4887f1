package vn.followup.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.watch.DeadlineWatchProcess;
import vn.followup.item.ItemProcess;
import vn.followup.support.ApplicationProcess;
import vn.followup.support.ExternalPostgres;
import vn.followup.support.TestUsers;
import vn.followup.support.ReliabilityTest;

/**
 * The application is down while an item's deadline passes: stopped before a timer's instant and
 * started again after it, with the engine's clock where it would be after such a downtime (the
 * real models and the real date rules, nothing edited in the database). Each timer that fell due
 * during the downtime fires once when the application is back: the reminder is recorded once, the
 * deadline marks the item overdue once and opens one urge task, and after weeks of downtime the
 * weekly urge comes once and starts counting its week again, instead of a burst of missed ones.
 */
@ReliabilityTest
class DowntimeAcrossDeadlinesTest {

  static final Duration WEEK = Duration.ofDays(7);
  static final Duration STARTUP_SLACK = Duration.ofMinutes(5);

  static ExternalPostgres postgres;
  static ApplicationProcess node;
  static Records records;

  @BeforeAll
  static void startDatabase() {
    postgres = ExternalPostgres.start();
    node = ApplicationProcess.on(postgres, "downtime");
    records = new Records(postgres.jdbc());
  }

  @AfterAll
  static void stopEverything() {
    ExternalPostgres.closeAfter(node, postgres);
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void firesEachTimerOnceAfterADowntimeAndNeverABurstOfMissedRepetitions() {
    long started = System.nanoTime();
    LocalDate lastDay = LocalDate.now(DeadlineSchedule.VIETNAM).plusDays(30);
    String item = register(lastDay);
    String watch = postgres.jdbc().queryForObject("select id_ from act_hi_procinst where proc_def_key_ = ? "
        + "and business_key_ = ?", String.class, DeadlineWatchProcess.KEY, item);
    Instant firstReminder = due(watch, DeadlineWatchProcess.Elements.TIMER_REMINDER);
    Instant deadline = due(watch, DeadlineWatchProcess.Elements.TIMER_DEADLINE);
    assertThat(deadline).isEqualTo(lastDay.plusDays(1).atStartOfDay(DeadlineSchedule.VIETNAM).toInstant());

    node.stop();
    Instant back = firstReminder.plus(Duration.ofHours(1));
    node.start(back);
    Records.await("the first reminder is recorded", Duration.ofSeconds(60),
        () -> activities(watch, DeadlineWatchProcess.Elements.SERVICE_TASK_RECORD_REMINDER) == 1
            && jobsDue(watch, back) == 0);
    Instant secondReminder = due(watch, DeadlineWatchProcess.Elements.TIMER_REMINDER);
    assertThat(secondReminder).as("the next reminder is the one a working day before").isBetween(back, deadline);

    node.kill();
    Instant weeksLater = deadline.plus(Duration.ofDays(22));
    node.start(weeksLater);
    Records.await("the deadline passed during the downtime opens an urge task", Duration.ofSeconds(60),
        () -> urgeTasks(watch) == 1 && jobsDue(watch, weeksLater) == 0);
    assertThat(activities(watch, DeadlineWatchProcess.Elements.SERVICE_TASK_RECORD_REMINDER))
        .as("the reminder due during the downtime is recorded once").isEqualTo(2);
    assertThat(timer(watch, DeadlineWatchProcess.Elements.TIMER_REMINDER)).as("no reminder is left").isZero();
    assertThat(activities(watch, DeadlineWatchProcess.Elements.SERVICE_TASK_MARK_OVERDUE)).isEqualTo(1);
    assertThat(flag(item, ItemProcess.Vars.OVERDUE)).as("the item is marked overdue").isTrue();
    assertThat(Duration.between(weeksLater, due(watch, DeadlineWatchProcess.Elements.TIMER_REPEAT_URGE)))
        .as("the weekly urge counts its week from when it fired, not from the missed deadline")
        .isBetween(WEEK, WEEK.plus(STARTUP_SLACK));

    node.stop();
    Instant twoWeeksLater = weeksLater.plus(Duration.ofDays(15));
    node.start(twoWeeksLater);
    Records.await("the repetition due during the downtime opens one more urge task", Duration.ofSeconds(60),
        () -> urgeTasks(watch) == 2 && jobsDue(watch, twoWeeksLater) == 0);
    ApplicationProcess.pause(3000);
    assertThat(urgeTasks(watch)).as("one urge for two missed weeks, not two").isEqualTo(2);
    assertThat(Duration.between(twoWeeksLater, due(watch, DeadlineWatchProcess.Elements.TIMER_REPEAT_URGE)))
        .isBetween(WEEK, WEEK.plus(STARTUP_SLACK));
    node.stop();

    records.assertNothingTwice();
    assertThat(records.count("select count(*) from act_hi_job_log l join act_hi_procinst w on w.id_ = l.process_instance_id_ "
        + "where w.id_ = ? and l.job_state_ = 2", watch)).as("timer jobs run: 2 reminders, the deadline, 1 repetition")
        .isEqualTo(4);
    System.out.printf("Downtime across deadlines: 3 restarts (2 stops, 1 kill -9); %d s%n",
        Duration.ofNanos(System.nanoTime() - started).toSeconds());
  }

  /** Registers, while the application runs with today's clock, a notice with one item due at the end of {@code lastDay}. */
  private static String register(LocalDate lastDay) {
    node.start();
    String phrase = "xong trước " + lastDay.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    String notice = """
        {"id":"han-1","number":"77","symbol":"TB/TU","date":"2021-11-25","issuer":"thuong-truc-thanh-uy",
         "summary":"Thời hạn qua thời gian ngừng","items":[{"number":"2.1.1","text":"Trả lời kiến nghị.",
         "kind":"RECOMMENDATION","lead":"ubnd-thanh-pho","coordinators":[],
         "deadlines":[{"type":"RESPONSE","phrase":"%s"}]}]}""".formatted(phrase);
    assertThat(node.http().postJson("/api/notices", notice, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD).statusCode())
        .isEqualTo(201);
    node.stop();
    return "han-1/2.1.1";
  }

  private static Instant due(String watch, String timer) {
    return Records.instant(postgres.jdbc().queryForObject("select j.duedate_ from act_ru_job j join act_ru_jobdef d "
        + "on d.id_ = j.job_def_id_ where j.process_instance_id_ = ? and d.act_id_ = ?", LocalDateTime.class, watch, timer));
  }

  private static long timer(String watch, String timer) {
    return records.count("select count(*) from act_ru_job j join act_ru_jobdef d "
        + "on d.id_ = j.job_def_id_ where j.process_instance_id_ = ? and d.act_id_ = ?", watch, timer);
  }

  /** Jobs of the watch due at the given clock that have not run yet. */
  private static long jobsDue(String watch, Instant clock) {
    return records.count("select count(*) from act_ru_job where process_instance_id_ = ? "
        + "and duedate_ <= ?", watch, Records.utc(clock));
  }

  private static long activities(String watch, String activity) {
    return records.count("select count(*) from act_hi_actinst where proc_inst_id_ = ? and act_id_ = ?",
        watch, activity);
  }

  private static long urgeTasks(String watch) {
    return records.count("select count(*) from act_hi_taskinst where proc_inst_id_ = ? "
        + "and task_def_key_ = ?", watch, DeadlineWatchProcess.Elements.TASK_URGE);
  }

  private static boolean flag(String businessKey, String name) {
    return Long.valueOf(1).equals(postgres.jdbc().queryForObject("select v.long_ from act_ru_variable v join act_ru_execution e "
        + "on e.id_ = v.execution_id_ where e.business_key_ = ? and e.id_ = e.proc_inst_id_ and e.proc_def_id_ like ? "
        + "and v.name_ = ?", Long.class, businessKey, ItemProcess.KEY + ":%", name));
  }
}
