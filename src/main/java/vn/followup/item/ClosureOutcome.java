package vn.followup.item;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Đánh giá kết quả thực hiện: the graded outcome an item is closed with. The single source of the
 * values ({@link #name()}, stored in {@code closureOutcome} and {@code suggestedOutcome}) and of
 * their Vietnamese labels, as the close-item form offers them, the status report shows them and the
 * audit trail reads them; the form is checked against it by {@code FormsContractTest}.
 */
public enum ClosureOutcome {
  COMPLETED_ON_TIME("Hoàn thành đúng hạn"),
  COMPLETED_LATE("Hoàn thành quá hạn"),
  PARTLY_COMPLETED("Hoàn thành một phần"),
  NOT_COMPLETED("Không hoàn thành"),
  /** The office decided to stop following the item (dừng thực hiện). */
  STOPPED("Dừng thực hiện");

  private final String label;

  ClosureOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The outcome stored as {@code value}; empty for null or any other text. */
  public static Optional<ClosureOutcome> parse(Object value) {
    return Arrays.stream(values()).filter(outcome -> outcome.name().equals(value)).findFirst();
  }

  /** Codes and labels, in order: a form's choices, as {@code FormInput.choice} checks them and auditors read them. */
  public static Map<String, String> choices() {
    Map<String, String> choices = new LinkedHashMap<>();
    Arrays.stream(values()).forEach(outcome -> choices.put(outcome.name(), outcome.label));
    return choices;
  }
}
