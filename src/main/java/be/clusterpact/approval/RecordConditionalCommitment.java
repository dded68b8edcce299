package be.clusterpact.approval;

import be.clusterpact.platform.Dates;
import be.clusterpact.budget.EarmarkPlan;
import be.clusterpact.negotiation.AgencyAgreementVariables;
import be.clusterpact.platform.JsonVariables;
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
class RecordConditionalCommitment implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    List<String> ministers = JsonVariables.stringList("approvingMinisters", execution.getVariable("approvingMinisters"));
    EarmarkPlan plan = EarmarkPlan.fromVariable(execution.getVariable("earmarkPlan"));
    Map<String, Object> commitment = ConditionalCommitments.commitment(execution.getProcessBusinessKey(), plan,
        ministers, Dates.now());
    execution.setVariable("conditionalCommitment", JsonVariables.json(commitment));

    Map<String, Object> pact = new LinkedHashMap<>();
    pact.put("businessKey", execution.getProcessBusinessKey());
    pact.put("cluster", Map.of(
        "name", execution.getVariable("clusterName"),
        "organisation", execution.getVariable("clusterOrganisation"),
        "contact", execution.getVariable("clusterContactName"),
        "email", execution.getVariable("clusterContactEmail")));
    pact.put("supportDecisionDate", execution.getVariable("supportDecisionDate"));
    pact.put("longTermStrategy", execution.getVariable("longTermStrategy"));
    pact.put("clusterCommitments", execution.getVariable("clusterCommitments"));
    pact.put("themes", execution.getVariable("themes"));
    pact.put("agencies", execution.getVariable("negotiatingAgencies"));
    Map<String, Object> agreements = new LinkedHashMap<>();
    agreements.put("FIT", execution.getVariable("fitInternationalisationAgreements"));
    agreements.put("WSE", execution.getVariable("wseTrainingAgreements"));
    agreements.put("agencies", AgencyAgreementVariables.read(execution));
    agreements.put("researchGroups", execution.getVariable("researchGroups"));
    agreements.put("researchAgenda", execution.getVariable("researchAgendaAgreements"));
    pact.put("agreements", agreements);
    pact.put("transitionContribution", Map.of(
        "industry40", execution.getVariable("industry40Contribution"),
        "circularEconomy", execution.getVariable("circularEconomyContribution")));
    pact.put("earmarkedMeans", plan.toVariable());
    pact.put("conditionalEarmarkYears", execution.getVariable("conditionalEarmarkYears"));
    pact.put("projectMeansCents", execution.getVariable("projectMeansCents"));
    pact.put("nonFinancialCommitments", execution.getVariable("nonFinancialCommitments"));
    pact.put("policyDomains", execution.getVariable("policyDomains"));
    pact.put("commitmentsByPolicyDomain", execution.getVariable("domainCommitments"));
    List<Object> decisions = new ArrayList<>();
    for (String cabinet : ministers) {
      decisions.add(execution.getVariable(MinisterDecisions.variableName(cabinet)));
    }
    pact.put("ministers", decisions);
    pact.put("commitment", commitment);
    execution.setVariable("clusterpact", JsonVariables.json(pact));
  }
}
