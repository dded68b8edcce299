package be.clusterpact.access.process;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Start event "Steun toegekend aan speerpuntcluster": the user who starts the pact may read it (READ on
 * this process instance, nothing more), so Tasklist can tell them its dossier and first-year deadline
 * right after the start (scripts/started-pact). Without it they would read the new pact only once a task
 * of theirs comes up in it. The engine deletes the grant when the instance ends.
 */
@Component("starterReadsThePact")
public class StarterReadsThePact implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    var command = Context.getCommandContext();
    String starter = command.getAuthenticatedUserId();
    if (starter == null) {
      return; // started by the application itself (demo, tests): nobody to tell
    }
    String instance = execution.getProcessInstanceId();
    command.runWithoutAuthorization(() -> {
      AuthorizationService authorizations = execution.getProcessEngineServices().getAuthorizationService();
      boolean granted = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
          .userIdIn(starter).resourceType(Resources.PROCESS_INSTANCE).resourceId(instance).count() > 0;
      if (!granted) {
        Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        read.setUserId(starter);
        read.setResource(Resources.PROCESS_INSTANCE);
        read.setResourceId(instance);
        read.addPermission(ProcessInstancePermissions.READ);
        authorizations.saveAuthorization(read);
      }
      return null;
    });
  }
}
