package vn.followup.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a user logged in to the Camunda webapps (Cockpit's follow-up dashboard, the Tasklist tab
 * "Văn bản đính kèm") call the project's API with that login, so the webapps' plugins need no second
 * password. Reads (GET, HEAD) need the session alone. A change (POST, PUT, DELETE…) needs, besides
 * the session, the webapps' CSRF token in the {@code X-XSRF-TOKEN} header, equal to the token the
 * webapps keep in the session (and hand to the browser's scripts in the {@code XSRF-TOKEN} cookie):
 * the browser sends the session cookie on its own with a cross-site request, but a page of another
 * site cannot read the token, exactly as for the webapps' own API. A change through the session
 * without a matching token is refused (403) before anything runs. The user's groups are read again
 * from the engine on every request, as the webapps do.
 */
class WebappSessionAuthentication extends OncePerRequestFilter {

  private final IdentityService identityService;
  private final String engineName;

  WebappSessionAuthentication(IdentityService identityService, String engineName) {
    this.identityService = identityService;
    this.engineName = engineName;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String userId = sessionUser(request);
    if (userId != null && !isRead(request) && !carriesSessionCsrfToken(request)) {
      WebappCsrfRefusal.refuse(response);
      return;
    }
    if (userId != null) {
      List<GrantedAuthority> roles = identityService.createGroupQuery().groupMember(userId).list().stream()
          .map(Group::getId)
          .<GrantedAuthority>map(groupId -> new SimpleGrantedAuthority(IdentityServiceAuthenticationProvider.ROLE_PREFIX
              + groupId))
          .toList();
      SecurityContextHolder.getContext().setAuthentication(
          UsernamePasswordAuthenticationToken.authenticated(userId, null, roles));
    }
    chain.doFilter(request, response);
  }

  private static boolean isRead(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
  }

  /** Whether the request's X-XSRF-TOKEN header equals the CSRF token the webapps keep in the session. */
  private static boolean carriesSessionCsrfToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected instanceof String token && sent != null && MessageDigest.isEqual(
        token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }

  /** The webapp user of this request's session, when it has no other credentials; null otherwise. */
  private String sessionUser(HttpServletRequest request) {
    Authentication current = SecurityContextHolder.getContext().getAuthentication();
    if (current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken)) {
      return null;
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null
        || !(authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user)) {
      return null;
    }
    String userId = user.getIdentityId();
    return userId != null && identityService.createUserQuery().userId(userId).count() == 1 ? userId : null;
  }
}
