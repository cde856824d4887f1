package vn.followup.watch;

import java.time.Instant;
import java.util.Date;
import org.springframework.stereotype.Component;
import vn.followup.deadline.DeadlineSchedule;

/**
 * The next reminder of a deadline: the first of its reminder instants (a configurable number of
 * working days before it) that is still ahead. Reminders already past are skipped, never sent late.
 */
@Component
public class Reminders {

  private final DeadlineSchedule schedule;

  Reminders(DeadlineSchedule schedule) {
    this.schedule = schedule;
  }

  public Date next(Date dueAt, Instant now) {
    if (dueAt == null) {
      return null;
    }
    return schedule.reminders(schedule.lastDayOf(dueAt.toInstant())).stream()
        .filter(now::isBefore)
        .findFirst()
        .map(Date::from)
        .orElse(null);
  }
}
