package vn.followup.notice;

/** One refused field of a notice document: where (e.g. {@code items[3].lead}) and why, in Vietnamese. */
public record FieldError(String field, String message) {
}
