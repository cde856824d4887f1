package vn.followup.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import vn.followup.engine.FormInput;

/** The field errors of a notice being checked, in document order; thrown together or not at all. */
final class NoticeErrors {

  private final List<FieldError> list = new ArrayList<>();

  void add(String field, String message) {
    list.add(new FieldError(field, message));
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  NoticeValidationException exception() {
    return new NoticeValidationException(list);
  }

  /** Control characters (other than tab and line breaks) come from a broken copy, never from the document. */
  boolean printable(String value, String field, String what) {
    Matcher control = FormInput.CONTROL.matcher(value);
    if (control.find()) {
      add(field, what + " chứa ký tự điều khiển không hợp lệ (mã " + String.format("U+%04X",
          (int) control.group().charAt(0)) + " ở vị trí " + (control.start() + 1) + ").");
      return false;
    }
    return true;
  }
}
