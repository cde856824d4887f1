package vn.followup.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.support.FastTest;
import vn.followup.support.ShippedCalendar;

/** The next reminder of a deadline is the first one still ahead; one already past is skipped, never sent late. */
@FastTest
class RemindersTest {

  static final LocalDate LAST_DAY = LocalDate.of(2027, 1, 13);

  private final DeadlineSchedule schedule = ShippedCalendar.schedule();
  private final Reminders reminders = new Reminders(schedule);
  private final Date due = Date.from(schedule.endOfDay(LAST_DAY));
  private final List<Instant> planned = schedule.reminders(LAST_DAY);

  @Test
  void theShippedSettingsPlanMoreThanOneReminderBeforeTheLastDay() {
    assertThat(planned).hasSizeGreaterThan(1).isSorted().allMatch(at -> at.isBefore(due.toInstant()));
  }

  @Test
  void longBeforeTheDeadlineTheNextReminderIsTheFirst() {
    assertThat(reminders.next(due, planned.get(0).minusSeconds(86_400))).isEqualTo(Date.from(planned.get(0)));
  }

  @Test
  void aReminderWhoseTimeHasComeIsSkippedForTheNextOne() {
    assertThat(reminders.next(due, planned.get(0))).isEqualTo(Date.from(planned.get(1)));
    assertThat(reminders.next(due, planned.get(0).plusSeconds(60))).isEqualTo(Date.from(planned.get(1)));
  }

  @Test
  void afterTheLastReminderNoneIsLeft() {
    assertThat(reminders.next(due, planned.get(planned.size() - 1))).isNull();
    assertThat(reminders.next(due, due.toInstant().plusSeconds(86_400))).isNull();
  }

  @Test
  void anItemWithoutADeadlineHasNoReminder() {
    assertThat(reminders.next(null, Instant.parse("2027-01-01T00:00:00Z"))).isNull();
  }
}
