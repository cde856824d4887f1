package vn.followup.support;

import java.time.Instant;
import java.util.Arrays;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.followup.FollowupApplication;

/**
 * Starts the application with the engine's clock moved forward to a given instant and running on
 * from there, as if the application had been down until then: timers due meanwhile are due at
 * start, and every deadline, reminder and repetition is computed by the real code from that
 * "now". Used by {@link ApplicationProcess#start(Instant)}; the first argument is the instant.
 */
public final class ShiftedClockApplication {

  private ShiftedClockApplication() {
  }

  public static void main(String[] args) {
    Instant now = Instant.parse(args[0]);
    ClockUtil.offset(now.toEpochMilli() - System.currentTimeMillis());
    FollowupApplication.main(Arrays.copyOfRange(args, 1, args.length));
  }
}
