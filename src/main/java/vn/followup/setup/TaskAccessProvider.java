package vn.followup.setup;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Task authorizations that follow the task. Camunda grants a candidate group access to a task when
 * the group is added, but keeps the grant when the group is removed; when the office moves a task
 * from one agency to another, the first agency must lose access at once, so its grant on that task
 * is deleted with the candidate link.
 */
class TaskAccessProvider extends DefaultAuthorizationProvider {

  @Override
  public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
    if (!IdentityLinkType.CANDIDATE.equals(type) || groupId == null) {
      return super.deleteTaskGroupIdentityLink(task, groupId, type);
    }
    AuthorizationEntity grant = getGrantAuthorizationByGroupId(groupId, Resources.TASK, task.getId());
    return grant == null ? null : new AuthorizationEntity[] {grant};
  }
}
