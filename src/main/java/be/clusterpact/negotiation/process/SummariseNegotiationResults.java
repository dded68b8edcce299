package be.clusterpact.negotiation.process;

import be.clusterpact.negotiation.AgencyAgreementVariables;
import be.clusterpact.negotiation.NegotiationSummary;
import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.kernel.JsonVariables;
import be.clusterpact.kernel.Texts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Onderhandelingsresultaten samenvatten": prefills the draft pact. */
@Component("summariseNegotiationResults")
public class SummariseNegotiationResults implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    NegotiationSummary.Draft draft = NegotiationSummary.draft(new NegotiationSummary.Results(
        AgencyAgreementVariables.read(execution),
        (String) execution.getVariable(ClusterpactProcess.FIT_INTERNATIONALISATION_AGREEMENTS),
        Boolean.TRUE.equals(execution.getVariable(ClusterpactProcess.FIT_COMMITMENT)),
        ((Number) execution.getVariable(ClusterpactProcess.FIT_BUDGET_CENTS)).longValue(),
        (String) execution.getVariable(ClusterpactProcess.WSE_TRAINING_AGREEMENTS),
        ((Number) execution.getVariable(ClusterpactProcess.WSE_BUDGET_CENTS)).longValue(),
        Texts.required(ClusterpactProcess.RESEARCH_GROUPS, execution.getVariable(ClusterpactProcess.RESEARCH_GROUPS), 2000),
        Texts.required(ClusterpactProcess.RESEARCH_AGENDA_AGREEMENTS, execution.getVariable(ClusterpactProcess.RESEARCH_AGENDA_AGREEMENTS), 4000),
        Texts.required(ClusterpactProcess.INDUSTRY40_CONTRIBUTION, execution.getVariable(ClusterpactProcess.INDUSTRY40_CONTRIBUTION), 4000),
        Texts.required(ClusterpactProcess.CIRCULAR_ECONOMY_CONTRIBUTION, execution.getVariable(ClusterpactProcess.CIRCULAR_ECONOMY_CONTRIBUTION), 4000),
        (String) execution.getVariable(ClusterpactProcess.CLUSTER_COMMITMENTS_SUMMARY)));
    execution.setVariable(ClusterpactProcess.PROJECT_MEANS_EURO, draft.projectMeansEuro());
    execution.setVariable(ClusterpactProcess.NON_FINANCIAL_COMMITMENTS, draft.nonFinancialCommitments());
    execution.setVariable(ClusterpactProcess.PERMITS_OR_STANDARDS, draft.permitsOrStandards());
    execution.setVariable(ClusterpactProcess.POLICY_DOMAINS, JsonVariables.json(draft.policyDomains()));
    execution.setVariable(ClusterpactProcess.NEGOTIATION_SUMMARY, draft.summary());
  }
}
