package vn.followup.item;

import java.util.Date;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.deadline.DeadlineType;

/**
 * The deadline lines every item form shows, built from the item's variables, so that after an
 * extension the new date and the original one both appear.
 */
@Component
class DeadlineSummary {

  private final DeadlineSchedule schedule;

  DeadlineSummary(DeadlineSchedule schedule) {
    this.schedule = schedule;
  }

  String of(Function<String, Object> item) {
    StringBuilder text = new StringBuilder();
    line(text, DeadlineType.RESPONSE.label(), (Date) item.apply(Vars.RESPONSE_DUE_AT),
        (Date) item.apply(Vars.ORIGINAL_RESPONSE_DUE_AT), (String) item.apply(Vars.RESPONSE_DEADLINE_PHRASE));
    line(text, DeadlineType.COMPLETION.label(), (Date) item.apply(Vars.COMPLETION_DUE_AT),
        (Date) item.apply(Vars.ORIGINAL_COMPLETION_DUE_AT), (String) item.apply(Vars.COMPLETION_DEADLINE_PHRASE));
    if (Boolean.TRUE.equals(item.apply(Vars.URGENT))) {
      text.append("Yêu cầu khẩn trương (thông báo không ghi ngày cụ thể)\n");
    }
    if (Boolean.TRUE.equals(item.apply(Vars.ONGOING))) {
      text.append("Nhiệm vụ thường xuyên (không có thời hạn)\n");
    }
    return text.isEmpty() ? "Không có thời hạn" : text.toString().trim();
  }

  private String label(String what, Date due) {
    return what + ": " + schedule.endText(due);
  }

  private void line(StringBuilder text, String what, Date due, Date original, String phrase) {
    if (due == null) {
      return;
    }
    text.append(label(what, due));
    if (phrase != null) {
      text.append(" (\"").append(phrase).append("\")");
    }
    if (original != null && !original.equals(due)) {
      text.append(" — đã gia hạn; hạn ban đầu ").append(schedule.endText(original));
    }
    text.append('\n');
  }
}
