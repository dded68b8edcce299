package be.clusterpact.approval.process;

import be.clusterpact.approval.ApprovalRound;
import be.clusterpact.approval.CabinetCatalogue;
import be.clusterpact.process.ClusterpactProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Creates one cabinet's approval task, named after the cabinet, with why this minister is asked (the
 * commitments in the cabinet's policy domains); its decision fields are local to that approval.
 */
@Component("openMinisterApproval")
public class OpenMinisterApproval implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution approval = task.getExecution();
    String code = (String) task.getVariable(ClusterpactProcess.MINISTER_CABINET);
    String cabinet = CabinetCatalogue.displayName(code);
    task.setName("Clusterpact goedkeuren – " + cabinet);
    approval.setVariableLocal(ClusterpactProcess.CABINET_NAME, cabinet);
    approval.setVariableLocal(ClusterpactProcess.APPROVAL_REASON, ApprovalRound.reason(task.getVariable(ApprovalRound.REASONS), code));
    approval.setVariableLocal(ClusterpactProcess.MINISTER_DECISION, null);
    approval.setVariableLocal(ClusterpactProcess.MINISTER_MOTIVATION, null);
  }
}
