package vn.followup.office;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.engine.FormInputException;

/**
 * Reads an office action's start form on the server, as a REST client need not run the form: every
 * refusal names the field in Vietnamese, and the whole start rolls back.
 */
final class ActionInput {

  static final int MAX_REASON = 2000;
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

  private final VariableScope scope;

  ActionInput(VariableScope scope) {
    this.scope = scope;
  }

  String required(String key, String label, int max) {
    String value = optional(key, label, max);
    if (value == null) {
      throw new FormInputException(key, label + " là bắt buộc. Chưa có gì được thay đổi.");
    }
    return value;
  }

  /** Trimmed text, or null when empty. */
  String optional(String key, String label, int max) {
    Object raw = scope.getVariable(key);
    if (raw == null) {
      return null;
    }
    if (!(raw instanceof String text)) {
      throw new FormInputException(key, label + " phải là văn bản.");
    }
    String value = text.strip();
    if (value.length() > max) {
      throw new FormInputException(key, label + " dài tối đa " + max + " ký tự (hiện có " + value.length() + ").");
    }
    if (CONTROL.matcher(value).find()) {
      throw new FormInputException(key, label + " chứa ký tự điều khiển không hợp lệ.");
    }
    return value.isEmpty() ? null : value;
  }

  /**
   * A multiple choice (form-js taglist): a JSON list as Tasklist sends it, a list, or nothing.
   */
  java.util.List<String> list(String key, String label) {
    Object raw = scope.getVariable(key);
    if (raw == null) {
      return java.util.List.of();
    }
    if (raw instanceof java.util.Collection<?> values) {
      return values.stream().map(String::valueOf).toList();
    }
    String text = raw.toString().strip();
    if (text.isEmpty()) {
      return java.util.List.of();
    }
    try {
      return java.util.List.of(new com.fasterxml.jackson.databind.ObjectMapper().readValue(text, String[].class));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new FormInputException(key, label + " phải là danh sách mã cơ quan.");
    }
  }

  LocalDate date(String key, String label, boolean required) {
    Object raw = scope.getVariable(key);
    if (raw == null || (raw instanceof String text && text.isBlank())) {
      if (required) {
        throw new FormInputException(key, label + " là bắt buộc. Chưa có gì được thay đổi.");
      }
      return null;
    }
    if (raw instanceof Date date) {
      return date.toInstant().atZone(DeadlineSchedule.VIETNAM).toLocalDate();
    }
    try {
      String text = raw.toString().trim();
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new FormInputException(key, label + " phải là ngày dạng YYYY-MM-DD.");
    }
  }
}
