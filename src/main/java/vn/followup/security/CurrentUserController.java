package vn.followup.security;

import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/me}: who the caller is and which groups (agencies, roles) they belong to, so a
 * client can check its credentials and show the user's agency.
 */
@RestController
class CurrentUserController {

  @GetMapping("/api/me")
  Map<String, Object> me(Authentication authentication) {
    return Map.of("id", authentication.getName(),
        "groups", IdentityServiceAuthenticationProvider.groupsOf(authentication));
  }
}
