package vn.followup.organisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.followup.system.EnginePluginOrder;

/**
 * Keeps one Camunda group per agency of the {@link AgencyRegistry}: group id = agency id, name =
 * agency name, type {@value #GROUP_TYPE}. Runs right after the engine is built, so the groups exist
 * before any task is offered to them. Idempotent: an unchanged agency is not written again, a
 * renamed one has its group renamed. Groups of agencies removed from the registry are left alone
 * (tasks and memberships may still name them).
 *
 * <p>Switched off with {@code followup.organisation.sync-groups=false}, e.g. for an LDAP directory
 * whose groups are read-only; a read-only identity service is skipped as well.
 */
@Component
@Order(EnginePluginOrder.AGENCY_GROUPS)
@ConditionalOnProperty(name = "followup.organisation.sync-groups", havingValue = "true", matchIfMissing = true)
class AgencyGroupSync extends AbstractProcessEnginePlugin {

  static final String GROUP_TYPE = "AGENCY";
  private static final Logger LOG = LoggerFactory.getLogger(AgencyGroupSync.class);

  private final AgencyRegistry registry;

  AgencyGroupSync(AgencyRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    sync(processEngine.getIdentityService());
  }

  /** Creates or updates the groups; returns how many groups were written. */
  int sync(IdentityService identityService) {
    if (identityService.isReadOnly()) {
      LOG.info("Identity service is read-only: agency groups are not synchronised");
      return 0;
    }
    List<Agency> agencies = registry.all();
    if (agencies.isEmpty()) {
      return 0;
    }
    String[] ids = agencies.stream().map(Agency::id).toArray(String[]::new);
    Map<String, Group> existing = new LinkedHashMap<>();
    for (Group group : identityService.createGroupQuery().groupIdIn(ids).listPage(0, ids.length)) {
      existing.put(group.getId(), group);
    }
    int created = 0;
    int updated = 0;
    for (Agency agency : agencies) {
      Group group = existing.get(agency.id());
      if (group == null) {
        if (create(identityService, agency)) {
          created++;
        }
      } else if (!Objects.equals(group.getName(), agency.name()) || !GROUP_TYPE.equals(group.getType())) {
        group.setName(agency.name());
        group.setType(GROUP_TYPE);
        identityService.saveGroup(group);
        updated++;
      }
    }
    LOG.info("Agency groups: {} in registry, {} created, {} updated", agencies.size(), created, updated);
    return created + updated;
  }

  private boolean create(IdentityService identityService, Agency agency) {
    Group group = identityService.newGroup(agency.id());
    group.setName(agency.name());
    group.setType(GROUP_TYPE);
    try {
      identityService.saveGroup(group);
      return true;
    } catch (ProcessEngineException e) {
      // Another node of the cluster may have created it at the same moment.
      if (identityService.createGroupQuery().groupId(agency.id()).count() > 0) {
        LOG.debug("Group {} was created concurrently", agency.id());
        return false;
      }
      throw e;
    }
  }
}
