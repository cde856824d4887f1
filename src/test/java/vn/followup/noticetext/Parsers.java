package vn.followup.noticetext;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import vn.followup.deadline.DeadlineReader;
import vn.followup.deadline.DeadlineSettings;
import vn.followup.deadline.WorkingCalendar;
import vn.followup.organisation.AgencyMentions;
import vn.followup.organisation.AgencyRegistry;
import vn.followup.organisation.AgencyTopics;

/** The parser built from the files the product ships, as the application builds it. */
final class Parsers {

  static final AgencyRegistry REGISTRY = AgencyRegistry.fromClasspath("organisation/agencies.yaml");
  static final DeadlineReader DEADLINES = deadlineReader();

  private Parsers() {
  }

  static NoticeTextParser shipped() {
    try (InputStream topics = resource("organisation/topics.yaml")) {
      return new NoticeTextParser(new AgencyMentions(REGISTRY), AgencyTopics.fromYaml(REGISTRY, topics), DEADLINES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DeadlineReader deadlineReader() {
    WorkingCalendar calendar = WorkingCalendar.fromCsv(List.of(new InputStreamReader(
        resource("calendar/vn-days-off.csv"), StandardCharsets.UTF_8)));
    return new DeadlineReader(calendar, DeadlineSettings.defaults());
  }


  private static InputStream resource(String path) {
    return Objects.requireNonNull(Parsers.class.getClassLoader().getResourceAsStream(path), path);
  }
}
