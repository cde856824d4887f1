package vn.followup.office;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import vn.followup.item.TaskHandover;
import vn.followup.notification.Notifications;
import vn.followup.organisation.AgencyRegistry;

/**
 * The office moves an open task from one agency to another. The task loses every grant it had (the
 * previous agency's and its previous assignee's), is unclaimed, and is offered to the new agency
 * alone, in one transaction: the previous agency cannot see it any more from the next request on,
 * and the new agency's members are told of it as of a new task.
 * The change is recorded in the operation log under the office user's name.
 */
@Service
public class TaskReassignment implements TaskHandover {

  private final ProcessEngine engine;
  private final AgencyRegistry agencies;
  private final Notifications notifications;

  TaskReassignment(ProcessEngine engine, AgencyRegistry agencies, Notifications notifications) {
    this.engine = engine;
    this.agencies = agencies;
    this.notifications = notifications;
  }

  @Override
  public void moveToAgency(String taskId, String agency) {
    if (!agencies.contains(agency)) {
      throw new IllegalArgumentException("Cơ quan '" + agency + "' không có trong danh mục cơ quan.");
    }
    TaskService tasks = engine.getTaskService();
    AuthorizationService authorizations = engine.getAuthorizationService();
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    configuration.getCommandExecutorTxRequired().execute((Command<Void>) context -> context.runWithoutAuthorization(() -> {
      Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
      if (task == null) {
        throw new IllegalArgumentException("Không tìm thấy công việc '" + taskId + "'.");
      }
      List<IdentityLink> links = tasks.getIdentityLinksForTask(taskId);
      if (task.getAssignee() != null) {
        tasks.setAssignee(taskId, null);
      }
      for (IdentityLink link : links) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
          tasks.deleteCandidateGroup(taskId, link.getGroupId());
        }
      }
      for (Authorization grant : authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
          .resourceId(taskId).list()) {
        authorizations.deleteAuthorization(grant.getId());
      }
      tasks.addCandidateGroup(taskId, agency);
      notifications.taskMovedToAgency(taskId, agency);
      return null;
    }));
  }
}
