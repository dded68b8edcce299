package be.clusterpact.tranche;

import be.clusterpact.budget.EuroAmounts;
import be.clusterpact.budget.HermesLedger;
import be.clusterpact.budget.YearBalance;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Jaarlijks maximum toetsen aan de engagementen": at the start of the budget year, is
 * the year's maximum (possibly lowered since the pact was approved) still covering every commitment?
 */
@Component("checkMaximumCoversCommitments")
class CheckMaximumCoversCommitments implements JavaDelegate {

  private final HermesLedger ledger;

  CheckMaximumCoversCommitments(HermesLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = TrancheSteps.year(execution);
    YearBalance balance = ledger.balance(year)
        .orElseThrow(() -> new IllegalStateException("Budget year " + year + " has commitments but no maximum"));
    long tranche = ledger.position(execution.getProcessBusinessKey(), year).openCommitmentCents();
    long proRata = TrancheRules.proRata(tranche, balance.maximumCents(), balance.reductionBasisCents());
    execution.setVariable("maximumCoversCommitments", !balance.overcommitted());
    execution.setVariable("trancheAmountCents", tranche);
    execution.setVariable("trancheAmountLabel", EuroAmounts.format(tranche));
    execution.setVariable("proRataAmountCents", proRata);
    execution.setVariable("proRataAmountLabel", EuroAmounts.format(proRata));
    execution.setVariable("yearMaximumLabel", EuroAmounts.format(balance.maximumCents()));
    execution.setVariable("yearCommitmentsLabel", EuroAmounts.format(balance.committedCents() + balance.provisionalCents()));
  }
}
