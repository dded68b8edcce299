package be.clusterpact.platform;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Task listener (complete): remembers who completed the task in process variable
 * {@value #VARIABLE}, so the steps that follow (ledger bookings) can say who decided.
 */
@Component("recordCompletingUser")
public class RecordCompletingUser implements TaskListener {

  public static final String VARIABLE = "lastCompletedBy";

  @Override
  public void notify(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String user = authentication != null ? authentication.getUserId() : task.getAssignee();
    task.getExecution().getProcessInstance().setVariable(VARIABLE, user != null ? user : Actors.UNKNOWN);
  }
}
