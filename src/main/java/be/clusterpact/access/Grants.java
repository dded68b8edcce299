package be.clusterpact.access;

import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** Makes sure a group holds a grant, without duplicates: creates it, or adds the missing permissions. */
final class Grants {

  /** What {@link #ensure} did. */
  enum Outcome { CREATED, EXTENDED, UNCHANGED }

  private Grants() {}

  static Outcome ensure(AuthorizationService authorizations, String groupId, Resource resource, String resourceId,
      Set<? extends Permission> permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).singleResult();
    if (existing == null) {
      Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(groupId);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
      permissions.forEach(grant::addPermission);
      authorizations.saveAuthorization(grant);
      return Outcome.CREATED;
    }
    boolean missing = permissions.stream().anyMatch(permission -> !existing.isPermissionGranted(permission));
    if (!missing) {
      return Outcome.UNCHANGED;
    }
    permissions.forEach(existing::addPermission);
    authorizations.saveAuthorization(existing);
    return Outcome.EXTENDED;
  }
}
