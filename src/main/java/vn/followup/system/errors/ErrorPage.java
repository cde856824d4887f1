package vn.followup.system.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Spring's error page ({@code /error}), to which the servlet container forwards every error that no
 * API answered itself: a status set by {@code sendError} (a Spring MVC refusal, a webapp filter's
 * refusal), an exception that escaped a controller. In place of Spring Boot's
 * {@code BasicErrorController}, whose JSON names the exception, the path and English reasons, and
 * whose HTML page is the English "Whitelabel Error Page": the same status with a neutral
 * {@code type} and a Vietnamese sentence ({@link StatusMessages}), as JSON or, for a browser, as a
 * small HTML page. The exception and its message go to the server log only (Tomcat logs what
 * escaped a servlet), never to the answer.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorPage implements ErrorController {

  @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> html(HttpServletRequest request) {
    int status = status(request);
    return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .body(PAGES.computeIfAbsent(status, ErrorPage::page));
  }

  /** The product's own page for a status ({@code static/error/<status>.html}, as Spring Boot looks it up), read once. */
  private static final Map<Integer, String> PAGES = new java.util.concurrent.ConcurrentHashMap<>();

  private static String page(int status) {
    org.springframework.core.io.ClassPathResource own = new org.springframework.core.io.ClassPathResource(
        "static/error/" + status + ".html");
    if (own.exists()) {
      try (java.io.InputStream in = own.getInputStream()) {
        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      } catch (java.io.IOException unreadable) {
        // the generic page below
      }
    }
    return StatusMessages.htmlPage(status);
  }

  @RequestMapping
  ResponseEntity<Map<String, Object>> json(HttpServletRequest request) {
    int status = status(request);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("type", StatusMessages.type(status));
    body.put("message", StatusMessages.message(status));
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }

  /** The status of the error forwarded here; 404 when the page is asked for directly. */
  private static int status(HttpServletRequest request) {
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    return status instanceof Integer code && code >= 400 && code <= 599 ? code : 404;
  }
}
