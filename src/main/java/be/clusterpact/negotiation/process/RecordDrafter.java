package be.clusterpact.negotiation.process;

import be.clusterpact.engine.RecordCompletingUser;
import be.clusterpact.process.ClusterpactProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (complete) of "Clusterpact opstellen": remembers who drafted the pact the last time,
 * so a draft that comes back is assigned to that person ({@link ReturnDraftToDrafter}).
 */
@Component("recordDrafter")
public class RecordDrafter implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String drafter = RecordCompletingUser.completingUser(task);
    if (drafter != null) {
      task.getExecution().getProcessInstance().setVariable(ClusterpactProcess.DRAFTED_BY, drafter);
    }
  }
}
