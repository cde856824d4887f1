package vn.followup.item;

import java.util.Date;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.deadline.DeadlineType;

/**
 * The deadline lines every item form shows, built from the item's variables, so that after an
 * extension the new date and the original one both appear.
 */
@Component
public class DeadlineSummary {

  static final String EXTENDED = "đã gia hạn";
  static final String CHANGED_BY_BOARD = "đã thay đổi theo quyết định của Ban Thường vụ";

  private final DeadlineSchedule schedule;

  DeadlineSummary(DeadlineSchedule schedule) {
    this.schedule = schedule;
  }

  /**
   * The item's card after one of its deadlines changed: the deadline's rule tells the change, the
   * summary shows the new date beside the original.
   *
   * @param item   the item's variables, the new deadline already among them
   * @param change how the rule reads the change ("gia hạn đến …")
   */
  public ItemCard afterChange(Map<String, ?> item, boolean response, String change) {
    ItemCard card = ItemProcess.Values.ITEM.from(item);
    String rule = response ? card.responseDueRule() : card.completionDueRule();
    return card.withDeadlineChange(response, rule + "; " + change,
        of(item, card.responseDeadlinePhrase(), card.completionDeadlinePhrase()));
  }

  /** The summary of an item's variables and the notice's words for its two deadlines. */
  String of(Map<String, ?> item, String responsePhrase, String completionPhrase) {
    StringBuilder text = new StringBuilder();
    // An approved extension is "gia hạn"; a date the Standing Board set by its decision is not.
    String moved = Boolean.TRUE.equals(ItemProcess.Values.EXTENDED.from(item)) ? EXTENDED : CHANGED_BY_BOARD;
    line(text, DeadlineType.RESPONSE.label(), ItemProcess.Values.RESPONSE_DUE_AT.from(item),
        ItemProcess.Values.ORIGINAL_RESPONSE_DUE_AT.from(item), responsePhrase, moved);
    line(text, DeadlineType.COMPLETION.label(), ItemProcess.Values.COMPLETION_DUE_AT.from(item),
        ItemProcess.Values.ORIGINAL_COMPLETION_DUE_AT.from(item), completionPhrase, moved);
    if (Boolean.TRUE.equals(ItemProcess.Values.URGENT.from(item))) {
      text.append("Yêu cầu khẩn trương (thông báo không ghi ngày cụ thể)\n");
    }
    if (Boolean.TRUE.equals(ItemProcess.Values.ONGOING.from(item))) {
      text.append("Nhiệm vụ thường xuyên (không có thời hạn)\n");
    }
    return text.isEmpty() ? "Không có thời hạn" : text.toString().trim();
  }

  private String label(String what, Date due) {
    return what + ": " + schedule.endText(due);
  }

  private void line(StringBuilder text, String what, Date due, Date original, String phrase, String moved) {
    if (due == null) {
      return;
    }
    text.append(label(what, due));
    if (phrase != null) {
      text.append(" (\"").append(phrase).append("\")");
    }
    if (original != null && !original.equals(due)) {
      text.append(" — ").append(moved).append("; hạn ban đầu ").append(schedule.endText(original));
    }
    text.append('\n');
  }
}
