package be.clusterpact.access;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's default task authorizations (candidate groups, candidate users and the assignee may
 * read and work on the task: READ and TASK_WORK, see {@link AccessSetup}), plus READ on the task's
 * process instance for the same group or user; and a new user's narrowed grant on their own account
 * ({@link WorkerGrants#OWN_ACCOUNT}).
 *
 * <p>Tasklist shows process variables (cluster, business key, deadline) in the task list; the engine
 * shows a process variable only to whoever may read its process instance. With this grant a group
 * reads the pacts it has work in, and no others. The engine deletes these grants when the process
 * instance ends.
 */
public class TaskWorkersReadTheirProcessInstance extends DefaultAuthorizationProvider {

  /** A new user reads their account and changes their password; no DELETE, no ALL. */
  @Override
  public AuthorizationEntity[] newUser(User user) {
    AuthorizationEntity[] defaults = super.newUser(user);
    for (AuthorizationEntity grant : defaults) {
      grant.setPermissions(WorkerGrants.OWN_ACCOUNT);
    }
    return defaults;
  }

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    return with(super.newTaskGroupIdentityLink(task, groupId, type), readProcessInstance(task, null, groupId));
  }

  @Override
  public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
    return with(super.newTaskUserIdentityLink(task, userId, type), readProcessInstance(task, userId, null));
  }

  @Override
  public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
    AuthorizationEntity[] defaults = super.newTaskAssignee(task, oldAssignee, newAssignee);
    return newAssignee == null ? defaults : with(defaults, readProcessInstance(task, newAssignee, null));
  }

  private AuthorizationEntity readProcessInstance(Task task, String userId, String groupId) {
    String processInstanceId = task.getProcessInstanceId();
    if (processInstanceId == null) {
      return null;
    }
    AuthorizationEntity existing = groupId != null
        ? getGrantAuthorizationByGroupId(groupId, Resources.PROCESS_INSTANCE, processInstanceId)
        : getGrantAuthorizationByUserId(userId, Resources.PROCESS_INSTANCE, processInstanceId);
    if (existing == null) {
      return createAuthorization(userId, groupId, Resources.PROCESS_INSTANCE, processInstanceId,
          ProcessInstancePermissions.READ);
    }
    if (existing.isPermissionGranted(ProcessInstancePermissions.READ)) {
      return null;
    }
    addPermissions(existing, ProcessInstancePermissions.READ);
    return existing;
  }

  private static AuthorizationEntity[] with(AuthorizationEntity[] defaults, AuthorizationEntity extra) {
    List<AuthorizationEntity> all = new ArrayList<>();
    if (defaults != null) {
      all.addAll(Arrays.asList(defaults));
    }
    if (extra != null) {
      all.add(extra);
    }
    return all.toArray(AuthorizationEntity[]::new);
  }
}
