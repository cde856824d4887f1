package vn.followup.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;

/**
 * Turns last days into the instants at which the engine acts: when a deadline expires, when
 * reminders fire, when a coordinating agency's input is due and when a report task opens.
 *
 * <p>Every instant is computed in Vietnam time ({@link #VIETNAM}), never in the JVM's default
 * zone, so that a server run in UTC fires a timer at the same moment as one run in Hà Nội.
 * Deadlines end at 24:00 of their last day (Civil Code 2015, art. 148).
 */
public final class DeadlineSchedule {

  /** The zone of every deadline: Vietnam has one zone and no daylight saving time. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  /** Quarter ends on which the quarterly report falls (30/12 is not one, whatever a notice says). */
  private static final List<MonthDay> QUARTER_ENDS = List.of(
      MonthDay.of(3, 31), MonthDay.of(6, 30), MonthDay.of(9, 30), MonthDay.of(12, 31));

  private final WorkingCalendar calendar;
  private final DeadlineSettings settings;

  public DeadlineSchedule(WorkingCalendar calendar, DeadlineSettings settings) {
    this.calendar = calendar;
    this.settings = settings;
  }

  /** 24:00 of the day in Vietnam, that is the start of the next day there. */
  public Instant endOfDay(LocalDate day) {
    return day.plusDays(1).atStartOfDay(VIETNAM).toInstant();
  }

  /**
   * The end (24:00) of the {@code workingDays}-th working day after the day of {@code from} in
   * Vietnam: "within 5 working days" counted from today as an office counts it.
   */
  public Instant workingDaysAfter(Instant from, int workingDays) {
    LocalDate day = from.atZone(VIETNAM).toLocalDate();
    for (int i = 0; i < workingDays; i++) {
      day = calendar.nextWorkingDayOnOrAfter(day.plusDays(1));
    }
    return endOfDay(day);
  }

  /** Working days a coordinating agency's input is due before the lead's deadline. */
  public int coordinationWorkingDays() {
    return settings.coordinationWorkingDaysBeforeLead();
  }

  /**
   * The day a deadline instant belongs to: the inverse of {@link #endOfDay}. An instant exactly at
   * midnight belongs to the day that ends there.
   */
  public LocalDate lastDayOf(Instant dueAt) {
    return dueAt.minusNanos(1).atZone(VIETNAM).toLocalDate();
  }

  /** "hết ngày 23/12/2021": a deadline as an office writes it. */
  public String endText(java.util.Date dueAt) {
    return DeadlineTexts.endOf(lastDayOf(dueAt.toInstant()));
  }

  /**
   * One reminder per entry of {@link DeadlineSettings#reminderWorkingDays()}, in that order: the
   * working day that many working days before the last day, at the reminder time.
   */
  public List<Instant> reminders(LocalDate lastDay) {
    return settings.reminderWorkingDays().stream()
        .map(days -> atReminderTime(calendar.workingDaysBefore(lastDay, days)))
        .toList();
  }

  /**
   * When a coordinating agency's input is due: the end of the working day
   * {@link DeadlineSettings#coordinationWorkingDaysBeforeLead()} working days before the lead
   * agency's last day, leaving the lead time to use it.
   */
  public Instant coordinationDueAt(LocalDate leadLastDay) {
    return endOfDay(calendar.workingDaysBefore(leadLastDay,
        settings.coordinationWorkingDaysBeforeLead()));
  }

  /**
   * The next quarterly report: the first quarter-end day (31/03, 30/06, 30/09, 31/12) at the
   * reminder time in Vietnam strictly after {@code after}. The day is kept as it is even when it
   * is not a working day, because the report covers the quarter up to that day.
   */
  public Instant nextQuarterReportAt(Instant after) {
    int year = after.atZone(VIETNAM).getYear();
    for (int y = year; y <= year + 1; y++) {
      for (MonthDay end : QUARTER_ENDS) {
        Instant candidate = atReminderTime(end.atYear(y));
        if (candidate.isAfter(after)) {
          return candidate;
        }
      }
    }
    throw new IllegalStateException("Không tìm được ngày cuối quý sau " + after);
  }

  /**
   * When the task to write a periodic report opens: {@link DeadlineSettings#reportTaskWorkingDaysBefore()}
   * working days before the report's last day, at the reminder time.
   */
  public Instant reportTaskAt(LocalDate reportLastDay) {
    return atReminderTime(calendar.workingDaysBefore(reportLastDay,
        settings.reportTaskWorkingDaysBefore()));
  }

  private Instant atReminderTime(LocalDate day) {
    return day.atTime(settings.reminderTime()).atZone(VIETNAM).toInstant();
  }
}
