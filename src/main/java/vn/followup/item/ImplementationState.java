package vn.followup.item;

import java.util.Map;
import java.util.Optional;
import vn.followup.engine.Choice;

/**
 * Tình trạng thực hiện: how an agency reports the work of an item, in a response or a report
 * section. The single source of the values ({@link #name()}, stored in {@code implementationState}
 * and compared by the item model's gateway) and of their Vietnamese labels; forms and models are
 * checked against it by {@code FormsContractTest}.
 */
public enum ImplementationState implements Choice {
  DONE("Đã hoàn thành"),
  IN_PROGRESS("Đang thực hiện"),
  CANNOT_DO("Không thể thực hiện");

  private final String label;

  ImplementationState(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** The state stored as {@code value}; empty for null or any other text. */
  public static Optional<ImplementationState> parse(Object value) {
    return Choice.parse(ImplementationState.class, value);
  }

  /** Codes and labels, in order: the form's choices. */
  public static Map<String, String> choices() {
    return Choice.choices(ImplementationState.class);
  }
}
