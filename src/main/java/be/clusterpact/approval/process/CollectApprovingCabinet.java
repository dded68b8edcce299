package be.clusterpact.approval.process;

import be.clusterpact.approval.ApprovalRound;
import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.kernel.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * After each evaluation of "Bevoegde minister per beleidsdomein bepalen": the competent cabinet joins
 * the approval round, with the domain's commitments as the reason it is asked.
 */
@Component("collectApprovingCabinet")
public class CollectApprovingCabinet implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    ApprovalRound.Round round = ApprovalRound.withCabinet(
        execution.getVariable(ApprovalRound.CABINETS), execution.getVariable(ApprovalRound.REASONS),
        (String) execution.getVariable(ClusterpactProcess.POLICY_DOMAIN), execution.getVariable(ClusterpactProcess.CABINET_OF_POLICY_DOMAIN),
        execution.getVariable(ClusterpactProcess.DOMAIN_COMMITMENTS));
    var pact = execution.getProcessInstance();
    pact.setVariable(ApprovalRound.CABINETS, JsonVariables.json(round.cabinets()));
    pact.setVariable(ApprovalRound.REASONS, JsonVariables.json(round.reasons()));
    execution.removeVariable(ClusterpactProcess.CABINET_OF_POLICY_DOMAIN);
  }
}
