package be.clusterpact.negotiation;

import be.clusterpact.platform.JsonVariables;
import be.clusterpact.platform.Texts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Onderhandelingsresultaten samenvatten": prefills the draft pact. */
@Component("summariseNegotiationResults")
class SummariseNegotiationResults implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    NegotiationSummary.Draft draft = NegotiationSummary.draft(new NegotiationSummary.Results(
        AgencyAgreementVariables.read(execution),
        (String) execution.getVariable("fitInternationalisationAgreements"),
        Boolean.TRUE.equals(execution.getVariable("fitCommitment")),
        ((Number) execution.getVariable("fitBudgetCents")).longValue(),
        (String) execution.getVariable("wseTrainingAgreements"),
        ((Number) execution.getVariable("wseBudgetCents")).longValue(),
        Texts.required("researchGroups", execution.getVariable("researchGroups"), 2000),
        Texts.required("researchAgendaAgreements", execution.getVariable("researchAgendaAgreements"), 4000),
        Texts.required("industry40Contribution", execution.getVariable("industry40Contribution"), 4000),
        Texts.required("circularEconomyContribution", execution.getVariable("circularEconomyContribution"), 4000),
        (String) execution.getVariable("clusterCommitmentsSummary")));
    execution.setVariable("projectMeansEuro", draft.projectMeansEuro());
    execution.setVariable("nonFinancialCommitments", draft.nonFinancialCommitments());
    execution.setVariable("permitsOrStandards", draft.permitsOrStandards());
    execution.setVariable("policyDomains", JsonVariables.json(draft.policyDomains()));
    execution.setVariable("negotiationSummary", draft.summary());
  }
}
