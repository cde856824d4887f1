package vn.followup.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.value.JsonValue;
import vn.followup.deadline.DeadlineSchedule;

/**
 * Reads what a form submitted and refuses what its {@link InputRule} does not allow, with a
 * Vietnamese message naming the field. The same checks as the form's own (FormsContractTest holds
 * the forms to the rules), repeated on the server because a REST client does not run the form.
 * The one reader of form input: task forms, start forms and the office's actions use it alike.
 */
public final class FormInput {

  /**
   * The patterns of fields that forms check too ({@link InputRule#matching}; the notice's fields in
   * {@code NoticeValidator}): a form's {@code validate.pattern} is exactly "^" + the pattern + "$"
   * (FormsContractTest).
   */
  public static final Pattern DOCUMENT_NUMBER = Pattern.compile("[0-9]{1,6}[a-zA-Z]?");
  public static final Pattern DOCUMENT_SYMBOL = Pattern.compile("[A-ZĐa-zđ0-9./&-]+");
  /** An item's number in its notice: 1, 2.1, 1.7.5 (at most five levels of at most three digits). */
  public static final Pattern ITEM_NUMBER = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){0,4}");
  /** A notice's id in the product (part of every item's business key). */
  public static final Pattern NOTICE_ID = Pattern.compile("[a-zA-Z0-9]+([._-][a-zA-Z0-9]+)*");
  /** Control characters other than line breaks and tabs: refused in every text anyone submits. */
  public static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

  private static final ObjectMapper JSON = new ObjectMapper();
  /** A day written as form-js submits it, read into its parts for the refusal of one that does not exist. */
  private static final Pattern ISO_DAY = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})(T|$)");

  private final VariableScope scope;
  private final String note;

  private FormInput(VariableScope scope, String note) {
    this.scope = scope;
    this.note = note;
  }

  public static FormInput of(VariableScope scope) {
    return new FormInput(scope, "");
  }

  /**
   * A reader whose refusals add a sentence (e.g. "Chưa có gì được thay đổi." for an action that
   * rolls back as a whole).
   */
  public static FormInput of(VariableScope scope, String refusalNote) {
    return new FormInput(scope, " " + refusalNote);
  }

  private FormInputException refused(String key, String message) {
    return new FormInputException(key, message + note);
  }

  /**
   * A text as submitted (spaces kept); null when not given. A required field refuses nothing but
   * spaces; a field with a pattern is taken without its surrounding spaces and must match it.
   */
  public String text(InputRule rule) {
    Object raw = scope.getVariable(rule.key());
    String value = raw == null ? null : checked(rule, asText(rule, raw));
    if (rule.mandatory() && (value == null || value.isBlank())) {
      throw refused(rule.key(), rule.label() + " là bắt buộc.");
    }
    return rule.pattern() == null || value == null || value.isBlank() ? value : matching(rule, value.trim());
  }

  /** Text without its surrounding spaces; null when nothing but spaces was given (refused when required). */
  public String strippedText(InputRule rule) {
    Object raw = scope.getVariable(rule.key());
    String value = raw == null ? "" : checked(rule, asText(rule, raw).strip());
    if (value.isEmpty()) {
      if (rule.mandatory()) {
        throw refused(rule.key(), rule.label() + " là bắt buộc.");
      }
      return null;
    }
    return rule.pattern() == null ? value : matching(rule, value);
  }

  private String asText(InputRule rule, Object raw) {
    if (!(raw instanceof String value)) {
      throw refused(rule.key(), rule.label() + " phải là văn bản.");
    }
    return value;
  }

  private String checked(InputRule rule, String value) {
    if (value.length() > rule.maxLength()) {
      throw refused(rule.key(), rule.label() + " dài tối đa " + rule.maxLength() + " ký tự (hiện có "
          + value.length() + ").");
    }
    if (CONTROL.matcher(value).find()) {
      throw refused(rule.key(), rule.label() + " chứa ký tự điều khiển không hợp lệ.");
    }
    return value;
  }

  private String matching(InputRule rule, String value) {
    if (!rule.pattern().matcher(value).matches()) {
      throw refused(rule.key(), rule.label() + " không đúng dạng (ví dụ: " + rule.example() + ").");
    }
    return value;
  }

  /**
   * A date as form-js submits it (YYYY-MM-DD, or the date part of an ISO date-time), or a Date
   * variable read in Vietnam time; null when empty (refused when required).
   */
  public LocalDate date(InputRule rule) {
    Object raw = scope.getVariable(rule.key());
    LocalDate date = null;
    if (raw instanceof Date value) {
      date = value.toInstant().atZone(DeadlineSchedule.VIETNAM).toLocalDate();
    } else if (raw != null && !(raw instanceof String s && s.isBlank())) {
      try {
        String text = raw.toString().trim();
        date = LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
      } catch (DateTimeParseException e) {
        // ISO dates are read strictly: 2027-02-31 is refused, never rolled over to March.
        java.util.regex.Matcher parts = ISO_DAY.matcher(raw.toString().trim());
        if (parts.lookingAt()) {
          throw refused(rule.key(), rule.label() + ": ngày " + parts.group(3) + "/" + parts.group(2) + "/"
              + parts.group(1) + " không có thật.");
        }
        throw refused(rule.key(), rule.label() + " phải là ngày dạng YYYY-MM-DD.");
      }
    }
    if (date == null && rule.mandatory()) {
      throw refused(rule.key(), rule.label() + " là bắt buộc.");
    }
    return date;
  }

  /** A required date on or before {@code latest} (today: a document cannot be dated later). */
  public LocalDate dateNotAfter(InputRule rule, LocalDate latest) {
    LocalDate date = date(rule.required());
    if (date.isAfter(latest)) {
      throw refused(rule.key(), rule.label() + " không được sau ngày hôm nay.");
    }
    return date;
  }

  /** One of the allowed codes; the map gives the Vietnamese label of each for the message. */
  public String choice(InputRule rule, Map<String, String> allowed) {
    Object raw = scope.getVariable(rule.key());
    if (!(raw instanceof String value) || !allowed.containsKey(value)) {
      throw refused(rule.key(), rule.label() + " phải là một trong: " + String.join(", ", allowed.values()) + ".");
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
    throw refused(key, "Giá trị đánh dấu không hợp lệ.");
  }

  /**
   * A multiple choice (form-js checklist or taglist): a JSON list as Tasklist sends it (a Json
   * variable or its text), a Java list, or nothing (an empty list).
   *
   * @param what what the list must be, for the refusal ("danh sách mã cơ quan")
   */
  public List<String> list(InputRule rule, String what) {
    String key = rule.key();
    String label = rule.label();
    TypedValue typed = scope.getVariableTyped(key);
    Object raw = typed == null ? null : typed.getValue();
    if (raw == null) {
      return List.of();
    }
    if (raw instanceof Collection<?> values) {
      return values.stream().map(String::valueOf).toList();
    }
    String text = typed instanceof JsonValue json && json.getValueSerialized() != null
        ? json.getValueSerialized() : raw.toString();
    if (text.isBlank()) {
      return List.of();
    }
    try {
      JsonNode list = JSON.readTree(text);
      if (list == null || !list.isArray()) {
        throw refused(key, label + " phải là " + what + ".");
      }
      List<String> values = new ArrayList<>();
      list.forEach(node -> values.add(node.asText()));
      return values;
    } catch (JsonProcessingException e) {
      throw refused(key, label + " phải là " + what + ".");
    }
  }
}
