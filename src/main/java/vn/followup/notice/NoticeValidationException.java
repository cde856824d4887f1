package vn.followup.notice;

import java.util.List;

/** A notice document that cannot be registered; every problem is listed, nothing was stored. */
public class NoticeValidationException extends RuntimeException {

  private final transient List<FieldError> errors;

  public NoticeValidationException(List<FieldError> errors) {
    super("Thông báo không hợp lệ: " + errors.size() + " lỗi (" + errors.get(0).field() + ": "
        + errors.get(0).message() + (errors.size() > 1 ? "; …" : "") + ")");
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
