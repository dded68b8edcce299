package be.clusterpact.approval.process;

import be.clusterpact.approval.ConditionalCommitments;
import be.clusterpact.approval.MinisterDecisions;
import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.kernel.Dates;
import be.clusterpact.budget.EarmarkPlan;
import be.clusterpact.negotiation.AgencyAgreementVariables;
import be.clusterpact.kernel.JsonVariables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Voorwaardelijk engagement voor drie jaar vastleggen": the commitment and the whole
 * approved pact become JSON process variables ({@code conditionalCommitment}, {@code clusterpact}).
 */
@Component("recordConditionalCommitment")
public class RecordConditionalCommitment implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    List<String> ministers = JsonVariables.stringList(ClusterpactProcess.APPROVING_MINISTERS, execution.getVariable(ClusterpactProcess.APPROVING_MINISTERS));
    EarmarkPlan plan = EarmarkPlan.fromVariable(execution.getVariable(ClusterpactProcess.EARMARK_PLAN));
    Map<String, Object> commitment = ConditionalCommitments.commitment(execution.getProcessBusinessKey(), plan,
        ministers, Dates.now());
    execution.setVariable(ClusterpactProcess.CONDITIONAL_COMMITMENT, JsonVariables.document(commitment));

    Map<String, Object> pact = new LinkedHashMap<>();
    pact.put("businessKey", execution.getProcessBusinessKey());
    pact.put("cluster", Map.of(
        "name", execution.getVariable(ClusterpactProcess.CLUSTER_NAME),
        "organisation", execution.getVariable(ClusterpactProcess.CLUSTER_ORGANISATION),
        "contact", execution.getVariable(ClusterpactProcess.CLUSTER_CONTACT_NAME),
        "email", execution.getVariable(ClusterpactProcess.CLUSTER_CONTACT_EMAIL)));
    pact.put(ClusterpactProcess.SUPPORT_DECISION_DATE, execution.getVariable(ClusterpactProcess.SUPPORT_DECISION_DATE));
    pact.put(ClusterpactProcess.LONG_TERM_STRATEGY, execution.getVariable(ClusterpactProcess.LONG_TERM_STRATEGY));
    pact.put(ClusterpactProcess.CLUSTER_COMMITMENTS, execution.getVariable(ClusterpactProcess.CLUSTER_COMMITMENTS));
    pact.put(ClusterpactProcess.THEMES, execution.getVariable(ClusterpactProcess.THEMES));
    pact.put("agencies", execution.getVariable(ClusterpactProcess.NEGOTIATING_AGENCIES));
    Map<String, Object> agreements = new LinkedHashMap<>();
    agreements.put("FIT", execution.getVariable(ClusterpactProcess.FIT_INTERNATIONALISATION_AGREEMENTS));
    agreements.put("WSE", execution.getVariable(ClusterpactProcess.WSE_TRAINING_AGREEMENTS));
    agreements.put("agencies", AgencyAgreementVariables.read(execution));
    agreements.put(ClusterpactProcess.RESEARCH_GROUPS, execution.getVariable(ClusterpactProcess.RESEARCH_GROUPS));
    agreements.put("researchAgenda", execution.getVariable(ClusterpactProcess.RESEARCH_AGENDA_AGREEMENTS));
    pact.put("agreements", agreements);
    pact.put("transitionContribution", Map.of(
        "industry40", execution.getVariable(ClusterpactProcess.INDUSTRY40_CONTRIBUTION),
        "circularEconomy", execution.getVariable(ClusterpactProcess.CIRCULAR_ECONOMY_CONTRIBUTION)));
    pact.put("earmarkedMeans", plan.toVariable());
    pact.put(ClusterpactProcess.CONDITIONAL_EARMARK_YEARS, execution.getVariable(ClusterpactProcess.CONDITIONAL_EARMARK_YEARS));
    pact.put(ClusterpactProcess.PROJECT_MEANS_CENTS, execution.getVariable(ClusterpactProcess.PROJECT_MEANS_CENTS));
    pact.put(ClusterpactProcess.NON_FINANCIAL_COMMITMENTS, execution.getVariable(ClusterpactProcess.NON_FINANCIAL_COMMITMENTS));
    pact.put(ClusterpactProcess.POLICY_DOMAINS, execution.getVariable(ClusterpactProcess.POLICY_DOMAINS));
    pact.put("commitmentsByPolicyDomain", execution.getVariable(ClusterpactProcess.DOMAIN_COMMITMENTS));
    List<Object> decisions = new ArrayList<>();
    for (String cabinet : ministers) {
      decisions.add(execution.getVariable(MinisterDecisions.variableName(cabinet)));
    }
    pact.put("ministers", decisions);
    pact.put("commitment", commitment);
    execution.setVariable(ClusterpactProcess.CLUSTERPACT, JsonVariables.document(pact));
  }
}
