package vn.followup.deadline;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which deadline of an item a phrase, a watch or a change binds: the written response, or the work
 * itself. The single source of the values ({@link #name()}, stored in the {@code deadlineType}
 * variable, set by the item model's call activities and chosen in the office's deadline-change
 * form) and of their Vietnamese labels; forms and models are checked against it by
 * {@code FormsContractTest}.
 */
public enum DeadlineType {
  /** The written response (văn bản trả lời) is due. */
  RESPONSE("Hạn trả lời bằng văn bản", "Trả lời"),
  /** The work itself is due. */
  COMPLETION("Hạn hoàn thành", "Hoàn thành");

  private final String label;
  private final String reportLabel;

  DeadlineType(String label, String reportLabel) {
    this.label = label;
    this.reportLabel = reportLabel;
  }

  /** "Hạn trả lời bằng văn bản": as a form option, a heading or at the start of a line. */
  public String label() {
    return label;
  }

  /** "hạn trả lời bằng văn bản": the label inside a sentence. */
  public String inSentence() {
    return Character.toLowerCase(label.charAt(0)) + label.substring(1);
  }

  /** "Trả lời": the short value of the status report's "Loại hạn" column. */
  public String reportLabel() {
    return reportLabel;
  }

  /** The type stored as {@code value}; empty for null or any other text. */
  public static Optional<DeadlineType> parse(String value) {
    return Arrays.stream(values()).filter(type -> type.name().equals(value)).findFirst();
  }

  /** "Hạn trả lời bằng văn bản, Hạn hoàn thành": the choices, for an error message. */
  public static String labels() {
    return Arrays.stream(values()).map(DeadlineType::label).collect(Collectors.joining(", "));
  }
}
