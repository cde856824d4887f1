package vn.followup.tasklist;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * How an item's deadline stands on a given day, as its task card shows it: the calendar days left
 * ("còn 5 ngày") or past ("quá hạn 3 ngày"), and a tone: {@link Tone#NEAR} (amber) from the day of
 * the deadline's first reminder (the reminder rule, {@code followup.deadline.reminder-working-days}
 * before the last day), {@link Tone#PAST} (red) after the last day.
 *
 * @param tone how near the deadline is
 * @param text the days left or past, in words
 */
public record DeadlineStanding(Tone tone, String text) {

  /** The card's colour: none, amber, red. */
  public enum Tone {
    CALM, NEAR, PAST;

    /** The value in the card's JSON and CSS class ("near"). */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * The standing of a deadline ending with {@code lastDay} on {@code today}.
   *
   * @param reminderDays the days of the deadline's reminders (any order); the earliest starts the amber
   *                     period; none: amber only on the last day
   */
  public static DeadlineStanding on(LocalDate today, LocalDate lastDay, List<LocalDate> reminderDays) {
    long left = ChronoUnit.DAYS.between(today, lastDay);
    if (left < 0) {
      return new DeadlineStanding(Tone.PAST, "quá hạn " + (-left) + " ngày");
    }
    LocalDate nearFrom = reminderDays.stream().min(LocalDate::compareTo).filter(day -> day.isBefore(lastDay))
        .orElse(lastDay);
    Tone tone = today.isBefore(nearFrom) ? Tone.CALM : Tone.NEAR;
    return new DeadlineStanding(tone, left == 0 ? "hết hạn trong hôm nay" : "còn " + left + " ngày");
  }
}
