package vn.followup.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs every refused call of the engine REST API and of the webapps' API (401 wrong or missing
 * credentials, 403 not allowed) with method, path, user and address, so that operators and
 * auditors can see attempts; Camunda itself logs only webapp logins.
 */
class RefusedAccessLog extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(RefusedAccessLog.class);

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(request, response);
    int status = response.getStatus();
    if (status == HttpServletResponse.SC_UNAUTHORIZED || status == HttpServletResponse.SC_FORBIDDEN) {
      LOG.warn("Refused {} {} {} (user '{}', from {})", status, request.getMethod(), request.getRequestURI(),
          user(request), request.getRemoteAddr());
    }
  }

  private static String user(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.startsWith("Basic ")) {
      try {
        String decoded = new String(java.util.Base64.getDecoder().decode(authorization.substring(6)),
            java.nio.charset.StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? "?" : decoded.substring(0, colon);
      } catch (IllegalArgumentException e) {
        return "?";
      }
    }
    return request.getSession(false) == null ? "-" : "session";
  }
}
