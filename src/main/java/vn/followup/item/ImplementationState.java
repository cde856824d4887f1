package vn.followup.item;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Tình trạng thực hiện: how an agency reports the work of an item, in a response or a report section. */
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

  /** Codes and labels, in order, as a form's choices are checked. */
  public static Map<String, String> choices() {
    Map<String, String> choices = new LinkedHashMap<>();
    Arrays.stream(values()).forEach(state -> choices.put(state.name(), state.label));
    return choices;
  }
}
