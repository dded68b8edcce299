package be.clusterpact.tranche.process;

import be.clusterpact.tranche.TrancheRules;
import be.clusterpact.tranche.TrancheSteps;
import be.clusterpact.process.HermesTrancheReleaseProcess;
import be.clusterpact.budget.HermesLedger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Beslissing over het te lage maximum in het Hermesfonds boeken": a pro-rata
 * reduction lowers this year's commitment, a stop cancels this and every later year's commitment,
 * keeping changes nothing. A reduction is booked once per check of the maximum, so a maximum lowered
 * again later in the year can reduce again.
 */
@Component("applyLoweredMaximumDecision")
public class ApplyLoweredMaximumDecision implements JavaDelegate {

  private final HermesLedger ledger;

  ApplyLoweredMaximumDecision(HermesLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = TrancheSteps.year(execution);
    String motivation = (String) execution.getVariable(HermesTrancheReleaseProcess.LOWERED_MAXIMUM_MOTIVATION);
    switch ((String) execution.getVariable(HermesTrancheReleaseProcess.LOWERED_MAXIMUM_DECISION)) {
      case TrancheRules.REDUCE_PRO_RATA -> ledger.reduceCommitment(
          TrancheSteps.step(execution, "reduced-pro-rata-" + TrancheSteps.checkRound(execution)), year,
          ((Number) execution.getVariable(HermesTrancheReleaseProcess.PRO_RATA_AMOUNT_CENTS)).longValue(), motivation);
      case TrancheRules.STOP -> ledger.cancelCommitments(TrancheSteps.step(execution, "funding-stopped"), year, motivation);
      default -> { }
    }
  }
}
