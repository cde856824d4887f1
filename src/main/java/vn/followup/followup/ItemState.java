package vn.followup.followup;

/**
 * Where an item stands, for lists and reports.
 *
 * @param state            lifecycle code: WAITING_NUMBER, ASSIGNED, IN_PROGRESS, AWAITING_REVIEW,
 *                         IMPLEMENTING, AWAITING_CLOSURE, CLOSED, NOT_STARTED
 * @param stateLabel       the same in Vietnamese
 * @param responseDocument number/symbol and date of the written response, when recorded
 */
public record ItemState(String businessKey, String state, String stateLabel, boolean overdue,
    String responseDocument, String closureOutcome) {
}
