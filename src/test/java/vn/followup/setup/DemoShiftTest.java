package vn.followup.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.followup.deadline.DeadlineKind;
import vn.followup.deadline.DeadlineReader;
import vn.followup.deadline.DeadlineSettings;
import vn.followup.deadline.WorkingCalendar;
import vn.followup.notice.NoticeDocument;

/** The demo moves its own notice's deadlines before registering it (no Spring, no database). */
@Tag("fast")
class DemoShiftTest {

  private static final DeadlineReader READER = new DeadlineReader(WorkingCalendar.fromCsv(
      List.of(new InputStreamReader(Objects.requireNonNull(DemoShiftTest.class.getClassLoader()
          .getResourceAsStream("calendar/vn-days-off.csv")), StandardCharsets.UTF_8))), DeadlineSettings.defaults());

  @Test
  void movesEveryDatedDeadlineByTheDaysAndKeepsTheUndatedOnes() {
    NoticeDocument seed = DemoNotice.load();
    NoticeDocument moved = new DemoShift(READER).apply(seed, 1840);
    for (int i = 0; i < seed.items().size(); i++) {
      for (int d = 0; d < seed.items().get(i).deadlines().size(); d++) {
        String before = seed.items().get(i).deadlines().get(d).phrase();
        String after = moved.items().get(i).deadlines().get(d).phrase();
        var original = READER.read(before).deadlines();
        if (original.size() == 1 && original.get(0).kind() == DeadlineKind.DATED) {
          assertThat(READER.read(after).deadlines()).as(before).singleElement()
              .extracting(deadline -> deadline.lastDay()).isEqualTo(original.get(0).lastDay().plusDays(1840));
        } else {
          assertThat(after).isEqualTo(before);
        }
      }
    }
    assertThat(moved.items().stream().filter(item -> item.number().equals("2.1.1")).findFirst().orElseThrow()
        .deadlines().get(0).phrase()).isEqualTo("hạn cuối 13/01/2027");
    assertThat(moved.reports().get(0).phrase()).isEqualTo("báo cáo 6 tháng, 01 năm của cấp ủy trong năm 2027");
    assertThat(moved.remarks()).hasSize(seed.remarks().size() + 1).last().asString()
        .contains("dời 1840 ngày", "\"xong trước 30/12/2021\"");
  }

  @Test
  void leavesTheDocumentAsPrintedWhenNotMoved() {
    NoticeDocument seed = DemoNotice.load();
    assertThat(new DemoShift(READER).apply(seed, 0)).isSameAs(seed);
  }
}
