package vn.followup.engine;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One input of a form as the server checks it: the variable it submits, the label a refusal names
 * it by (the form's label, without a trailing example in brackets), whether it is required (when
 * the form shows it), its longest text and its pattern. The one definition of a form's rule:
 * {@link FormInput} applies it and {@code FormsContractTest} fails when a form's label, required
 * flag, maxLength or pattern differs from it.
 *
 * @param mandatory whether it must be given (when the form shows it)
 * @param maxLength the longest text accepted; 0 for dates, choices and lists (no text of its own)
 * @param pattern   the whole value must match it (the form's {@code validate.pattern} is "^" + it + "$"); null for none
 * @param example   a valid value, named in the refusal of one that does not match {@code pattern}
 * @param forms     the ids of the forms this rule is for, when forms ask the same variable with different
 *                  rules; empty for every form that asks it
 */
public record InputRule(String key, String label, boolean mandatory, int maxLength, Pattern pattern, String example,
    List<String> forms) {

  /** An optional text of at most {@code maxLength} characters, for the variable that declares it. */
  public static InputRule text(String label, int maxLength) {
    return text(null, label, maxLength);
  }

  /** An optional date, for the variable that declares it. */
  public static InputRule date(String label) {
    return date(null, label);
  }

  /** A required choice, for the variable that declares it. */
  public static InputRule choice(String label) {
    return choice(null, label);
  }

  /** An optional text of at most {@code maxLength} characters. */
  public static InputRule text(String key, String label, int maxLength) {
    return new InputRule(key, label, false, maxLength, null, null, List.of());
  }

  /** An optional date (form-js datetime, date only). */
  public static InputRule date(String key, String label) {
    return new InputRule(key, label, false, 0, null, null, List.of());
  }

  /** A required choice of a select or radio group. */
  public static InputRule choice(String key, String label) {
    return new InputRule(key, label, true, 0, null, null, List.of());
  }

  /** An optional multiple choice (checklist or taglist), for the variable that declares it. */
  public static InputRule list(String label) {
    return list(null, label);
  }

  /** An optional multiple choice (checklist or taglist). */
  public static InputRule list(String key, String label) {
    return new InputRule(key, label, false, 0, null, null, List.of());
  }

  /** The same input, required. */
  public InputRule required() {
    return new InputRule(key, label, true, maxLength, pattern, example, forms);
  }

  /** The same text input, whose whole value (spaces around it removed) must match {@code rule}. */
  public InputRule matching(Pattern rule, String validExample) {
    return new InputRule(key, label, mandatory, maxLength, rule, validExample, forms);
  }

  /**
   * The same rule for another variable ({@code ProcessVariable#asked}: the office's added item, asked
   * as the registration asks an item's row), for any form.
   */
  public InputRule as(String otherKey) {
    return new InputRule(otherKey, label, mandatory, maxLength, pattern, example, List.of());
  }

  /** The same input under another label (a form that asks it by more words: {@code rule.label() + " của Ban Thường vụ"}). */
  public InputRule labelled(String otherLabel) {
    return new InputRule(key, otherLabel, mandatory, maxLength, pattern, example, forms);
  }

  /** The same input, for these forms only (another field of the same key holds the other forms' rule). */
  public InputRule onlyIn(String... formIds) {
    return new InputRule(key, label, mandatory, maxLength, pattern, example, List.of(formIds));
  }
}
