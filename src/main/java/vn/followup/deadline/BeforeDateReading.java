package vn.followup.deadline;

/**
 * How "xong trước 30/12/2021" is read. Offices differ: most treat the named day as the last day,
 * a strict reader requires the work done the day before. The choice is a setting
 * ({@code followup.deadline.before-date-reading}) and every deadline read this way records it,
 * so a later dispute can see which reading was applied.
 */
public enum BeforeDateReading {
  /** "trước 30/12/2021": the last day is 30/12/2021. */
  USUAL,
  /** "trước 30/12/2021": the last day is 29/12/2021. */
  STRICT
}
