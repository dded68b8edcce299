package be.clusterpact.budget;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Validates a (revised) proposal and writes what the approving cabinet sees in its form; the proposed
 * amount is kept in Belgian notation, as the revision form shows it for editing.
 */
@Component
class AnnualMaximumProposalVariables {

  private final HermesLedger ledger;

  AnnualMaximumProposalVariables(HermesLedger ledger) {
    this.ledger = ledger;
  }

  AnnualMaximumProposals.Proposal apply(VariableScope scope) {
    AnnualMaximumProposals.Proposal proposal = AnnualMaximumProposals.proposal(scope.getVariable("budgetYear"),
        scope.getVariable("maximumEuro"), scope.getVariable("proposalMotivation"));
    Optional<YearBalance> balance = ledger.balance(proposal.year());
    scope.setVariable("budgetYear", proposal.year());
    scope.setVariable("proposedMaximumCents", proposal.maximumCents());
    scope.setVariable("maximumEuro", EuroAmounts.typed(proposal.maximumCents()));
    scope.setVariable("proposedMaximumLabel", EuroAmounts.format(proposal.maximumCents()));
    scope.setVariable("yearPosition", AnnualMaximumProposals.position(proposal.year(), balance));
    scope.setVariable("maximumWarning", AnnualMaximumProposals.warning(proposal, balance));
    return proposal;
  }
}
