package be.clusterpact.access.process;

import be.clusterpact.access.TaskWorkersReadTheirProcessInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Staff read a pact only while they have work in it. {@link TaskWorkersReadTheirProcessInstance}
 * grants a task's groups and users READ on its process instance when the task is created; when the
 * task is completed or cancelled, every group or user of it without another open task in that
 * instance loses that READ again — an agency no longer reads the other agencies' agreements, the
 * earmark plan or the contact data after its negotiation. Process owners and administrators read
 * every instance through their own grants; the engine drops the remaining grants when the instance ends.
 */
public class StaffStopReadingAfterTheirWork implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String processInstanceId = task.getProcessInstanceId();
    if (processInstanceId == null) {
      return;
    }
    ProcessEngineServices engine = task.getProcessEngineServices();
    Context.getCommandContext().runWithoutAuthorization(() -> {
      TaskService tasks = engine.getTaskService();
      List<String> groups = new ArrayList<>();
      List<String> users = new ArrayList<>();
      for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
        if (link.getGroupId() != null && IdentityLinkType.CANDIDATE.equals(link.getType())) {
          groups.add(link.getGroupId());
        } else if (link.getUserId() != null) {
          users.add(link.getUserId());
        }
      }
      if (task.getAssignee() != null) {
        users.add(task.getAssignee());
      }
      AuthorizationService authorizations = engine.getAuthorizationService();
      for (String group : groups) {
        boolean moreWork = tasks.createTaskQuery().processInstanceId(processInstanceId).taskCandidateGroup(group)
            .includeAssignedTasks().list().stream().anyMatch(other -> !other.getId().equals(task.getId()));
        if (!moreWork) {
          revoke(authorizations, authorizations.createAuthorizationQuery().groupIdIn(group), processInstanceId);
        }
      }
      for (String user : users) {
        boolean moreWork = Stream.concat(
                tasks.createTaskQuery().processInstanceId(processInstanceId).taskAssignee(user).list().stream(),
                tasks.createTaskQuery().processInstanceId(processInstanceId).taskCandidateUser(user).list().stream())
            .anyMatch(other -> !other.getId().equals(task.getId()));
        if (!moreWork) {
          revoke(authorizations, authorizations.createAuthorizationQuery().userIdIn(user), processInstanceId);
        }
      }
      return null;
    });
  }

  private static void revoke(AuthorizationService authorizations, AuthorizationQuery query,
      String processInstanceId) {
    for (Authorization grant : query.authorizationType(Authorization.AUTH_TYPE_GRANT)
        .resourceType(Resources.PROCESS_INSTANCE).resourceId(processInstanceId).list()) {
      grant.removePermission(ProcessInstancePermissions.READ);
      if (grant.getPermissions(ProcessInstancePermissions.values()).length == 0) {
        authorizations.deleteAuthorization(grant.getId());
      } else {
        authorizations.saveAuthorization(grant);
      }
    }
  }

  /** Attaches the rule to every user task of every model (complete and delete). */
  public static final class OnEveryUserTask extends AbstractBpmnParseListener {

    private final StaffStopReadingAfterTheirWork listener = new StaffStopReadingAfterTheirWork();

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
      definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
      definition.addTaskListener(TaskListener.EVENTNAME_DELETE, listener);
    }
  }
}
