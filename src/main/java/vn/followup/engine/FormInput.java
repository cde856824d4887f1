package vn.followup.engine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads what a form submitted and refuses what the rules do not allow, with a Vietnamese message
 * naming the field. The same checks as the form's own, repeated on the server because a REST
 * client does not run the form.
 */
public final class FormInput {

  public static final Pattern DOCUMENT_NUMBER = Pattern.compile("[0-9]{1,6}[a-zA-Z]?");
  public static final Pattern DOCUMENT_SYMBOL = Pattern.compile("[A-ZĐa-zđ0-9./&-]{1,50}");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

  private final VariableScope scope;

  private FormInput(VariableScope scope) {
    this.scope = scope;
  }

  public static FormInput of(VariableScope scope) {
    return new FormInput(scope);
  }

  public String requiredText(String key, String label, int max) {
    String value = optionalText(key, label, max);
    if (value == null || value.isBlank()) {
      throw new FormInputException(key, label + " là bắt buộc.");
    }
    return value;
  }

  public String optionalText(String key, String label, int max) {
    Object raw = scope.getVariable(key);
    if (raw == null) {
      return null;
    }
    if (!(raw instanceof String value)) {
      throw new FormInputException(key, label + " phải là văn bản.");
    }
    if (value.length() > max) {
      throw new FormInputException(key, label + " dài tối đa " + max + " ký tự (hiện có " + value.length() + ").");
    }
    if (CONTROL.matcher(value).find()) {
      throw new FormInputException(key, label + " chứa ký tự điều khiển không hợp lệ.");
    }
    return value;
  }

  public String matching(String key, String label, Pattern pattern, String example) {
    String value = requiredText(key, label, 50).trim();
    if (!pattern.matcher(value).matches()) {
      throw new FormInputException(key, label + " không đúng dạng (ví dụ: " + example + ").");
    }
    return value;
  }

  public LocalDate requiredDate(String key, String label) {
    Object raw = scope.getVariable(key);
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      throw new FormInputException(key, label + " là bắt buộc.");
    }
    if (raw instanceof java.util.Date date) {
      return date.toInstant().atZone(vn.followup.deadline.DeadlineSchedule.VIETNAM).toLocalDate();
    }
    try {
      return LocalDate.parse(raw.toString().trim());
    } catch (DateTimeParseException e) {
      throw new FormInputException(key, label + " phải là ngày dạng YYYY-MM-DD.");
    }
  }

  public LocalDate dateNotAfter(String key, String label, LocalDate latest) {
    LocalDate date = requiredDate(key, label);
    if (date.isAfter(latest)) {
      throw new FormInputException(key, label + " không được sau ngày hôm nay.");
    }
    return date;
  }

  /** One of the allowed codes; the map gives the Vietnamese label of each for the message. */
  public String choice(String key, String label, Map<String, String> allowed) {
    Object raw = scope.getVariable(key);
    if (!(raw instanceof String value) || !allowed.containsKey(value)) {
      throw new FormInputException(key, label + " phải là một trong: " + String.join(", ", allowed.values()) + ".");
    }
    return value;
  }

  public boolean flag(String key) {
    Object raw = scope.getVariable(key);
    if (raw == null) {
      return false;
    }
    if (raw instanceof Boolean value) {
      return value;
    }
    throw new FormInputException(key, "Giá trị đánh dấu không hợp lệ.");
  }
}
