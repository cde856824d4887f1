package vn.followup.item;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.followup.organisation.Roles;

/** Who is acting on a task: the logged-in user, else the task's assignee (engine-internal calls). */
@Component
class Actors {

  private final IdentityService identityService;

  Actors(IdentityService identityService) {
    this.identityService = identityService;
  }

  /**
   * Whether the acting user heads an agency (or administers the system). Engine-internal calls
   * without a logged-in user are trusted code and pass.
   */
  boolean actsAsHead() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return true;
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    return groups.contains(Roles.HEADS) || groups.contains(Roles.ADMINS);
  }

  String actingUser(DelegateTask task) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee();
  }
}
