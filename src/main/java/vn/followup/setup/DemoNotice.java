package vn.followup.setup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.followup.deadline.DeadlineReader;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.engine.EngineClock;
import vn.followup.notice.NoticeDocument;
import vn.followup.notice.NoticeGateway;
import vn.followup.system.database.DatabaseMode;

/**
 * Registers the seed notice (Xuân Tăng, November 2021) on the first start of the demo run, so a
 * newcomer finds real work in Tasklist. Never with an external database: production data is not
 * mixed with demo data. With rebase on, the demo moves its own document's deadlines by the days
 * between the working session (23/11/2021, the reference date, since the draft's own day is blank)
 * and today ({@link DemoShift}) before registering it the way every notice is registered.
 */
@Component
@ConditionalOnProperty(name = "followup.demo.enabled", havingValue = "true")
public class DemoNotice implements ApplicationRunner {

  static final String RESOURCE = "demo/thong-bao-xuan-tang-2021.yaml";
  static final LocalDate REFERENCE_DATE = LocalDate.of(2021, 11, 23);
  private static final Logger LOG = LoggerFactory.getLogger(DemoNotice.class);

  private final NoticeGateway gateway;
  private final DemoShift shift;
  private final Environment environment;
  private final boolean rebase;

  DemoNotice(NoticeGateway gateway, DeadlineReader reader, Environment environment,
      @Value("${followup.demo.rebase:true}") boolean rebase) {
    this.gateway = gateway;
    this.shift = new DemoShift(reader);
    this.environment = environment;
    this.rebase = rebase;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (DatabaseMode.isExternal(environment)) {
      LOG.info("Demo notice not registered: an external database is configured");
      return;
    }
    NoticeDocument document = load();
    if (gateway.isRegistered(document.id())) {
      return;
    }
    int days = rebase ? (int) ChronoUnit.DAYS.between(REFERENCE_DATE,
        EngineClock.now().atZone(DeadlineSchedule.VIETNAM).toLocalDate()) : 0;
    NoticeGateway.Registration registration = gateway.submit(shift.apply(document, days));
    LOG.info("Demo notice '{}' registered with {} items (deadlines moved by {} days)", registration.id(),
        registration.businessKeys().size(), days);
  }

  /** The seed notice as shipped in {@code demo/}. */
  public static NoticeDocument load() {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
      return yaml.readValue(in, NoticeDocument.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Demo notice " + RESOURCE + " is not readable", e);
    }
  }
}
