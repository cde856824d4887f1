package vn.followup.setup;

import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.RETRY_JOB;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.UPDATE_INSTANCE;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.followup.noticetext.NoticeFromTextProcess;
import vn.followup.notice.NoticeProcess;
import vn.followup.office.OfficeAction;
import vn.followup.organisation.Agency;
import vn.followup.organisation.AgencyRegistry;
import vn.followup.organisation.Roles;
import vn.followup.system.EnginePluginOrder;

/**
 * Who may do what, set up at every start (idempotently):
 * <ul>
 *   <li>agency staff: Tasklist, and only the tasks offered to their agency (granted per task to the
 *       candidate group, TASK_WORK: read, claim, complete); the models, nothing else;</li>
 *   <li>the office ({@code followup.organisation.office-group}): registers notices and starts the office's
 *       actions on items ({@link OfficeAction}: stop, deadline change, lead change, task move);</li>
 *   <li>supervisors: Tasklist and Cockpit, read everything of the follow-up processes and history,
 *       and the groups (agency names);</li>
 *   <li>auditors: Cockpit, read everything and its history and operation log, and the groups,
 *       change nothing;</li>
 *   <li>operations: as supervisors, plus retrying jobs and repairing instances;</li>
 *   <li>administrators: Camunda's admin group, the only ones who deploy and manage users.</li>
 * </ul>
 * Runs after the agency groups exist; role groups are created unless the directory is read-only.
 */
@Component
@Order(EnginePluginOrder.ACCESS_SETUP)
class AccessSetup extends AbstractProcessEnginePlugin {

  static final List<String> APPLICATIONS_OF_SUPERVISORS = List.of("tasklist", "cockpit");

  private final AgencyRegistry registry;
  private final TaskFilters filters;
  private final String officeGroup;

  AccessSetup(AgencyRegistry registry, TaskFilters filters,
      @Value("${followup.organisation.office-group}") String officeGroup) {
    this.registry = registry;
    this.filters = filters;
    this.officeGroup = officeGroup;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new TaskAccessProvider());
    configuration.setDefaultUserPermissionForTask(TaskPermissions.TASK_WORK);
    configuration.setAuthorizationEnabledForCustomCode(false);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    createRoleGroups(engine.getIdentityService());
    Grants grants = new Grants(engine.getAuthorizationService());
    for (Agency agency : registry.all()) {
      grants.grant(agency.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grants.grant(agency.id(), Resources.PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.READ);
    }
    grants.grant(officeGroup, Resources.PROCESS_DEFINITION, NoticeProcess.KEY, CREATE_INSTANCE);
    grants.grant(officeGroup, Resources.PROCESS_DEFINITION, NoticeFromTextProcess.KEY, CREATE_INSTANCE);
    for (OfficeAction action : OfficeAction.values()) {
      grants.grant(officeGroup, Resources.PROCESS_DEFINITION, action.processKey(), CREATE_INSTANCE);
    }
    grants.grant(officeGroup, Resources.PROCESS_INSTANCE, Authorization.ANY, ProcessInstancePermissions.CREATE);

    for (String application : APPLICATIONS_OF_SUPERVISORS) {
      grants.grant(Roles.SUPERVISORS, Resources.APPLICATION, application, Permissions.ACCESS);
      grants.grant(Roles.OPERATIONS, Resources.APPLICATION, application, Permissions.ACCESS);
    }
    grants.grant(Roles.AUDITORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    for (String reader : List.of(Roles.SUPERVISORS, Roles.AUDITORS, Roles.OPERATIONS)) {
      grants.grant(reader, Resources.PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.READ,
          READ_INSTANCE, READ_HISTORY, READ_TASK);
      grants.grant(reader, Resources.PROCESS_INSTANCE, Authorization.ANY, ProcessInstancePermissions.READ);
      grants.grant(reader, Resources.TASK, Authorization.ANY, TaskPermissions.READ);
      grants.grant(reader, Resources.HISTORIC_TASK, Authorization.ANY, HistoricTaskPermissions.READ);
      grants.grant(reader, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
      // The Cockpit audit views name the agency a task was offered to (its candidate group).
      grants.grant(reader, Resources.GROUP, Authorization.ANY, Permissions.READ);
      for (String category : List.of(UserOperationLogEntry.CATEGORY_TASK_WORKER, UserOperationLogEntry.CATEGORY_OPERATOR,
          UserOperationLogEntry.CATEGORY_ADMIN)) {
        grants.grant(reader, Resources.OPERATION_LOG_CATEGORY, category, UserOperationLogCategoryPermissions.READ);
      }
    }
    grants.grant(Roles.OPERATIONS, Resources.PROCESS_DEFINITION, Authorization.ANY, UPDATE_INSTANCE, RETRY_JOB);
    grants.grant(Roles.OPERATIONS, Resources.PROCESS_INSTANCE, Authorization.ANY, ProcessInstancePermissions.UPDATE,
        ProcessInstancePermissions.RETRY_JOB);
    filters.ensure(engine, grants);
  }

  private static void createRoleGroups(IdentityService identity) {
    if (identity.isReadOnly()) {
      return;
    }
    create(identity, Roles.SUPERVISORS, "Giám sát (Văn phòng, Thường trực Thành ủy)");
    create(identity, Roles.AUDITORS, "Kiểm tra, kiểm toán (chỉ xem)");
    create(identity, Roles.HEADS, "Lãnh đạo cơ quan, đơn vị");
    create(identity, Roles.OPERATIONS, "Vận hành hệ thống");
  }

  private static void create(IdentityService identity, String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(Groups.GROUP_TYPE_WORKFLOW);
      identity.saveGroup(group);
    }
  }
}
