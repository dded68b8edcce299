package be.clusterpact.approval.process;

import be.clusterpact.approval.CommitmentDomains;
import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.kernel.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completes "Clusterpact opstellen": the ticked policy domains are known codes (refused naming the field otherwise). */
@Component("validateDraftPolicyDomains")
public class ValidateDraftPolicyDomains implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.setVariable(ClusterpactProcess.POLICY_DOMAINS, JsonVariables.json(CommitmentDomains.ticked(
        JsonVariables.stringList(ClusterpactProcess.POLICY_DOMAINS, task.getVariable(ClusterpactProcess.POLICY_DOMAINS)))));
  }
}
