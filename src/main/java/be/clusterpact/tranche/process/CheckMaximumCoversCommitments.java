package be.clusterpact.tranche.process;

import be.clusterpact.tranche.TrancheRules;
import be.clusterpact.tranche.TrancheSteps;
import be.clusterpact.process.HermesAnnualMaximumProcess;
import be.clusterpact.process.HermesTrancheReleaseProcess;
import be.clusterpact.budget.EuroAmounts;
import be.clusterpact.budget.HermesLedger;
import be.clusterpact.budget.YearBalance;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Jaarlijks maximum toetsen aan de engagementen": from the start of the budget year, is
 * the year's maximum set, and does it (possibly set or lowered after the pact was approved) cover
 * every reservation and commitment? The year stays locked until this transaction ends, so a maximum
 * set meanwhile is either seen here or announced to the wait that follows ({@code maximumSet} false).
 * Each check is a round of its own ({@code maximumCheckRound}): a later maximum can lead to a later decision.
 */
@Component("checkMaximumCoversCommitments")
public class CheckMaximumCoversCommitments implements JavaDelegate {

  private final HermesLedger ledger;

  CheckMaximumCoversCommitments(HermesLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = TrancheSteps.year(execution);
    Optional<YearBalance> balance = ledger.lockedBalance(year).filter(YearBalance::maximumSet);
    long tranche = ledger.position(execution.getProcessBusinessKey(), year).openCommitmentCents();
    execution.setVariable(HermesAnnualMaximumProcess.MAXIMUM_CHECK_ROUND, TrancheSteps.checkRound(execution) + 1);
    execution.setVariable(HermesTrancheReleaseProcess.MAXIMUM_SET, balance.isPresent());
    execution.setVariable("trancheAmountCents", tranche);
    execution.setVariable(HermesTrancheReleaseProcess.TRANCHE_AMOUNT_LABEL, EuroAmounts.format(tranche));
    if (balance.isEmpty()) {
      execution.setVariable(HermesTrancheReleaseProcess.MAXIMUM_COVERS_COMMITMENTS, false);
      return;
    }
    YearBalance b = balance.get();
    long proRata = TrancheRules.proRata(tranche, b.maximumCents(), b.reductionBasisCents());
    execution.setVariable(HermesTrancheReleaseProcess.MAXIMUM_COVERS_COMMITMENTS, !b.overcommitted());
    execution.setVariable(HermesTrancheReleaseProcess.PRO_RATA_AMOUNT_CENTS, proRata);
    execution.setVariable(HermesTrancheReleaseProcess.PRO_RATA_AMOUNT_LABEL, EuroAmounts.format(proRata));
    execution.setVariable(HermesTrancheReleaseProcess.YEAR_MAXIMUM_LABEL, EuroAmounts.format(b.maximumCents()));
    execution.setVariable(HermesTrancheReleaseProcess.YEAR_COMMITMENTS_LABEL, EuroAmounts.format(b.heldCents()));
  }
}
