package be.clusterpact.access;

import be.clusterpact.process.GroupIds;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the engine grants a task worker and a new user on themselves, narrowed: a task's candidate
 * groups, candidate users and assignee get READ and TASK_WORK (not UPDATE), a user gets READ and
 * UPDATE on their own account (not DELETE or ALL). {@link TaskWorkersReadTheirProcessInstance} makes
 * new grants so; {@link #narrow} rewrites the grants made before, once (idempotent).
 */
final class WorkerGrants {

  private static final Logger LOG = LoggerFactory.getLogger(WorkerGrants.class);

  /** A user's permissions on their own account: read it, change the password (profile: see StaffActForThemselves). */
  static final Permission[] OWN_ACCOUNT = {Permissions.READ, Permissions.UPDATE};

  private WorkerGrants() {}

  static void narrow(AuthorizationService authorizations) {
    int tasks = 0;
    for (Authorization grant : authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .resourceType(Resources.TASK).hasPermission(Permissions.UPDATE).list()) {
      if (!Authorization.ANY.equals(grant.getResourceId()) && !GroupIds.ADMINISTRATORS.equals(grant.getGroupId())) {
        grant.removePermission(Permissions.UPDATE);
        grant.addPermission(Permissions.TASK_WORK);
        authorizations.saveAuthorization(grant);
        tasks++;
      }
    }
    int users = 0;
    for (Authorization grant : authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .resourceType(Resources.USER).hasPermission(Permissions.DELETE).list()) {
      if (grant.getUserId() != null && grant.getUserId().equals(grant.getResourceId())) {
        grant.setPermissions(OWN_ACCOUNT);
        authorizations.saveAuthorization(grant);
        users++;
      }
    }
    if (tasks + users > 0) {
      LOG.info("Narrowed {} task grants to TASK_WORK and {} own-account grants to READ, UPDATE", tasks, users);
    }
  }
}
