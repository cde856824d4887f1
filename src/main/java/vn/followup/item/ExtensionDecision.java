package vn.followup.item;

import java.util.Map;
import java.util.Optional;
import vn.followup.engine.Choice;

/**
 * The office's decision on an agency's request to extend a deadline. The single source of the
 * values ({@link #name()}, stored in {@code extensionDecision} and compared by the item model's
 * gateways) and of their Vietnamese labels; forms and models are checked against it by
 * {@code FormsContractTest}.
 */
public enum ExtensionDecision implements Choice {
  APPROVE("Đồng ý gia hạn"),
  REFUSE("Không đồng ý");

  private final String label;

  ExtensionDecision(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** The decision stored as {@code value}; empty for null or any other text. */
  public static Optional<ExtensionDecision> parse(Object value) {
    return Choice.parse(ExtensionDecision.class, value);
  }

  /** Codes and labels, in order: the form's choices. */
  public static Map<String, String> choices() {
    return Choice.choices(ExtensionDecision.class);
  }
}
