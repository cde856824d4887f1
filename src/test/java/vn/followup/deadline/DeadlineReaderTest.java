package vn.followup.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.followup.support.FastTest;

@FastTest
class DeadlineReaderTest {

  private static final WorkingCalendar CALENDAR = TestCalendars.shipped();

  private final DeadlineReader usual = new DeadlineReader(CALENDAR, DeadlineSettings.defaults());

  @ParameterizedTest(name = "\"{0}\" → {1} {2}")
  @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
      xong trước 30/12/2021|BEFORE_DATE|2021-12-30
      giải quyết xong trong quý I năm 2022|QUARTER_END|2022-03-31
      hoàn thành dứt điểm trong quý III năm 2022|QUARTER_END|2022-09-30
      phấn đấu hoàn thành dứt điểm trong quý III năm 2022.|QUARTER_END|2022-09-30
      hoàn thành xong trước tháng 9 năm 2022|BEFORE_MONTH|2022-08-31
      khẩn trương|URGENT|
      thường xuyên|ONGOING|
      trong tháng 2 năm 2024|IN_MONTH|2024-02-29
      trong tháng 2 năm 2023|IN_MONTH|2023-02-28
      trước ngày 29/02/2024|BEFORE_DATE|2024-02-29
      trước tháng 1 năm 2023|BEFORE_MONTH|2022-12-31
      truoc thang 9 nam 2022|BEFORE_MONTH|2022-08-31
      trong quy III nam 2022|QUARTER_END|2022-09-30
        TRONG   Quý  iv   NĂM 2022 |QUARTER_END|2022-12-31
      HOÀN THÀNH TRONG QUÝ I NĂM 2022|QUARTER_END|2022-03-31
      quý III/2022|QUARTER_END|2022-09-30
      quý 2 năm 2023|QUARTER_END|2023-06-30
      hoàn thành trong quý 4/2023|QUARTER_END|2023-12-31
      hoàn thành dứt điểm trong quý I, năm 2025|QUARTER_END|2025-03-31
      chậm nhất ngày 15/01/2022|EXACT_DATE|2022-01-15
      chậm nhất 5/1/2022|EXACT_DATE|2022-01-05
      ngày 30/12/2021|EXACT_DATE|2021-12-30
      30-12-2021|EXACT_DATE|2021-12-30
      30.12.2021|EXACT_DATE|2021-12-30
      đến hết ngày 31/3/2022|EXACT_DATE|2022-03-31
      hoàn thành trước ngày 30 tháng 12 năm 2021|BEFORE_DATE|2021-12-30
      xong truoc ngay 1/1/2022|BEFORE_DATE|2022-01-01
      Xong Trước  30 / 12 / 2021|BEFORE_DATE|2021-12-30
      ngày 31 tháng 12 năm 2022|EXACT_DATE|2022-12-31
      trước tháng 9/2022|BEFORE_MONTH|2022-08-31
      trước tháng 3 năm 2024|BEFORE_MONTH|2024-02-29
      trong tháng 12 năm 2022|IN_MONTH|2022-12-31
      cuối tháng 4 năm 2022|IN_MONTH|2022-04-30
      giữa tháng 5 năm 2022|MID_MONTH|2022-05-15
      6 tháng đầu năm 2022|FIRST_HALF|2022-06-30
      giữa năm 2022|MID_YEAR|2022-06-30
      cuối năm 2022|YEAR_END|2022-12-31
      cuoi nam 2024|YEAR_END|2024-12-31
      năm 2022|YEAR|2022-12-31
      hoàn thành chỉ tiêu tuyên truyền năm 2022|YEAR|2022-12-31
      trong năm 2023|YEAR|2023-12-31
      trước năm 2023|BEFORE_YEAR|2022-12-31
      kịp thời|URGENT|
      thực hiện ngay|URGENT|
      giải quyết sớm|URGENT|
      KHAN TRUONG|URGENT|
      sớm nhất có thể|URGENT|
      Thường Xuyên huy động cán bộ Nhân dân|ONGOING|
      hằng năm|ONGOING|
      trước ngày 20 tháng 10 năm 2024|BEFORE_DATE|2024-10-20
      trước ngày 01 tháng 11 năm 2018|BEFORE_DATE|2018-11-01
      hoàn thành trước ngày 31/12/2026|BEFORE_DATE|2026-12-31
      trước ngày 05/10/2026|BEFORE_DATE|2026-10-05
      trong tháng 5 năm 2011|IN_MONTH|2011-05-31
      trong tháng 6 năm2011|IN_MONTH|2011-06-30
      trong quý II/2024|QUARTER_END|2024-06-30
      trong quý II năm 2024|QUARTER_END|2024-06-30
      trong kế hoạch các năm 2009 và 2010|YEAR_SPAN|2010-12-31
      Định kỳ hằng quý|PERIODIC|
      định kỳ 6 tháng|PERIODIC|
      """)
  void readsPhrase(String phrase, String rule, LocalDate lastDay) {
    DeadlineReading reading = usual.read(phrase);

    assertThat(reading.isRead()).as(reading.refusal()).isTrue();
    assertThat(reading.refusal()).isNull();
    assertThat(reading.deadlines()).hasSize(1);
    Deadline deadline = reading.deadlines().get(0);
    assertThat(deadline.phrase()).isEqualTo(phrase);
    assertThat(deadline.rule()).isEqualTo(rule);
    assertThat(deadline.lastDay()).isEqualTo(lastDay);
    assertThat(deadline.explanation()).isNotBlank();
    if (lastDay == null) {
      assertThat(deadline.kind()).isIn(DeadlineKind.ONGOING, DeadlineKind.URGENT);
      assertThat(deadline.dueAt()).isNull();
    } else {
      assertThat(deadline.kind()).isEqualTo(DeadlineKind.DATED);
      assertThat(deadline.dueAt())
          .isEqualTo(lastDay.plusDays(1).atStartOfDay(DeadlineSchedule.VIETNAM).toInstant());
      assertThat(deadline.rolledToWorkingDay()).isFalse();
    }
    assertThat(deadline.reading()).isEqualTo(
        rule.equals("BEFORE_DATE") ? BeforeDateReading.USUAL : null);
    assertThat(deadline.confidence()).isBetween(0.0, 1.0);
  }

  @ParameterizedTest(name = "\"{0}\" is refused: {1}")
  @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
      |trống
         |trống
      quý V năm 2022|Quý V không tồn tại
      quý 0 năm 2022|Quý 0 không tồn tại
      trong tháng 13 năm 2022|Tháng 13 không tồn tại
      31/02/2022|Ngày 31/2/2022 không tồn tại
      ngày 32/12/2022|không tồn tại
      trước ngày 29/02/2023|Ngày 29/2/2023 không tồn tại
      trong quý I|thiếu năm
      trong tháng 5|thiếu năm
      trước 30/12|thiếu năm
      giữa năm|thiếu năm
      cuối năm nay|thiếu năm
      báo cáo 6 tháng, 01 năm của cấp ủy|thiếu năm
      trong 30 ngày|mốc
      đầu quý II năm 2022|đầu
      lorem ipsum dolor|Không nhận ra
      theo kế hoạch|Không nhận ra
      """)
  void refusesPhraseWithReason(String phrase, String reason) {
    DeadlineReading reading = usual.read(phrase);

    assertThat(reading.isRead()).isFalse();
    assertThat(reading.deadlines()).isEmpty();
    assertThat(reading.refusal()).containsIgnoringCase(reason);
  }

  @Test
  void refusesNull() {
    assertThat(usual.read(null).refusal()).contains("trống");
  }

  @Test
  void seedBeforeDateUsualEndsAtMidnightVietnamOfTheNamedDay() {
    Deadline deadline = usual.read("xong trước 30/12/2021").deadlines().get(0);

    assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2021, 12, 30));
    assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2021-12-30T17:00:00Z"));
    assertThat(deadline.reading()).isEqualTo(BeforeDateReading.USUAL);
    assertThat(deadline.confidence()).isEqualTo(0.9);
  }

  @Test
  void seedBeforeDateStrictEndsTheDayBefore() {
    DeadlineReader strict = new DeadlineReader(CALENDAR,
        new DeadlineSettings(BeforeDateReading.STRICT, false, null, null, 0, 0));

    Deadline deadline = strict.read("xong trước 30/12/2021").deadlines().get(0);

    assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2021, 12, 29));
    assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2021-12-29T17:00:00Z"));
    assertThat(deadline.reading()).isEqualTo(BeforeDateReading.STRICT);
    assertThat(deadline.explanation()).contains("chặt");
    assertThat(strict.read("chậm nhất ngày 30/12/2021").deadlines().get(0).lastDay())
        .as("strict reading applies to \"trước\" only")
        .isEqualTo(LocalDate.of(2021, 12, 30));
  }

  @Test
  void quarterExplanationCitesTheCivilCode() {
    Deadline deadline = usual.read("giải quyết xong trong quý I năm 2022").deadlines().get(0);

    assertThat(deadline.explanation()).isEqualTo(
        "Quý I năm 2022 kết thúc ngày 31/03/2022; hạn hết 24:00 ngày đó (BLDS 2015, Điều 147–148)");
    assertThat(deadline.confidence()).isEqualTo(1.0);
  }

  @ParameterizedTest(name = "\"{0}\" → two report deadlines")
  @CsvSource(delimiter = '|', textBlock = """
      báo cáo 6 tháng, 01 năm của cấp ủy trong năm 2022|2022
      Bao cao 6 thang, 01 nam cua cap uy trong nam 2022|2022
      sơ kết 6 tháng, tổng kết năm 2023|2023
      báo cáo sơ kết 6 tháng và cả năm 2024|2024
      """)
  void periodicReportPhraseGivesSixMonthAndAnnualDeadlines(String phrase, int year) {
    List<Deadline> deadlines = usual.read(phrase).deadlines();

    assertThat(deadlines).extracting(Deadline::rule)
        .containsExactly("REPORT_6_MONTHS", "REPORT_ANNUAL");
    assertThat(deadlines).extracting(Deadline::lastDay)
        .containsExactly(LocalDate.of(year, 6, 30), LocalDate.of(year, 12, 31));
    assertThat(deadlines).allSatisfy(d -> {
      assertThat(d.kind()).isEqualTo(DeadlineKind.DATED);
      assertThat(d.confidence()).isLessThan(1.0);
    });
  }

  @Test
  void annualReportAloneGivesOneDeadline() {
    assertThat(usual.read("tổng kết năm 2022").deadlines())
        .extracting(Deadline::rule, Deadline::lastDay)
        .containsExactly(tuple("REPORT_ANNUAL", LocalDate.of(2022, 12, 31)));
  }

  @Test
  void yearScopedTargetHasLowerConfidenceThanAQuarter() {
    double year = usual.read("năm 2022").deadlines().get(0).confidence();
    double quarter = usual.read("trong quý I năm 2022").deadlines().get(0).confidence();

    assertThat(year).isEqualTo(0.7);
    assertThat(quarter).isEqualTo(1.0);
  }

  @Test
  void explicitDateWinsOverUrgencyWord() {
    Deadline deadline = usual.read("khẩn trương, xong trước 30/12/2021").deadlines().get(0);

    assertThat(deadline.kind()).isEqualTo(DeadlineKind.DATED);
    assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2021, 12, 30));
  }

  @Test
  void withRollingOnASundayLastDayMovesToMondayAndIsRecorded() {
    DeadlineReader rolling = new DeadlineReader(CALENDAR,
        new DeadlineSettings(null, true, null, null, 0, 0));

    Deadline deadline = rolling.read("trong quý II năm 2024").deadlines().get(0);

    assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2024, 7, 1));
    assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2024-07-01T17:00:00Z"));
    assertThat(deadline.rolledToWorkingDay()).isTrue();
    assertThat(deadline.explanation()).contains("30/06/2024").contains("01/07/2024");
  }

  @Test
  void withRollingASundayBeforeNewYearHolidayMovesPastTheHoliday() {
    DeadlineReader rolling = new DeadlineReader(CALENDAR,
        new DeadlineSettings(null, true, null, null, 0, 0));

    Deadline deadline = rolling.read("cuối năm 2023").deadlines().get(0);

    assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2024, 1, 2));
    assertThat(deadline.rolledToWorkingDay()).isTrue();
  }

  @Test
  void withRollingAWorkingLastDayStays() {
    DeadlineReader rolling = new DeadlineReader(CALENDAR,
        new DeadlineSettings(null, true, List.of(5, 1), LocalTime.of(8, 0), 5, 10));

    Deadline deadline = rolling.read("xong trước 30/12/2021").deadlines().get(0);

    assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2021, 12, 30));
    assertThat(deadline.rolledToWorkingDay()).isFalse();
  }

  @Test
  void withoutRollingASundayLastDayStays() {
    Deadline deadline = usual.read("trong quý II năm 2024").deadlines().get(0);

    assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(deadline.rolledToWorkingDay()).isFalse();
  }

  @Test
  void phraseWithoutDiacriticsReadsLikeTheOriginal() {
    assertThat(DeadlineReader.normalise("  Hoàn THÀNH   dứt điểm\u00A0trong Quý III  NĂM 2022. "))
        .isEqualTo("hoan thanh dut diem trong quy iii nam 2022");
    Deadline plain = usual.read("HOAN THANH DUT DIEM TRONG QUY III NAM 2022").deadlines().get(0);
    Deadline accented = usual.read("hoàn thành dứt điểm trong quý III năm 2022").deadlines().get(0);

    assertThat(plain).usingRecursiveComparison().ignoringFields("phrase").isEqualTo(accented);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      trước 30/6|BEFORE_DATE+DOCUMENT_YEAR|2024-06-30
      xong trước ngày 15/7|BEFORE_DATE+DOCUMENT_YEAR|2024-07-15
      chậm nhất ngày 5/8|EXACT_DATE+DOCUMENT_YEAR|2024-08-05
      trong quý III|QUARTER_END+DOCUMENT_YEAR|2024-09-30
      cuối tháng 11|IN_MONTH+DOCUMENT_YEAR|2024-11-30
      trước tháng 9|BEFORE_MONTH+DOCUMENT_YEAR|2024-08-31
      trước 30/6/2025|BEFORE_DATE|2025-06-30
      """)
  void dateWithoutYearTakesTheDocumentsYearAndSaysSo(String phrase, String rule, LocalDate lastDay) {
    Deadline deadline = usual.read(phrase, 2024).deadlines().get(0);

    assertThat(deadline.rule()).isEqualTo(rule);
    assertThat(deadline.lastDay()).isEqualTo(lastDay);
    if (rule.endsWith("+DOCUMENT_YEAR")) {
      assertThat(deadline.explanation()).contains("lấy năm 2024 của văn bản");
    }
  }

  @Test
  void dateWithoutYearIsRefusedWhenTheDocumentsYearIsUnknown() {
    assertThat(usual.read("trước 30/6").refusal()).startsWith("Thiếu năm");
    assertThat(usual.read("trước 30/6", null).isRead()).isFalse();
  }

  @Test
  void periodicDutyHasNoInventedDate() {
    Deadline deadline = usual.read("định kỳ hằng quý").deadlines().get(0);

    assertThat(deadline.kind()).isEqualTo(DeadlineKind.ONGOING);
    assertThat(deadline.lastDay()).isNull();
    assertThat(deadline.explanation()).contains("không tự đặt hạn");
  }
}
