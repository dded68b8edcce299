package be.clusterpact.engine;

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
    String user = completingUser(task);
    task.getExecution().getProcessInstance().setVariable(VARIABLE, user != null ? user : Actors.UNKNOWN);
  }

  /**
   * Who completes the task: the authenticated user (also when they complete it without claiming
   * it first), else its assignee (the application's own calls); {@code null} when neither is known.
   */
  public static String completingUser(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication != null && authentication.getUserId() != null ? authentication.getUserId() : task.getAssignee();
  }
}
