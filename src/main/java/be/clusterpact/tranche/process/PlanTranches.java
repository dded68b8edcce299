package be.clusterpact.tranche.process;

import be.clusterpact.process.HermesTrancheReleaseProcess;
import be.clusterpact.budget.HermesLedger;
import be.clusterpact.budget.LedgerEntry;
import be.clusterpact.budget.PactYearPosition;
import be.clusterpact.kernel.JsonVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Tranches plannen": the years in which the pact holds a commitment, in order. */
@Component("planTranches")
public class PlanTranches implements JavaDelegate {

  private final HermesLedger ledger;

  PlanTranches(HermesLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<LedgerEntry> entries = ledger.entries(execution.getProcessBusinessKey());
    List<Integer> years = entries.stream().map(LedgerEntry::year).distinct().sorted()
        .filter(year -> PactYearPosition.of(year, entries).openCommitmentCents() > 0).toList();
    execution.setVariable(HermesTrancheReleaseProcess.TRANCHE_YEARS, JsonVariables.json(years));
  }
}
