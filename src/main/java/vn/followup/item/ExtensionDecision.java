package vn.followup.item;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The office's decision on an agency's request to extend a deadline. The single source of the
 * values ({@link #name()}, stored in {@code extensionDecision} and compared by the item model's
 * gateways) and of their Vietnamese labels; forms and models are checked against it by
 * {@code FormsContractTest}.
 */
public enum ExtensionDecision {
  APPROVE("Đồng ý gia hạn"),
  REFUSE("Không đồng ý");

  private final String label;

  ExtensionDecision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The decision stored as {@code value}; empty for null or any other text. */
  public static Optional<ExtensionDecision> parse(Object value) {
    return Arrays.stream(values()).filter(decision -> decision.name().equals(value)).findFirst();
  }

  /** Codes and labels, in order: a form's choices, as {@code FormInput.choice} checks them and auditors read them. */
  public static Map<String, String> choices() {
    Map<String, String> choices = new LinkedHashMap<>();
    Arrays.stream(values()).forEach(decision -> choices.put(decision.name(), decision.label));
    return choices;
  }
}
