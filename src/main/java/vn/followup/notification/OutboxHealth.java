package vn.followup.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToDoubleFunction;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The outbox for operators: health component {@code notificationOutbox} (in readiness; always UP
 * while the database answers, since the application works without mail; details for
 * administrators) and the gauges {@code followup.notifications.pending}, {@code .failed},
 * {@code .held}, {@code .skipped} and {@code followup.notifications.oldest.pending.age} (seconds).
 */
@Component("notificationOutbox")
class OutboxHealth implements HealthIndicator, MeterBinder {

  private static final Duration CACHE = Duration.ofSeconds(5);

  private final Outbox outbox;
  private final OutboxSender sender;
  private volatile Outbox.Stats cached;
  private volatile Instant cachedAt = Instant.EPOCH;

  OutboxHealth(Outbox outbox, OutboxSender sender) {
    this.outbox = outbox;
    this.sender = sender;
  }

  @Override
  public Health health() {
    Outbox.Stats stats;
    try {
      stats = outbox.stats();
    } catch (RuntimeException unreachable) {
      // The database is down: its own component says so; the outbox cannot be read meanwhile.
      return Health.unknown().withDetail("outbox", "không đọc được: cơ sở dữ liệu tạm thời không truy cập được").build();
    }
    return Health.up()
        .withDetail("delivery", sender.active() ? "smtp" : "off: kept in the outbox")
        .withDetail("pending", stats.pending())
        .withDetail("failed", stats.failed())
        .withDetail("heldForDigest", stats.held())
        .withDetail("skippedNoAddress", stats.skipped())
        .withDetail("sent", stats.sent())
        .withDetail("oldestPendingAgeSeconds", Math.round(stats.oldestPendingAgeSeconds()))
        .build();
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    gauge(registry, "followup.notifications.pending", "Mails waiting to be sent", s -> s.pending());
    gauge(registry, "followup.notifications.failed", "Mails given up after the last attempt", s -> s.failed());
    gauge(registry, "followup.notifications.held", "Notifications waiting for a daily digest", s -> s.held());
    gauge(registry, "followup.notifications.skipped", "Notifications of users without an e-mail address", s -> s.skipped());
    Gauge.builder("followup.notifications.oldest.pending.age", this, h -> h.stats().oldestPendingAgeSeconds())
        .description("Age of the oldest mail waiting to be sent").baseUnit("seconds").register(registry);
  }

  private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Outbox.Stats> value) {
    Gauge.builder(name, this, h -> value.applyAsDouble(h.stats())).description(description).register(registry);
  }

  private Outbox.Stats stats() {
    Instant now = Instant.now();
    if (cached == null || cachedAt.plus(CACHE).isBefore(now)) {
      cached = outbox.stats();
      cachedAt = now;
    }
    return cached;
  }
}
