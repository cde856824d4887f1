package vn.followup.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.followup.support.FastTest;

/** The rule of "Sắp đến hạn": open in term, last day from the report's date to N days after it. */
@FastTest
class DueSoonTest {

  static final LocalDate AS_OF = LocalDate.of(2022, 1, 10);

  @ParameterizedTest(name = "{0}, last day {1} → {2}")
  @CsvSource({
      "OPEN_IN_TERM,  2022-01-10, true",
      "OPEN_IN_TERM,  2022-01-17, true",
      "OPEN_IN_TERM,  2022-01-18, false",
      "OPEN_EXTENDED, 2022-01-12, true",
      "OPEN_EXTENDED, 2022-02-12, false",
      "OPEN_OVERDUE,  2022-01-09, false",
      "DONE_ON_TIME,  2022-01-12, false",
      "DONE_LATE,     2022-01-12, false",
      "NO_DEADLINE,   2022-01-12, false",
      "STOPPED,       2022-01-12, false"})
  void countsOnlyOpenItemsInTermWhoseLastDayIsWithinTheNextSevenDays(Timeliness timeliness, LocalDate lastDay,
      boolean expected) {
    assertThat(DueSoon.DEFAULT.test(timeliness, lastDay, AS_OF)).isEqualTo(expected);
  }

  @Test
  void followsTheConfiguredNumberOfDaysAndRefusesANegativeOne() {
    DueSoon threeDays = new DueSoon(3);

    assertThat(threeDays.test(Timeliness.OPEN_IN_TERM, AS_OF.plusDays(3), AS_OF)).isTrue();
    assertThat(threeDays.test(Timeliness.OPEN_IN_TERM, AS_OF.plusDays(4), AS_OF)).isFalse();
    assertThat(new DueSoon(0).test(Timeliness.OPEN_IN_TERM, AS_OF, AS_OF)).isTrue();
    assertThat(DueSoon.DEFAULT.test(Timeliness.OPEN_IN_TERM, null, AS_OF)).isFalse();
    assertThatThrownBy(() -> new DueSoon(-1)).hasMessageContaining("followup.report.due-soon-days");
  }
}
