package be.clusterpact.budget;

import be.clusterpact.process.HermesAnnualMaximumProcess;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Validates a (revised) proposal and writes what the approving cabinet sees in its form; the proposed
 * amount is kept in Belgian notation, as the revision form shows it for editing.
 */
@Component
public class AnnualMaximumProposalVariables {

  private final HermesLedger ledger;

  AnnualMaximumProposalVariables(HermesLedger ledger) {
    this.ledger = ledger;
  }

  public AnnualMaximumProposals.Proposal apply(VariableScope scope) {
    AnnualMaximumProposals.Proposal proposal = AnnualMaximumProposals.proposal(scope.getVariable(HermesAnnualMaximumProcess.BUDGET_YEAR),
        scope.getVariable(HermesAnnualMaximumProcess.MAXIMUM_EURO), scope.getVariable(HermesAnnualMaximumProcess.PROPOSAL_MOTIVATION));
    Optional<YearBalance> balance = ledger.balance(proposal.year());
    scope.setVariable(HermesAnnualMaximumProcess.BUDGET_YEAR, proposal.year());
    scope.setVariable(HermesAnnualMaximumProcess.PROPOSED_MAXIMUM_CENTS, proposal.maximumCents());
    scope.setVariable(HermesAnnualMaximumProcess.MAXIMUM_EURO, EuroAmounts.typed(proposal.maximumCents()));
    scope.setVariable(HermesAnnualMaximumProcess.PROPOSED_MAXIMUM_LABEL, EuroAmounts.format(proposal.maximumCents()));
    scope.setVariable(HermesAnnualMaximumProcess.YEAR_POSITION, AnnualMaximumProposals.position(proposal.year(), balance));
    scope.setVariable(HermesAnnualMaximumProcess.MAXIMUM_WARNING, AnnualMaximumProposals.warning(proposal, balance));
    return proposal;
  }
}
