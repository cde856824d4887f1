package vn.followup.system.errors;

/**
 * The application must not start, for a reason an operator can fix: the message says what is
 * wrong (in Vietnamese) and {@link #action()} what to do. {@link StartupRefusedFailureAnalyzer}
 * prints both instead of a stack trace.
 */
public class StartupRefusedException extends RuntimeException {

  private final String action;

  public StartupRefusedException(String message, String action) {
    super(message);
    this.action = action;
  }

  public StartupRefusedException(String message, String action, Throwable cause) {
    super(message, cause);
    this.action = action;
  }

  public String action() {
    return action;
  }
}
