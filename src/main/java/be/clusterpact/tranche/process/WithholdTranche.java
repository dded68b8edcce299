package be.clusterpact.tranche.process;

import be.clusterpact.tranche.TrancheSteps;
import be.clusterpact.process.HermesTrancheReleaseProcess;
import be.clusterpact.budget.HermesLedger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Tranche van het jaar inhouden": the annual report was rejected, so the year's
 * commitment is cancelled and returns to the Hermes fund.
 */
@Component("withholdTranche")
public class WithholdTranche implements JavaDelegate {

  private final HermesLedger ledger;

  WithholdTranche(HermesLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ledger.cancelCommitment(TrancheSteps.step(execution, "tranche-withheld"), TrancheSteps.year(execution),
        (String) execution.getVariable(HermesTrancheReleaseProcess.REPORT_DECISION_MOTIVATION));
  }
}
