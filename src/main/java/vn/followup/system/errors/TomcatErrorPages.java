package vn.followup.system.errors;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Tomcat's own error report in Vietnamese. Requests that Tomcat refuses before any servlet sees
 * them (a {@code {}} or another character not allowed in a URI, an over-long request line or
 * header, a malformed path) and errors that Spring's error page could not answer are written by
 * the host's error report valve, whose page is English, names the server and its version, and may
 * quote an exception's message. Here the host's valve is {@link Report}: no server information, no
 * exception or message, the Vietnamese page of {@link StatusMessages} for the status.
 */
@Component
class TomcatErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(context -> {
      Host host = (Host) context.getParent();
      if (host instanceof StandardHost standard) {
        // The host adds its default valve at start unless one of this class is in its pipeline already.
        standard.setErrorReportValveClass(Report.class.getName());
      }
      // Spring Boot adds a plain ErrorReportValve of its own (server.error.include-stacktrace=never),
      // whose page is English: this customizer runs after Spring Boot's and leaves only the Vietnamese one.
      for (Valve valve : host.getPipeline().getValves()) {
        if (valve instanceof ErrorReportValve && !(valve instanceof Report)) {
          host.getPipeline().removeValve(valve);
        }
      }
      host.getPipeline().addValve(new Report());
    });
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  /** Writes the Vietnamese page for any error status nothing else has answered. */
  static final class Report extends ErrorReportValve {

    Report() {
      setShowReport(false);
      setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      // As Tomcat's valve: nothing for a success or a redirect, nor when a body was written already.
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      AtomicBoolean ioAllowed = new AtomicBoolean(false);
      response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
      if (!ioAllowed.get()) {
        return;
      }
      try {
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        Writer writer = response.getReporter();
        if (writer != null) {
          writer.write(StatusMessages.htmlPage(status));
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException e) {
        // The client is gone or the response is closed: nothing more to tell.
      }
    }
  }
}
