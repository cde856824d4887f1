package vn.followup.deadline;

import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How deadlines are read and when reminders fire ({@code followup.deadline.*}). Each value has a
 * default, so the application runs without any of them; an absent value (null, or 0 for the
 * counts) takes the default, because a binder cannot tell "not set" from 0 for an {@code int}.
 *
 * @param beforeDateReading                 reading of "trước &lt;ngày&gt;"; default {@link BeforeDateReading#USUAL}
 * @param rollToWorkingDay                  whether a last day that is not a working day moves to the
 *                                          next working day (Civil Code art. 148, which an office may
 *                                          or may not adopt for internal deadlines); default false
 * @param reminderWorkingDays               reminders are sent this many working days before the last day,
 *                                          in this order; default [5, 1]
 * @param reminderTime                      Vietnam time of day at which reminders and report tasks fire;
 *                                          default 08:00
 * @param coordinationWorkingDaysBeforeLead a coordinating agency's input is due this many working days
 *                                          before the lead agency's last day; default 5
 * @param reportTaskWorkingDaysBefore       the task to write a periodic report opens this many working
 *                                          days before the report's last day; default 10
 */
@ConfigurationProperties("followup.deadline")
public record DeadlineSettings(
    BeforeDateReading beforeDateReading,
    boolean rollToWorkingDay,
    List<Integer> reminderWorkingDays,
    LocalTime reminderTime,
    int coordinationWorkingDaysBeforeLead,
    int reportTaskWorkingDaysBefore) {

  static final BeforeDateReading DEFAULT_READING = BeforeDateReading.USUAL;
  static final List<Integer> DEFAULT_REMINDER_WORKING_DAYS = List.of(5, 1);
  static final LocalTime DEFAULT_REMINDER_TIME = LocalTime.of(8, 0);
  static final int DEFAULT_COORDINATION_WORKING_DAYS = 5;
  static final int DEFAULT_REPORT_TASK_WORKING_DAYS = 10;

  /** Fills absent values with the defaults and refuses negative counts. */
  public DeadlineSettings {
    beforeDateReading = beforeDateReading == null ? DEFAULT_READING : beforeDateReading;
    if (reminderWorkingDays == null || reminderWorkingDays.isEmpty()) {
      reminderWorkingDays = DEFAULT_REMINDER_WORKING_DAYS;
    } else {
      for (Integer days : reminderWorkingDays) {
        if (days == null || days < 0) {
          throw new IllegalArgumentException(
              "followup.deadline.reminder-working-days: số ngày làm việc phải là số không âm, nhận được "
                  + reminderWorkingDays);
        }
      }
      reminderWorkingDays = List.copyOf(reminderWorkingDays);
    }
    reminderTime = reminderTime == null ? DEFAULT_REMINDER_TIME : reminderTime;
    coordinationWorkingDaysBeforeLead = positiveOrDefault(coordinationWorkingDaysBeforeLead,
        DEFAULT_COORDINATION_WORKING_DAYS, "coordination-working-days-before-lead");
    reportTaskWorkingDaysBefore = positiveOrDefault(reportTaskWorkingDaysBefore,
        DEFAULT_REPORT_TASK_WORKING_DAYS, "report-task-working-days-before");
  }

  /** All defaults: usual reading, no roll, reminders 5 and 1 working days before at 08:00. */
  public static DeadlineSettings defaults() {
    return new DeadlineSettings(null, false, null, null, 0, 0);
  }

  private static int positiveOrDefault(int value, int defaultValue, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(
          "followup.deadline." + name + ": số ngày làm việc không được âm, nhận được " + value);
    }
    return value == 0 ? defaultValue : value;
  }
}
