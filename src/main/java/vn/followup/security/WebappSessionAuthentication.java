package vn.followup.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a user logged in to the Camunda webapps (Cockpit's follow-up dashboard) read the project's
 * API with that login, so the dashboard needs no second password. Only reads (GET, HEAD): a
 * session cookie is sent by the browser on its own, so a change through the session would be open
 * to cross-site requests; changes keep needing HTTP Basic credentials. The user's groups are read
 * again from the engine on every request, as the webapps do.
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

  /** The webapp user of this request's session, for a read without other credentials; null otherwise. */
  private String sessionUser(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      return null;
    }
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
