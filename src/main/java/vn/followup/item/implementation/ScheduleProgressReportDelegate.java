package vn.followup.item.implementation;

import vn.followup.item.ItemProcess.Values;
import vn.followup.engine.EngineClock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.deadline.WorkingCalendar;

/**
 * {@code ServiceTask_ScheduleProgressReport}: the next progress report falls on the next quarter
 * end (31/03, 30/06, 30/09, 31/12) and is due five working days later.
 */
@Component
class ScheduleProgressReportDelegate implements JavaDelegate {

  static final int WORKING_DAYS_TO_REPORT = 5;

  private final DeadlineSchedule schedule;
  private final WorkingCalendar calendar;

  ScheduleProgressReportDelegate(DeadlineSchedule schedule, WorkingCalendar calendar) {
    this.schedule = schedule;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant reportAt = schedule.nextQuarterReportAt(EngineClock.now());
    LocalDate due = schedule.lastDayOf(reportAt);
    for (int i = 0; i < WORKING_DAYS_TO_REPORT; i++) {
      due = calendar.nextWorkingDayOnOrAfter(due.plusDays(1));
    }
    Values.NEXT_PROGRESS_REPORT_AT.set(execution, Date.from(reportAt));
    Values.NEXT_PROGRESS_REPORT_DUE_AT.set(execution, Date.from(schedule.endOfDay(due)));
  }
}
