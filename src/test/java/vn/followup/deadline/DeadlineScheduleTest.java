package vn.followup.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.followup.support.FastTest;

@FastTest
class DeadlineScheduleTest {

  private static final WorkingCalendar CALENDAR = TestCalendars.shipped();

  private final TimeZone originalZone = TimeZone.getDefault();
  private final DeadlineSchedule schedule = new DeadlineSchedule(CALENDAR, DeadlineSettings.defaults());

  @AfterEach
  void restoreDefaultZone() {
    TimeZone.setDefault(originalZone);
  }

  @Test
  void remindersForThirtiethOfDecember2021AreFiveAndOneWorkingDaysBeforeAtEight() {
    assertThat(schedule.reminders(LocalDate.of(2021, 12, 30))).containsExactly(
        vietnam("2021-12-23T08:00"),
        vietnam("2021-12-29T08:00"));
  }

  @Test
  void remindersKeepTheConfiguredOrderAndSkipTet() {
    DeadlineSchedule custom = new DeadlineSchedule(CALENDAR,
        new DeadlineSettings(null, false, List.of(1, 3), LocalTime.of(7, 30), 0, 0));

    assertThat(custom.reminders(LocalDate.of(2022, 2, 8))).containsExactly(
        vietnam("2022-02-07T07:30"),
        vietnam("2022-01-27T07:30"));
  }

  @Test
  void endOfDayIsMidnightVietnamAndLastDayOfIsItsInverse() {
    Instant end = schedule.endOfDay(LocalDate.of(2021, 12, 30));

    assertThat(end).isEqualTo(Instant.parse("2021-12-30T17:00:00Z"));
    assertThat(schedule.lastDayOf(end)).isEqualTo(LocalDate.of(2021, 12, 30));
    assertThat(schedule.lastDayOf(Instant.parse("2021-12-30T17:00:01Z")))
        .isEqualTo(LocalDate.of(2021, 12, 31));
  }

  @Test
  void quarterlyReportsFallOnQuarterEndsAtEightVietnamTime() {
    Instant first = schedule.nextQuarterReportAt(Instant.parse("2022-03-30T00:00:00Z"));
    Instant second = schedule.nextQuarterReportAt(first);
    Instant third = schedule.nextQuarterReportAt(second);
    Instant fourth = schedule.nextQuarterReportAt(third);
    Instant fifth = schedule.nextQuarterReportAt(fourth);

    assertThat(first).isEqualTo(Instant.parse("2022-03-31T01:00:00Z"));
    assertThat(second).isEqualTo(vietnam("2022-06-30T08:00"));
    assertThat(third).isEqualTo(vietnam("2022-09-30T08:00"));
    assertThat(fourth).isEqualTo(vietnam("2022-12-31T08:00"));
    assertThat(fifth).isEqualTo(vietnam("2023-03-31T08:00"));
  }

  @Test
  void quarterlyReportIsStrictlyAfterTheGivenInstant() {
    assertThat(schedule.nextQuarterReportAt(Instant.parse("2022-03-31T00:59:59Z")))
        .isEqualTo(Instant.parse("2022-03-31T01:00:00Z"));
    assertThat(schedule.nextQuarterReportAt(Instant.parse("2022-03-31T01:00:00Z")))
        .isEqualTo(vietnam("2022-06-30T08:00"));
  }

  @Test
  void coordinationInputIsDueAtTheEndOfTheFifthWorkingDayBeforeTheLead() {
    assertThat(schedule.coordinationDueAt(LocalDate.of(2021, 12, 30)))
        .isEqualTo(schedule.endOfDay(LocalDate.of(2021, 12, 23)));
  }

  @Test
  void reportTaskOpensTenWorkingDaysBeforeTheReportsLastDay() {
    // 30/06/2022: ten working days back is 16/06/2022 (no holiday in between).
    assertThat(schedule.reportTaskAt(LocalDate.of(2022, 6, 30)))
        .isEqualTo(vietnam("2022-06-16T08:00"));
  }

  @Test
  void resultsDoNotDependOnTheJvmDefaultZone() {
    List<Object> inUtc = computeAllIn("UTC");
    List<Object> inVietnam = computeAllIn("Asia/Ho_Chi_Minh");
    List<Object> inNewYork = computeAllIn("America/New_York");

    assertThat(inUtc).isEqualTo(inVietnam).isEqualTo(inNewYork);
  }

  private static List<Object> computeAllIn(String zone) {
    TimeZone.setDefault(TimeZone.getTimeZone(zone));
    DeadlineSchedule local = new DeadlineSchedule(CALENDAR, DeadlineSettings.defaults());
    DeadlineReader reader = new DeadlineReader(CALENDAR, DeadlineSettings.defaults());
    List<Object> results = new ArrayList<>();
    results.add(local.reminders(LocalDate.of(2021, 12, 30)));
    results.add(local.endOfDay(LocalDate.of(2022, 3, 31)));
    results.add(local.lastDayOf(Instant.parse("2022-03-31T17:00:00Z")));
    results.add(local.nextQuarterReportAt(Instant.parse("2022-03-30T20:00:00Z")));
    results.add(local.nextQuarterReportAt(Instant.parse("2022-12-31T00:30:00Z")));
    results.add(local.coordinationDueAt(LocalDate.of(2022, 9, 30)));
    results.add(local.reportTaskAt(LocalDate.of(2022, 12, 31)));
    results.add(reader.read("xong trước 30/12/2021").deadlines());
    results.add(reader.read("báo cáo 6 tháng, 01 năm của cấp ủy trong năm 2022").deadlines());
    return results;
  }

  private static Instant vietnam(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(DeadlineSchedule.VIETNAM).toInstant();
  }
}
