package vn.followup.item;

import java.util.Map;
import java.util.Optional;
import vn.followup.engine.Choice;

/**
 * Kết quả thẩm định: the office's decision on what an agency wrote (a response, a final report, a
 * periodic report's section). The single source of the values ({@link #name()}, stored in
 * {@code reviewDecision}, {@code finalReviewDecision} and {@code reportReviewDecision} and compared
 * by the models' gateways) and of their Vietnamese labels; forms and models are checked against it
 * by {@code FormsContractTest}.
 */
public enum ReviewDecision implements Choice {
  ACCEPT("Chấp nhận"),
  /** Back to the author, with a reason. */
  RETURN("Trả lại để hoàn thiện");

  private final String label;

  ReviewDecision(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** The decision stored as {@code value}; empty for null or any other text. */
  public static Optional<ReviewDecision> parse(Object value) {
    return Choice.parse(ReviewDecision.class, value);
  }

  /** Codes and labels, in order: the form's choices. */
  public static Map<String, String> choices() {
    return Choice.choices(ReviewDecision.class);
  }
}
