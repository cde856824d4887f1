package vn.followup.item;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.followup.support.ShippedCalendar.endOf;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.followup.deadline.DeadlineType;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.support.FastTest;
import vn.followup.support.ShippedCalendar;

/**
 * The deadline lines of every item form: each deadline as its last day with the notice's words, a
 * moved deadline beside its original date, and the marks of an urgent or ongoing item.
 */
@FastTest
class DeadlineSummaryTest {

  private final DeadlineSummary summary = new DeadlineSummary(ShippedCalendar.schedule());
  private final Map<String, Object> item = new HashMap<>();

  @Test
  void eachDeadlineShowsItsLastDayAndTheNoticesWords() {
    item.put(Vars.RESPONSE_DUE_AT, endOf("2021-12-30"));
    item.put(Vars.COMPLETION_DUE_AT, endOf("2022-06-30"));
    assertThat(summary.of(item, "trước ngày 31/12/2021", "trong quý II năm 2022")).isEqualTo(
        DeadlineType.RESPONSE.label() + ": hết ngày 30/12/2021 (\"trước ngày 31/12/2021\")\n"
            + DeadlineType.COMPLETION.label() + ": hết ngày 30/06/2022 (\"trong quý II năm 2022\")");
  }

  @Test
  void anExtendedDeadlineShowsTheNewDateBesideTheOriginal() {
    item.put(Vars.RESPONSE_DUE_AT, endOf("2022-01-14"));
    item.put(Vars.ORIGINAL_RESPONSE_DUE_AT, endOf("2021-12-30"));
    item.put(Vars.EXTENDED, true);
    assertThat(summary.of(item, null, null)).isEqualTo(DeadlineType.RESPONSE.label()
        + ": hết ngày 14/01/2022 — " + DeadlineSummary.EXTENDED + "; hạn ban đầu hết ngày 30/12/2021");
  }

  @Test
  void aDateTheStandingBoardMovedIsNotCalledAnExtension() {
    item.put(Vars.COMPLETION_DUE_AT, endOf("2022-09-30"));
    item.put(Vars.ORIGINAL_COMPLETION_DUE_AT, endOf("2022-06-30"));
    assertThat(summary.of(item, null, null)).contains(DeadlineSummary.CHANGED_BY_BOARD)
        .doesNotContain(DeadlineSummary.EXTENDED);
  }

  @Test
  void anUnchangedOriginalDateIsNotRepeated() {
    item.put(Vars.RESPONSE_DUE_AT, endOf("2021-12-30"));
    item.put(Vars.ORIGINAL_RESPONSE_DUE_AT, endOf("2021-12-30"));
    assertThat(summary.of(item, null, null)).isEqualTo(DeadlineType.RESPONSE.label() + ": hết ngày 30/12/2021");
  }

  @Test
  void anUrgentOrOngoingItemSaysSoAndAnItemWithoutAnyDeadlineSaysThat() {
    assertThat(summary.of(item, null, null)).isEqualTo("Không có thời hạn");
    item.put(Vars.URGENT, true);
    assertThat(summary.of(item, null, null)).isEqualTo("Yêu cầu khẩn trương (thông báo không ghi ngày cụ thể)");
    item.remove(Vars.URGENT);
    item.put(Vars.ONGOING, true);
    assertThat(summary.of(item, null, null)).isEqualTo("Nhiệm vụ thường xuyên (không có thời hạn)");
  }
}
