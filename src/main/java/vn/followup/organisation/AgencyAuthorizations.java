package vn.followup.organisation;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The baseline every agency group needs to work in Tasklist: READ on the process definitions
 * (the models are not confidential; instances, tasks and history stay closed). Task access itself
 * is granted per task to its candidate group. Runs after the groups exist; idempotent.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class AgencyAuthorizations extends AbstractProcessEnginePlugin {

  private final AgencyRegistry registry;

  AgencyAuthorizations(AgencyRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    AuthorizationService authorizations = processEngine.getAuthorizationService();
    for (Agency agency : registry.all()) {
      boolean granted = authorizations.createAuthorizationQuery().groupIdIn(agency.id())
          .resourceType(Resources.PROCESS_DEFINITION).resourceId(Authorization.ANY).count() > 0;
      if (!granted) {
        Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        read.setGroupId(agency.id());
        read.setResource(Resources.PROCESS_DEFINITION);
        read.setResourceId(Authorization.ANY);
        read.addPermission(Permissions.READ);
        authorizations.saveAuthorization(read);
      }
    }
  }
}
