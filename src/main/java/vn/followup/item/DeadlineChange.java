package vn.followup.item;

import java.time.LocalDate;

/**
 * The office's change of one of the item's deadlines by a decision of the Standing Board, as the
 * message "Quyết định thay đổi thời hạn" carries it to the item (never stored: a transient value).
 *
 * @param deadlineType {@link ItemDeadlines#RESPONSE} or {@link ItemDeadlines#COMPLETION}
 * @param newLastDay the deadline's new last day
 * @param note how the deadline's rule reads the change (decision, reason)
 */
public record DeadlineChange(String deadlineType, LocalDate newLastDay, String note) {
}
