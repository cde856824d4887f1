package vn.followup.item;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Kết quả thẩm định: the office's decision on what an agency wrote (a response, a final report, a
 * periodic report's section). The single source of the values ({@link #name()}, stored in
 * {@code reviewDecision}, {@code finalReviewDecision} and {@code reportReviewDecision} and compared
 * by the models' gateways) and of their Vietnamese labels; forms and models are checked against it
 * by {@code FormsContractTest}.
 */
public enum ReviewDecision {
  ACCEPT("Chấp nhận"),
  /** Back to the author, with a reason. */
  RETURN("Trả lại để hoàn thiện");

  private final String label;

  ReviewDecision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The decision stored as {@code value}; empty for null or any other text. */
  public static Optional<ReviewDecision> parse(Object value) {
    return Arrays.stream(values()).filter(decision -> decision.name().equals(value)).findFirst();
  }

  /** Codes and labels, in order: a form's choices, as {@code FormInput.choice} checks them and auditors read them. */
  public static Map<String, String> choices() {
    Map<String, String> choices = new LinkedHashMap<>();
    Arrays.stream(values()).forEach(decision -> choices.put(decision.name(), decision.label));
    return choices;
  }
}
