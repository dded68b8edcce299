package be.clusterpact.approval;

import be.clusterpact.budget.EarmarkPlan;
import be.clusterpact.platform.JsonVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** After "Bevoegde ministers bepalen": a fresh approval round with the pact's summary. */
@Component("prepareMinisterApproval")
class PrepareMinisterApproval implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    List<String> cabinets = ApprovalRound.cabinets((List<?>) execution.getVariable("approvingMinisters"));
    execution.setVariable("approvingMinisters", JsonVariables.json(cabinets));
    execution.setVariable("pactRejected", false);
    execution.removeVariable("ministerRejectionMotivation");
    execution.setVariable("pactSummary", ApprovalRound.summary(
        (String) execution.getVariable("clusterName"),
        execution.getProcessBusinessKey(),
        EarmarkPlan.fromVariable(execution.getVariable("earmarkPlan")),
        ((Number) execution.getVariable("projectMeansCents")).longValue(),
        (String) execution.getVariable("nonFinancialCommitments"),
        JsonVariables.stringList("themes", execution.getVariable("themes")),
        JsonVariables.stringList("negotiatingAgencies", execution.getVariable("negotiatingAgencies"))));
  }
}
