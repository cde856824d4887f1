package vn.followup.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.followup.support.FastTest;

@FastTest
class WorkingCalendarTest {

  private static final String HEADER = "date,weekday,type,occasion,status\n";

  private final WorkingCalendar calendar = TestCalendars.shipped();

  @Test
  void ordinaryThursdayIsAWorkingDay() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2021, 12, 30))).isTrue();
  }

  @Test
  void compensatoryDayOffAndTetAreNotWorkingDays() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2022, 1, 3))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2022, 2, 1))).isFalse();
  }

  @Test
  void ordinaryWeekendIsNotAWorkingDay() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2022, 1, 8))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2022, 1, 9))).isFalse();
  }

  @Test
  void saturdaysWorkedToRepayASwapAreWorkingDays() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2024, 5, 4))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
  }

  @Test
  void fiveWorkingDaysBeforeThirtiethOfDecember2021IsTheTwentyThird() {
    assertThat(calendar.workingDaysBefore(LocalDate.of(2021, 12, 30), 5))
        .isEqualTo(LocalDate.of(2021, 12, 23));
  }

  @Test
  void zeroWorkingDaysBeforeIsTheDayItselfOrThePreviousWorkingDay() {
    assertThat(calendar.workingDaysBefore(LocalDate.of(2021, 12, 30), 0))
        .isEqualTo(LocalDate.of(2021, 12, 30));
    assertThat(calendar.workingDaysBefore(LocalDate.of(2022, 1, 3), 0))
        .isEqualTo(LocalDate.of(2021, 12, 31));
  }

  @Test
  void countingBackSkipsTheWholeTetHoliday2022() {
    // Tết 2022: Mon 31/01 to Fri 04/02 off; the working day before Mon 07/02 is Fri 28/01.
    assertThat(calendar.workingDaysBefore(LocalDate.of(2022, 2, 7), 1))
        .isEqualTo(LocalDate.of(2022, 1, 28));
    assertThat(calendar.workingDaysBefore(LocalDate.of(2022, 2, 8), 2))
        .isEqualTo(LocalDate.of(2022, 1, 28));
  }

  @Test
  void nextWorkingDayAfterTetEve2022IsTheMondayAfterTet() {
    assertThat(calendar.nextWorkingDayOnOrAfter(LocalDate.of(2022, 1, 29)))
        .isEqualTo(LocalDate.of(2022, 2, 7));
    assertThat(calendar.nextWorkingDayOnOrAfter(LocalDate.of(2021, 12, 30)))
        .isEqualTo(LocalDate.of(2021, 12, 30));
  }

  @Test
  void yearsAreThoseOfTheData() {
    assertThat(calendar.years()).containsExactly(2021, 2022, 2023, 2024, 2025, 2026, 2027);
  }

  @Test
  void laterSourceOverridesAndExtendsTheShippedOne() {
    WorkingCalendar corrected = TestCalendars.shipped(HEADER
        + "# Giỗ Tổ 2027 confirmed on another day, Tết 2027 announced\n"
        + "2027-04-16,Fri,working_day,not a day off after all,confirmed\n"
        + "2027-02-08,Mon,holiday,Tết Âm lịch,confirmed\n"
        + "2028-01-03,Mon,holiday,Tết Dương lịch,confirmed\n");

    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 4, 16))).isFalse();
    assertThat(corrected.isWorkingDay(LocalDate.of(2027, 4, 16))).isTrue();
    assertThat(corrected.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
    assertThat(corrected.years()).contains(2028);
  }

  @Test
  void malformedRowIsRefusedNamingSourceAndLine() {
    String csv = "# comment\n" + HEADER
        + "2022-01-03,Mon,compensatory_day_off,Tết Dương lịch,confirmed\n"
        + "2022-02-30,Wed,holiday,Tết Âm lịch,confirmed\n";

    assertThatThrownBy(() -> WorkingCalendar.fromSources(
        List.of(new WorkingCalendar.CsvSource("extra.csv", new StringReader(csv)))))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining("extra.csv")
        .hasMessageContaining("dòng 4")
        .hasMessageContaining("2022-02-30")
        .satisfies(e -> assertThat(((CalendarDataException) e).line()).isEqualTo(4));
  }

  @Test
  void unknownTypeWrongWeekdayAndMissingColumnsAreRefused() {
    assertThatThrownBy(() -> parse("2022-01-03,Mon,vacation,x,confirmed"))
        .hasMessageContaining("dòng 2").hasMessageContaining("loại ngày");
    assertThatThrownBy(() -> parse("2022-01-03,Tue,holiday,x,confirmed"))
        .hasMessageContaining("dòng 2").hasMessageContaining("Mon");
    assertThatThrownBy(() -> parse("2022-01-03,Mon,holiday"))
        .hasMessageContaining("dòng 2").hasMessageContaining("5 cột");
    assertThatThrownBy(() -> parse("2022-01-04,Tue,working_weekend,x,confirmed"))
        .hasMessageContaining("thứ Bảy hoặc Chủ nhật");
  }

  @Test
  void missingHeaderIsRefused() {
    assertThatThrownBy(() -> WorkingCalendar.fromCsv(
        List.of(new StringReader("2022-01-03,Mon,holiday,x,confirmed\n"))))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining("nguồn 1")
        .hasMessageContaining("dòng 1")
        .hasMessageContaining("tiêu đề");
  }

  @Test
  void negativeCountIsRejected() {
    assertThatThrownBy(() -> calendar.workingDaysBefore(LocalDate.of(2022, 1, 3), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static WorkingCalendar parse(String row) {
    return WorkingCalendar.fromCsv(List.of(new StringReader(HEADER + row + "\n")));
  }
}
