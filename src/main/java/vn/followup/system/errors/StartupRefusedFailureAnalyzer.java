package vn.followup.system.errors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link StartupRefusedException} into Spring Boot's short "APPLICATION FAILED TO START"
 * report, so an operator reads one clear message rather than a long stack trace.
 */
class StartupRefusedFailureAnalyzer extends AbstractFailureAnalyzer<StartupRefusedException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, StartupRefusedException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), null);
  }
}
