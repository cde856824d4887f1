package vn.followup.deadline;

/**
 * Whether a deadline phrase names a date. Only {@link #DATED} carries a last day; the others are
 * flagged for follow-up without a date, because inventing one would make an item look overdue
 * (or on time) for a reason the notice never gave.
 */
public enum DeadlineKind {
  /** The phrase fixes a last day. */
  DATED,
  /** "thường xuyên": a standing duty, counted apart in reports ("không thời hạn"). */
  ONGOING,
  /** "khẩn trương", "kịp thời", "ngay", "sớm": to be done urgently, no date given. */
  URGENT
}
