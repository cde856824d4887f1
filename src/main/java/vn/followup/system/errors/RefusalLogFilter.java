package vn.followup.system.errors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * Keeps refusals out of the error log. The engine logs every exception that ends a command at
 * ERROR with its stack trace ("ENGINE-16004"), also when a form value or a request was refused on
 * purpose: a user who mistypes a date, or a dishonest client sending a thousand refused requests,
 * would fill the log with stack traces of nothing wrong. Those refusals are answered to the client
 * in Vietnamese and refused accesses are logged by {@code RefusedAccessLog}; real errors still
 * reach the log.
 */
@Component
class RefusalLogFilter extends TurboFilter {

  private static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

  RefusalLogFilter() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      context.addTurboFilter(this);
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (logger == null || !ENGINE_CONTEXT_LOGGER.equals(logger.getName()) || level != Level.ERROR) {
      return FilterReply.NEUTRAL;
    }
    Throwable cause = t;
    if (cause == null && params != null) {
      for (Object param : params) {
        if (param instanceof Throwable thrown) {
          cause = thrown;
        }
      }
    }
    return isRefusal(cause) ? FilterReply.DENY : FilterReply.NEUTRAL;
  }

  static boolean isRefusal(Throwable thrown) {
    for (int depth = 0; thrown != null && depth < 20; thrown = thrown.getCause(), depth++) {
      if (thrown instanceof RefusedRequestException || thrown instanceof AuthorizationException
          || thrown instanceof FormFieldValidationException) {
        return true;
      }
    }
    return false;
  }
}
