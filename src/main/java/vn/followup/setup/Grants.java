package vn.followup.setup;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * Grants a group permissions on a resource, idempotently: an existing grant gains the missing
 * permissions, nothing is written when all are there.
 */
final class Grants {

  private final AuthorizationService authorizations;

  Grants(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    Authorization grant = existing;
    if (grant == null) {
      grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(groupId);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
    }
    boolean changed = existing == null;
    for (Permission permission : permissions) {
      if (!grant.isPermissionGranted(permission)) {
        grant.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(grant);
    }
  }

  /** Lets every user read a resource, e.g. a shared Tasklist filter. */
  void grantEveryone(Resource resource, String resourceId, Permission permission) {
    if (authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
        .resourceType(resource).resourceId(resourceId).count() == 0) {
      Authorization global = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
      global.setUserId(Authorization.ANY);
      global.setResource(resource);
      global.setResourceId(resourceId);
      global.addPermission(permission);
      authorizations.saveAuthorization(global);
    }
  }

  /** Takes back what {@link #grantEveryone} gave, e.g. a filter now meant for one group only. */
  void revokeEveryone(Resource resource, String resourceId) {
    authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
        .resourceType(resource).resourceId(resourceId).list()
        .forEach(global -> authorizations.deleteAuthorization(global.getId()));
  }
}
