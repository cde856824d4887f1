package vn.followup.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.followup.system.errors.StatusMessages;

/**
 * Refuses a change sent to the Camunda webapps ({@code /camunda/api/*}, {@code /camunda/app/*})
 * without the session's CSRF token, with 403 and a Vietnamese JSON body, and leaves the session as
 * it was.
 *
 * <p>Camunda's own {@code CsrfPreventionFilter} refuses the same requests, but first invalidates
 * the HTTP session ({@code doTokenValidation} calls {@code session.invalidate()} for a missing or a
 * wrong {@code X-XSRF-TOKEN} header) and then answers with {@code sendError}: one request without
 * the header, sent by a script or by a page of another site with the user's cookie, logged the user
 * out of Tasklist and Cockpit (401 for every later request). This filter runs before Camunda's
 * (Spring Boot's filters are mapped ahead of those the webapps register themselves) and applies the
 * same rule: methods other than GET, HEAD and OPTIONS, except Camunda's configured entry points,
 * need a non-blank header equal to the token the webapps keep in the session. A request it lets
 * through carries a valid token, so Camunda's filter, left in place, checks it again and passes it.
 */
class WebappCsrfRefusal extends OncePerRequestFilter {

  /** What the person reads; the project's API answers a change through the webapp login alike. */
  static final String MESSAGE = "Yêu cầu thiếu hoặc sai mã chống giả mạo (X-XSRF-TOKEN) của phiên đăng nhập; "
      + "hãy tải lại trang rồi thử lại. Chưa có gì được lưu.";

  private final Set<String> entryPoints;

  /**
   * @param entryPoints the paths (servlet path and path info) Camunda's CSRF filter lets through
   *                    without a token ({@code camunda.bpm.webapp.csrf.entry-points})
   */
  WebappCsrfRefusal(Set<String> entryPoints) {
    this.entryPoints = Set.copyOf(entryPoints);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (isNonModifying(request) || carriesSessionToken(request)) {
      chain.doFilter(request, response);
      return;
    }
    if (isBlank(request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME))) {
      // As Camunda's filter does: tells the webapps' scripts that the header is required.
      response.setHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME, CsrfConstants.CSRF_TOKEN_HEADER_REQUIRED);
    }
    refuse(response);
  }

  private boolean isNonModifying(HttpServletRequest request) {
    return CsrfConstants.CSRF_NON_MODIFYING_METHODS_PATTERN.matcher(request.getMethod()).matches()
        || entryPoints.contains(requestedPath(request));
  }

  /** Whether the X-XSRF-TOKEN header equals the non-blank token of the existing session. */
  private static boolean carriesSessionToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected instanceof String token && !isBlank(token) && !isBlank(sent)
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }

  /** The path Camunda's filter compares with its entry points. */
  private static String requestedPath(HttpServletRequest request) {
    String path = request.getServletPath();
    return request.getPathInfo() == null ? path : path + request.getPathInfo();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  /** Answers 403 with the Vietnamese message; nothing of the request has run. */
  static void refuse(HttpServletResponse response) throws IOException {
    StatusMessages.writeJson(response, HttpServletResponse.SC_FORBIDDEN, StatusMessages.type(403), MESSAGE);
  }
}
