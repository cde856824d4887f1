package vn.followup.tasklist;

/**
 * What a task's card in Tasklist's list shows beyond its name, worked out on the server so that the
 * page only lays it out: the item's governing deadline as its last day and how it stands today, the
 * step's own due date, whether the task came back from the office's review, whether the item is
 * urgent, and what completing the task sends to whom. Absent parts are null.
 *
 * @param taskId       the task
 * @param deadline     "Hạn trả lời bằng văn bản: hết ngày 13/01/2027"
 * @param left         "còn 5 ngày", "quá hạn 3 ngày"
 * @param tone         "calm", "near" (amber) or "past" (red); see {@link DeadlineStanding}
 * @param stepDue      "Hạn xử lý bước này: hết ngày 05/01/2027", when the step's own due date is another day
 * @param returned     "Bị trả lại" on a response or report the office returned
 * @param returnReason the office's reason for returning it
 * @param urgent       "Khẩn" on an item to be done urgently (the task's priority)
 * @param confirmation what completing the task sends, and to whom it goes next
 */
public record TaskCard(
    String taskId,
    String deadline,
    String left,
    String tone,
    String stepDue,
    String returned,
    String returnReason,
    String urgent,
    String confirmation) {
}
