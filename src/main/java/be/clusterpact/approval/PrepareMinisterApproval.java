package be.clusterpact.approval;

import be.clusterpact.budget.EarmarkPlan;
import be.clusterpact.platform.JsonVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Goedkeuringsronde van de ministers voorbereiden": economy first, a fresh round, the pact's summary. */
@Component("prepareMinisterApproval")
class PrepareMinisterApproval implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    List<String> cabinets = ApprovalRound.cabinets((List<?>) execution.getVariable(ApprovalRound.CABINETS));
    execution.setVariable(ApprovalRound.CABINETS, JsonVariables.json(cabinets));
    execution.setVariable("pactRejected", false);
    execution.removeVariable("ministerRejectionMotivation");
    execution.setVariable("pactSummary", ApprovalRound.summary(
        (String) execution.getVariable("clusterName"),
        execution.getProcessBusinessKey(),
        EarmarkPlan.fromVariable(execution.getVariable("earmarkPlan")),
        ((Number) execution.getVariable("projectMeansCents")).longValue(),
        (String) execution.getVariable("nonFinancialCommitments"),
        JsonVariables.stringList("themes", execution.getVariable("themes")),
        JsonVariables.stringList("negotiatingAgencies", execution.getVariable("negotiatingAgencies")),
        (String) execution.getVariable("clusterCommitmentsSummary"),
        (String) execution.getVariable("earmarkConditionNote")));
  }
}
