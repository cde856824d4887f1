package vn.followup.security;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.followup.organisation.Roles;
import vn.followup.security.OperationAllowlist.Role;
import vn.followup.security.OperationAllowlist.Surface;
import vn.followup.system.errors.StatusMessages;

/**
 * Serves a logged-in user who is not an administrator only the operations of
 * {@link OperationAllowlist} for their roles; every other call answers 403 in Vietnamese before it
 * reaches the engine or the project's controllers, so nothing of it runs and nothing is written
 * (no retries lowered, no exception stored, no operation-log entry). A request without a user goes
 * on to the authentication of its surface, which refuses it (401) unless it needs none (the
 * webapps' login).
 *
 * <p>The user is the one the surface authenticated: on {@code /engine-rest} Camunda's HTTP Basic
 * filter (which runs before this one), on {@code /api} Spring Security's chain, on
 * {@code /camunda/api} the webapps' session. The groups are read from the engine on each request,
 * as the webapps do.
 */
class OperationAllowlistFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(OperationAllowlistFilter.class);
  private static final String ENGINE_REST = "/engine-rest";
  private static final String WEBAPP_API = "/camunda/api";
  private static final String PROJECT_API = "/api";

  static final String REFUSAL = "Vai trò của bạn không được dùng thao tác này (%s %s). Chỉ các thao tác của "
      + "màn hình và API được công bố cho vai trò của bạn mới được phục vụ. Không có gì được thực hiện.";
  static final String BAD_PATH = "Đường dẫn không hợp lệ. Không có gì được thực hiện.";

  private final IdentityService identityService;
  private final String engineName;
  private final String officeGroup;

  OperationAllowlistFilter(IdentityService identityService, String engineName, String officeGroup) {
    this.identityService = identityService;
    this.engineName = engineName;
    this.officeGroup = officeGroup;
  }

  /** A call as the allowlist sees it: its surface and its path's segments on that surface. */
  record Call(Surface surface, List<String> segments) {
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    User user = user(request, path);
    if (user == null || user.groups().contains(Roles.ADMINS)) {
      chain.doFilter(request, response);
      return;
    }
    Call call;
    try {
      call = call(path, engineName);
    } catch (IllegalArgumentException malformed) {
      refuse(request, response, user, BAD_PATH);
      return;
    }
    Set<Role> roles = Role.of(user.groups(), officeGroup);
    if (call != null && OperationAllowlist.allows(roles, request.getMethod(), call.surface(), call.segments())) {
      LOG.debug("Allowed {} {} to {} {}", request.getMethod(), path, user.id(), roles);
      chain.doFilter(request, response);
      return;
    }
    refuse(request, response, user, String.format(REFUSAL, request.getMethod().toUpperCase(Locale.ROOT), path));
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, User user, String message)
      throws IOException {
    LOG.warn("Refused by the allowlist: {} {} (user '{}', from {})", request.getMethod(), request.getRequestURI(),
        user.id(), request.getRemoteAddr());
    StatusMessages.writeJson(response, HttpServletResponse.SC_FORBIDDEN, StatusMessages.type(403), message);
  }

  /**
   * The surface and segments of a path within the application, or null for a path of none of the
   * three surfaces (pages, scripts). Each segment is decoded on its own; a segment that decodes to
   * a path of its own ({@code %2F}, {@code ..}) or carries parameters ({@code ;}) is malformed on
   * the engine's surfaces, where no id holds one.
   */
  static Call call(String path, String engineName) {
    Surface surface;
    String rest;
    if (path.equals(ENGINE_REST) || path.startsWith(ENGINE_REST + "/")) {
      surface = Surface.ENGINE;
      rest = path.substring(ENGINE_REST.length());
    } else if (path.startsWith(WEBAPP_API + "/")) {
      rest = path.substring(WEBAPP_API.length());
      if (rest.equals("/engine") || rest.startsWith("/engine/")) {
        surface = Surface.ENGINE;
        rest = rest.substring("/engine".length());
        if (rest.equals("/engine") || rest.equals("/engine/")) {
          rest = "/engine";
        } else if (rest.startsWith("/engine/")) {
          rest = stripEngine(rest, engineName);
        }
      } else {
        surface = Surface.WEBAPP;
      }
    } else if (path.startsWith(PROJECT_API + "/")) {
      surface = Surface.API;
      rest = path.substring(PROJECT_API.length());
    } else {
      return null;
    }
    List<String> segments = new ArrayList<>();
    for (String raw : rest.split("/", -1)) {
      if (raw.isEmpty()) {
        continue;
      }
      String segment = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
      if (segment.equals(".") || segment.equals("..") || raw.contains(";")
          || (surface != Surface.API && (segment.contains("/") || segment.contains("\\")))) {
        throw new IllegalArgumentException("malformed segment");
      }
      segments.add(segment);
    }
    if (surface == Surface.ENGINE && segments.size() >= 2 && segments.get(0).equals("engine")) {
      // /engine-rest/engine/{name}/… is the same API as /engine-rest/… for that engine.
      if (!segments.get(1).equals(engineName)) {
        throw new IllegalArgumentException("other engine");
      }
      segments = segments.subList(2, segments.size());
    }
    return new Call(surface, segments);
  }

  private static String stripEngine(String rest, String engineName) {
    String prefix = "/engine/" + engineName;
    if (rest.equals(prefix) || rest.startsWith(prefix + "/")) {
      return rest.substring(prefix.length());
    }
    throw new IllegalArgumentException("other engine");
  }

  /** A logged-in user and their groups. */
  record User(String id, List<String> groups) {
  }

  /** The user this request's surface authenticated, or null. */
  private User user(HttpServletRequest request, String path) {
    if (path.startsWith(ENGINE_REST)) {
      Authentication authentication = identityService.getCurrentAuthentication();
      if (authentication == null || authentication.getUserId() == null) {
        return null;
      }
      // Camunda's HTTP Basic filter has just read the user's groups from the engine.
      List<String> groups = authentication.getGroupIds();
      return new User(authentication.getUserId(), groups == null ? List.of() : List.copyOf(groups));
    }
    if (path.startsWith(PROJECT_API + "/")) {
      org.springframework.security.core.Authentication current = SecurityContextHolder.getContext().getAuthentication();
      if (current == null || !current.isAuthenticated() || current instanceof AnonymousAuthenticationToken) {
        return null;
      }
      return new User(current.getName(), current.getAuthorities().stream().map(GrantedAuthority::getAuthority)
          .filter(authority -> authority.startsWith(IdentityServiceAuthenticationProvider.ROLE_PREFIX))
          .map(authority -> authority.substring(IdentityServiceAuthenticationProvider.ROLE_PREFIX.length()))
          .toList());
    }
    if (path.startsWith(WEBAPP_API + "/")) {
      HttpSession session = request.getSession(false);
      Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
      if (authentications == null) {
        return null;
      }
      for (org.camunda.bpm.webapp.impl.security.auth.Authentication each : authentications.getAuthentications()) {
        if (each instanceof UserAuthentication userAuthentication && userAuthentication.getIdentityId() != null) {
          return new User(userAuthentication.getIdentityId(), groupsOf(userAuthentication.getIdentityId()));
        }
      }
    }
    return null;
  }

  /** The user's groups, read without the authorization of whoever this thread may be authenticated as. */
  private List<String> groupsOf(String userId) {
    Authentication current = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return identityService.createGroupQuery().groupMember(userId).unlimitedList().stream().map(Group::getId).toList();
    } finally {
      if (current != null) {
        identityService.setAuthentication(current);
      }
    }
  }
}
