package vn.followup.engine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A choice a user makes or reads, stored by its code ({@link #name()}) and shown by its Vietnamese
 * label: the enums of decisions, states and outcomes implement it, so reading a stored code and
 * listing a form's choices is written once.
 */
public interface Choice {

  String name();

  String label();

  /** The constant stored as {@code value}; empty for null or any other text. */
  static <E extends Enum<E> & Choice> Optional<E> parse(Class<E> type, Object value) {
    return Arrays.stream(type.getEnumConstants()).filter(choice -> choice.name().equals(value)).findFirst();
  }

  /** Codes and labels, in order: a form's choices, as {@code FormInput.choice} checks them and auditors read them. */
  static <E extends Enum<E> & Choice> Map<String, String> choices(Class<E> type) {
    Map<String, String> choices = new LinkedHashMap<>();
    Arrays.stream(type.getEnumConstants()).forEach(choice -> choices.put(choice.name(), choice.label()));
    return choices;
  }
}
