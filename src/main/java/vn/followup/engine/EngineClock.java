package vn.followup.engine;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * "Now" as the engine sees it. Deadlines, reminders and overdue marks are computed against the
 * engine's clock so that a test that moves it with {@code ClockUtil} moves them too.
 */
public final class EngineClock {

  private EngineClock() {
  }

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
