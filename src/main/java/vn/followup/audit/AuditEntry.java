package vn.followup.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;

/**
 * One line of an item's audit timeline: an activity of the item (or of the watch over one of its
 * deadlines), an operation a person performed, or a recorded value that matters to auditors.
 * Times carry the Vietnam offset (+07:00).
 *
 * @param kind     HOẠT ĐỘNG (activity), THAO TÁC (user operation), GIÁ TRỊ (recorded value) or VĂN BẢN
 *                 (an attached document, with its SHA-256 and signatures)
 * @param process  which process the line belongs to (the item, or a deadline watch)
 * @param processInstanceId the engine's id of that process instance (for a document, the item's)
 * @param deadline the deadline the activity was held to (a task's due date, the watched deadline)
 * @param late     whether the activity ended, or is still open, after that deadline
 * @param document for a VĂN BẢN line, the file as the documents API gives it (name, SHA-256,
 *                 signatures, download address); null otherwise
 * @param technical whether the line is the engine's bookkeeping (a timer, a service step, a scope, a
 *                 variable written by a form) rather than a step a person reads; the item page shows
 *                 such lines only on request ("Hiện chi tiết kỹ thuật")
 */
record AuditEntry(
    OffsetDateTime at,
    String kind,
    String process,
    String processInstanceId,
    String stepId,
    String step,
    OffsetDateTime start,
    OffsetDateTime end,
    Long durationSeconds,
    String duration,
    String user,
    String agency,
    OffsetDateTime deadline,
    Boolean late,
    String detail,
    Map<String, Object> document,
    boolean technical) {

  /**
   * The deadline as an office reads it: a deadline at 24:00 is its last day ("hết ngày
   * 13/01/2027"), never the next midnight; a step's due time otherwise.
   */
  /** The same line with another text. */
  AuditEntry withDetail(String text) {
    return new AuditEntry(at, kind, process, processInstanceId, stepId, step, start, end, durationSeconds, duration,
        user, agency, deadline, late, text, document, technical);
  }

  @JsonProperty("deadlineText")
  String deadlineText() {
    return deadline == null ? null : AuditTrail.value(Date.from(deadline.toInstant()));
  }
}
