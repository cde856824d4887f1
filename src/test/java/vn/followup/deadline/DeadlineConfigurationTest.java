package vn.followup.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.followup.system.errors.StartupRefusedException;
import vn.followup.support.FastTest;

/** The wiring alone, in a bare application context (no database, no engine). */
@FastTest
class DeadlineConfigurationTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withUserConfiguration(DeadlineConfiguration.class);

  @TempDir
  Path dir;

  @Test
  void withoutPropertiesTheShippedCalendarAndDefaultsAreUsed() {
    runner.run(context -> {
      assertThat(context.getBean(WorkingCalendar.class).years())
          .containsExactly(2021, 2022, 2023, 2024, 2025, 2026, 2027);
      assertThat(context.getBean(DeadlineSettings.class)).isEqualTo(DeadlineSettings.defaults());
      assertThat(context).hasSingleBean(DeadlineReader.class).hasSingleBean(DeadlineSchedule.class);
    });
  }

  @Test
  void jsonAnswersWriteDatesInVietnamTime() {
    runner.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class)).run(context ->
        assertThat(context.getBean(ObjectMapper.class).writeValueAsString(Date.from(Instant.parse("2021-12-30T17:00:00Z"))))
            .isEqualTo("\"2021-12-31T00:00:00.000+07:00\""));
  }

  @Test
  void administratorsFileIsReadAfterTheShippedOne() throws IOException {
    Path extra = dir.resolve("extra-days-off.csv");
    Files.writeString(extra, """
        # Tết 2027 announced after the release
        date,weekday,type,occasion,status
        2027-02-08,Mon,holiday,Tết Âm lịch,confirmed
        2027-04-16,Fri,working_day,Giỗ Tổ corrected,confirmed
        """, StandardCharsets.UTF_8);

    runner.withPropertyValues("followup.deadline.calendar-file=" + extra,
            "followup.deadline.reminder-time=07:30")
        .run(context -> {
          WorkingCalendar calendar = context.getBean(WorkingCalendar.class);
          assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
          assertThat(calendar.isWorkingDay(LocalDate.of(2027, 4, 16))).isTrue();
          assertThat(context.getBean(DeadlineSettings.class).reminderTime())
              .isEqualTo(LocalTime.of(7, 30));
        });
  }

  @Test
  void missingAdministratorsFileLeavesTheShippedCalendar() {
    runner.withPropertyValues("followup.deadline.calendar-file=" + dir.resolve("absent.csv"))
        .run(context -> assertThat(context.getBean(WorkingCalendar.class)
            .isWorkingDay(LocalDate.of(2022, 1, 3))).isFalse());
  }

  @Test
  void malformedAdministratorsFileRefusesTheStartNamingFileAndLine() throws IOException {
    Path extra = dir.resolve("broken.csv");
    Files.writeString(extra, "date,weekday,type,occasion,status\n2027-02-30,Tue,holiday,x,confirmed\n",
        StandardCharsets.UTF_8);

    runner.withPropertyValues("followup.deadline.calendar-file=" + extra)
        .run(context -> assertThat(context).getFailure()
            .rootCause().isInstanceOf(CalendarDataException.class));
    runner.withPropertyValues("followup.deadline.calendar-file=" + extra)
        .run(context -> assertThat(context).getFailure()
            .hasStackTraceContaining(StartupRefusedException.class.getName())
            .hasStackTraceContaining("broken.csv")
            .hasStackTraceContaining("dòng 2"));
  }
}
