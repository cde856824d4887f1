package vn.followup.item;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import vn.followup.organisation.Roles;

/** Who is acting on a task: the logged-in user, else the task's assignee (engine-internal calls). */
@Component
public class Actors {

  private final IdentityService identityService;

  Actors(IdentityService identityService) {
    this.identityService = identityService;
  }

  /**
   * Whether the acting user heads an agency (or administers the system). Engine-internal calls
   * without a logged-in user are trusted code and pass.
   */
  public boolean actsAsHead() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return true;
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    return groups.contains(Roles.HEADS) || groups.contains(Roles.ADMINS);
  }

  /**
   * The user's name as the directory has it ("Nguyễn Văn An"), the login when the directory has no
   * name; read as the server (a member of an agency does not read the directory).
   */
  public String fullName(String userId) {
    User user = Context.getCommandContext().runWithoutAuthorization(() ->
        identityService.createUserQuery().userId(userId).singleResult());
    if (user == null) {
      return userId;
    }
    String name = Stream.of(user.getFirstName(), user.getLastName()).filter(part -> part != null && !part.isBlank())
        .map(String::strip).collect(Collectors.joining(" "));
    return name.isEmpty() ? userId : name;
  }

  public String actingUser(DelegateTask task) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee();
  }
}
