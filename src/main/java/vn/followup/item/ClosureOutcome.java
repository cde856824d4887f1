package vn.followup.item;

import java.util.Map;
import java.util.Optional;
import vn.followup.engine.Choice;

/**
 * Đánh giá kết quả thực hiện: the graded outcome an item is closed with. The single source of the
 * values ({@link #name()}, stored in {@code closureOutcome} and {@code suggestedOutcome}) and of
 * their Vietnamese labels, as the close-item form offers them, the status report shows them and the
 * audit trail reads them; the form is checked against it by {@code FormsContractTest}.
 */
public enum ClosureOutcome implements Choice {
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

  @Override
  public String label() {
    return label;
  }

  /** The outcome stored as {@code value}; empty for null or any other text. */
  public static Optional<ClosureOutcome> parse(Object value) {
    return Choice.parse(ClosureOutcome.class, value);
  }

  /** Codes and labels, in order: the form's choices. */
  public static Map<String, String> choices() {
    return Choice.choices(ClosureOutcome.class);
  }
}
