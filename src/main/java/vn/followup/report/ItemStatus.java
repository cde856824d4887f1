package vn.followup.report;

import java.time.LocalDate;

/**
 * One item of a notice as the status report shows it at the end of its date.
 *
 * @param deadlineKind     which deadline governs: the written response (TRẢ LỜI) until the response is
 *                         accepted, then the completion of the work (HOÀN THÀNH) when the agency
 *                         reported it still in progress and a completion deadline exists
 * @param dueDate          last day of the governing deadline, as it stood (after extensions)
 * @param originalDueDate  last day of that deadline as the notice set it
 * @param daysOverdue      calendar days past the last day, for open overdue items
 * @param doneDate         the date that counts for timeliness: the response document's date, or the
 *                         completion date of an accepted final report
 * @param responseDocument number and symbol of the written response (e.g. 125/BC-UBND)
 * @param reason           why an overdue item is late, as far as the record tells
 * @param dueSoon          open in term and its last day within the next days of the report's date
 *                         ({@link DueSoon})
 */
public record ItemStatus(
    String businessKey,
    String noticeId,
    String noticeLabel,
    String itemNumber,
    String itemText,
    String leadAgency,
    String leadAgencyName,
    Lifecycle lifecycle,
    String lifecycleLabel,
    Timeliness timeliness,
    String timelinessLabel,
    String deadlineKind,
    LocalDate dueDate,
    LocalDate originalDueDate,
    boolean extended,
    Integer daysOverdue,
    LocalDate doneDate,
    String responseDocument,
    LocalDate responseDate,
    String closureOutcome,
    String reason,
    String extensionReason,
    String extensionApprovedBy,
    boolean urgent,
    String lateCoordinators,
    boolean dueSoon) {
}
