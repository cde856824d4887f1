package vn.followup.tasklist;

import java.util.ArrayList;
import java.util.List;

/**
 * What a task says about itself in Tasklist: its step, the item's number and the first words of the
 * item's text as its name ("Tiếp nhận nội dung 2.1.3 — Nghiên cứu hỗ trợ, đầu tư cải tạo…"), and the
 * notice and the deadline as its description. The same for every role, since it is stored on the task.
 */
final class TaskTitles {

  /** Characters of the item's text kept in a task's name; the engine's column holds 255. */
  static final int WORDS_LENGTH = 60;
  static final String ELLIPSIS = "…";
  static final String DASH = " — ";

  private TaskTitles() {
  }

  /**
   * The task's name: the step's name with the item's number and the first words of its text; a
   * notice's task (no item) names the notice.
   */
  static String name(String stepName, String itemNumber, String itemText, String noticeLabel) {
    String step = stepName == null ? "" : stepName.strip();
    if (present(itemNumber)) {
      String name = step + " " + itemNumber.strip();
      return present(itemText) ? name + DASH + firstWords(itemText, WORDS_LENGTH) : name;
    }
    return present(noticeLabel) ? step + DASH + firstWords(noticeLabel, WORDS_LENGTH) : step;
  }

  /** The task's description: the notice and the deadline, one per line; null when neither is known. */
  static String description(String noticeLabel, String deadline) {
    List<String> lines = new ArrayList<>();
    if (present(noticeLabel)) {
      lines.add("Thông báo: " + noticeLabel.strip());
    }
    if (present(deadline)) {
      lines.add("Thời hạn: " + deadline.strip());
    }
    return lines.isEmpty() ? null : String.join("\n", lines);
  }

  /** The text cut at a word boundary to at most {@code length} characters, with "…" when cut. */
  static String firstWords(String text, int length) {
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.length() <= length) {
      return flat;
    }
    String cut = flat.substring(0, length);
    int space = cut.lastIndexOf(' ');
    if (space > length / 2) {
      cut = cut.substring(0, space);
    }
    return cut.replaceAll("[\\s,;:.–-]+$", "") + ELLIPSIS;
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
