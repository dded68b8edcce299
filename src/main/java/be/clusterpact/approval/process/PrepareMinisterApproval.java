package be.clusterpact.approval.process;

import be.clusterpact.approval.ApprovalRound;
import be.clusterpact.approval.CabinetCatalogue;
import be.clusterpact.approval.DecisionOverview;
import be.clusterpact.approval.MinisterDecisions;
import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.budget.EarmarkPlan;
import be.clusterpact.kernel.JsonVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Goedkeuringsronde van de ministers voorbereiden": economy first, a fresh round, the pact's summary. */
@Component("prepareMinisterApproval")
public class PrepareMinisterApproval implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    List<String> cabinets = ApprovalRound.cabinets((List<?>) execution.getVariable(ApprovalRound.CABINETS));
    execution.setVariable(ApprovalRound.CABINETS, JsonVariables.json(cabinets));
    execution.setVariable(ClusterpactProcess.PACT_REJECTED, false);
    execution.removeVariable(ClusterpactProcess.MINISTER_REJECTION_MOTIVATION);
    // A fresh round: the decisions of an earlier, rejected round stay in the history only.
    CabinetCatalogue.codes().forEach(code -> execution.removeVariable(MinisterDecisions.variableName(code)));
    execution.setVariable(ClusterpactProcess.MINISTER_DECISIONS_OVERVIEW, DecisionOverview.of(cabinets, code -> null));
    execution.setVariable(ClusterpactProcess.PACT_SUMMARY, ApprovalRound.summary(
        (String) execution.getVariable(ClusterpactProcess.CLUSTER_NAME),
        execution.getProcessBusinessKey(),
        EarmarkPlan.fromVariable(execution.getVariable(ClusterpactProcess.EARMARK_PLAN)),
        ((Number) execution.getVariable(ClusterpactProcess.PROJECT_MEANS_CENTS)).longValue(),
        (String) execution.getVariable(ClusterpactProcess.NON_FINANCIAL_COMMITMENTS),
        JsonVariables.stringList(ClusterpactProcess.THEMES, execution.getVariable(ClusterpactProcess.THEMES)),
        JsonVariables.stringList(ClusterpactProcess.NEGOTIATING_AGENCIES, execution.getVariable(ClusterpactProcess.NEGOTIATING_AGENCIES)),
        (String) execution.getVariable(ClusterpactProcess.CLUSTER_COMMITMENTS_SUMMARY),
        (String) execution.getVariable(ClusterpactProcess.EARMARK_CONDITION_NOTE)));
  }
}
