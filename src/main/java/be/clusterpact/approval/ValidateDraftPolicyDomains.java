package be.clusterpact.approval;

import be.clusterpact.platform.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completes "Clusterpact opstellen": the ticked policy domains are known codes (refused naming the field otherwise). */
@Component("validateDraftPolicyDomains")
class ValidateDraftPolicyDomains implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.setVariable("policyDomains", JsonVariables.json(CommitmentDomains.ticked(
        JsonVariables.stringList("policyDomains", task.getVariable("policyDomains")))));
  }
}
