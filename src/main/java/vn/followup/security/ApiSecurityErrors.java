package vn.followup.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 answers of the project's API: a JSON body with a Vietnamese message, and a log line
 * for every refused access so that operators and auditors can see attempts.
 */
class ApiSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiSecurityErrors.class);

  private final ObjectMapper objectMapper;

  ApiSecurityErrors(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    LOG.warn("Refused unauthenticated {} {} from {}", request.getMethod(), request.getRequestURI(),
        request.getRemoteAddr());
    // A script of the webapps (Cockpit's dashboard) gets no Basic challenge, so the browser shows no password prompt.
    if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"followup\", charset=\"UTF-8\"");
    }
    write(response, HttpServletResponse.SC_UNAUTHORIZED,
        "Cần đăng nhập: hãy gửi tên đăng nhập và mật khẩu hợp lệ.");
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    LOG.warn("Refused {} {} to user '{}'", request.getMethod(), request.getRequestURI(),
        request.getUserPrincipal() == null ? "?" : request.getUserPrincipal().getName());
    write(response, HttpServletResponse.SC_FORBIDDEN, "Bạn không có quyền thực hiện thao tác này.");
  }

  private void write(HttpServletResponse response, int status, String message) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("message", message);
    response.setStatus(status);
    response.setCharacterEncoding("UTF-8");
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    objectMapper.writeValue(response.getOutputStream(), body);
  }
}
