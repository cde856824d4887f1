package vn.followup.system.database;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with a Vietnamese message when a request of the APIs fails because PostgreSQL cannot
 * be reached, including failures before any controller runs (checking the caller's password needs
 * the database too). Without it the caller would see a bare 500, which reads as a defect rather
 * than "try again". The engine REST API's own error mappers give the same answer for failures
 * inside a resource ({@code vn.followup.engine.EngineRestErrors}).
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageFilter.class);

  private final ObjectMapper objectMapper;

  DatabaseOutageFilter(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException e) {
      if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
        throw e;
      }
      LOG.warn("Database unreachable: answered 503 to {} {} ({})", request.getMethod(), request.getRequestURI(),
          rootMessage(e));
      response.resetBuffer();
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader("Retry-After", "30");
      response.setCharacterEncoding("UTF-8");
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      body.put("type", "DatabaseUnavailable");
      body.put("message", DatabaseOutage.MESSAGE);
      objectMapper.writeValue(response.getOutputStream(), body);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + JdbcUrls.withoutSecrets(root.getMessage());
  }
}
