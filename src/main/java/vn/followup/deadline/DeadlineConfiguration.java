package vn.followup.deadline;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import vn.followup.system.errors.StartupRefusedException;

/**
 * Wires the deadline components. The working calendar is the shipped
 * {@code calendar/vn-days-off.csv}, followed by the administrator's file named by
 * {@code followup.deadline.calendar-file} when it exists: that is how a year announced after the
 * release (or a corrected row) reaches the engine without a new build. A malformed row stops the
 * start, since every deadline and reminder would otherwise be computed over a wrong calendar.
 */
@Configuration
@EnableConfigurationProperties(DeadlineSettings.class)
class DeadlineConfiguration {

  static final String SHIPPED_CALENDAR = "calendar/vn-days-off.csv";

  private static final Logger log = LoggerFactory.getLogger(DeadlineConfiguration.class);

  @Bean
  WorkingCalendar workingCalendar(@Value("${followup.deadline.calendar-file:}") String calendarFile) {
    List<Reader> opened = new ArrayList<>();
    try {
      List<WorkingCalendar.CsvSource> sources = new ArrayList<>();
      Reader shipped = new InputStreamReader(
          new ClassPathResource(SHIPPED_CALENDAR).getInputStream(), StandardCharsets.UTF_8);
      opened.add(shipped);
      sources.add(new WorkingCalendar.CsvSource(SHIPPED_CALENDAR, shipped));
      if (!calendarFile.isBlank()) {
        Path extra = Path.of(calendarFile.strip());
        if (Files.isRegularFile(extra)) {
          Reader reader = Files.newBufferedReader(extra, StandardCharsets.UTF_8);
          opened.add(reader);
          sources.add(new WorkingCalendar.CsvSource(extra.toString(), reader));
        } else {
          log.warn("Không tìm thấy tệp lịch ngày nghỉ bổ sung {} (followup.deadline.calendar-file);"
              + " chỉ dùng lịch kèm theo phần mềm.", extra.toAbsolutePath());
        }
      }
      WorkingCalendar calendar = WorkingCalendar.fromSources(sources);
      log.info("Lịch ngày làm việc: có dữ liệu ngày nghỉ các năm {} (từ {}); năm khác chỉ tính thứ Hai"
          + " đến thứ Sáu.", calendar.years(),
          sources.stream().map(WorkingCalendar.CsvSource::name).toList());
      return calendar;
    } catch (CalendarDataException e) {
      throw new StartupRefusedException(e.getMessage(),
          "Sửa dòng đó trong tệp lịch (định dạng: date,weekday,type,occasion,status) rồi khởi động lại.", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Không đọc được tệp lịch ngày nghỉ", e);
    } finally {
      closeAll(opened);
    }
  }

  @Bean
  DeadlineReader deadlineReader(WorkingCalendar calendar, DeadlineSettings settings) {
    return new DeadlineReader(calendar, settings);
  }

  @Bean
  DeadlineSchedule deadlineSchedule(WorkingCalendar calendar, DeadlineSettings settings) {
    return new DeadlineSchedule(calendar, settings);
  }

  /** JSON answers write their dates in Vietnam time, the zone of {@link DeadlineSchedule#VIETNAM}. */
  @Bean
  Jackson2ObjectMapperBuilderCustomizer vietnamTimeZone() {
    return builder -> builder.timeZone(TimeZone.getTimeZone(DeadlineSchedule.VIETNAM));
  }

  private static void closeAll(List<Reader> readers) {
    for (Reader reader : readers) {
      try {
        reader.close();
      } catch (IOException e) {
        log.debug("Đóng tệp lịch không thành công", e);
      }
    }
  }
}
