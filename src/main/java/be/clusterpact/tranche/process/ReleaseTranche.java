package be.clusterpact.tranche.process;

import be.clusterpact.tranche.TrancheSteps;
import be.clusterpact.budget.EuroAmounts;
import be.clusterpact.budget.HermesLedger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Tranche van het jaar vrijgeven": the year's open commitment is paid out. */
@Component("releaseTranche")
public class ReleaseTranche implements JavaDelegate {

  private final HermesLedger ledger;

  ReleaseTranche(HermesLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long released = ledger.releaseTranche(TrancheSteps.step(execution, "tranche-released"), TrancheSteps.year(execution));
    execution.setVariable("releasedTrancheLabel", EuroAmounts.format(released));
  }
}
