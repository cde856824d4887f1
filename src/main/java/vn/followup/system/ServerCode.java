package vn.followup.system;

import java.util.function.Supplier;

/**
 * Marks engine calls made by the product's own code on behalf of a user, e.g. starting a notice
 * from the registration API with the variables the server built. The engine's write guard lets
 * such calls write what a user's own request could not (routing, deadlines, outcomes); code a user
 * can reach through the engine's APIs never runs inside it: the guard checks only the outermost
 * engine command of a request, and expressions cannot reach this class.
 */
public final class ServerCode {

  private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

  private ServerCode() {
  }

  /** Runs the action as the server's own code and returns its result. */
  public static <T> T call(Supplier<T> action) {
    DEPTH.set(DEPTH.get() + 1);
    try {
      return action.get();
    } finally {
      int depth = DEPTH.get() - 1;
      if (depth == 0) {
        DEPTH.remove();
      } else {
        DEPTH.set(depth);
      }
    }
  }

  /** Runs the action as the server's own code. */
  public static void run(Runnable action) {
    call(() -> {
      action.run();
      return null;
    });
  }

  /** Whether the current thread is inside {@link #call} or {@link #run}. */
  public static boolean isRunning() {
    return DEPTH.get() > 0;
  }
}
