package vn.followup.item;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Tình trạng thực hiện: how an agency reports the work of an item, in a response or a report
 * section. The single source of the values ({@link #name()}, stored in {@code implementationState}
 * and compared by the item model's gateway) and of their Vietnamese labels; forms and models are
 * checked against it by {@code FormsContractTest}.
 */
public enum ImplementationState {
  DONE("Đã hoàn thành"),
  IN_PROGRESS("Đang thực hiện"),
  CANNOT_DO("Không thể thực hiện");

  private final String label;

  ImplementationState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The state stored as {@code value}; empty for null or any other text. */
  public static Optional<ImplementationState> parse(Object value) {
    return Arrays.stream(values()).filter(state -> state.name().equals(value)).findFirst();
  }

  /** Codes and labels, in order: a form's choices, as {@code FormInput.choice} checks them and auditors read them. */
  public static Map<String, String> choices() {
    Map<String, String> choices = new LinkedHashMap<>();
    Arrays.stream(values()).forEach(state -> choices.put(state.name(), state.label));
    return choices;
  }
}
