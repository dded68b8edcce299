package be.clusterpact.budget.process;

import be.clusterpact.budget.HermesLedger;
import be.clusterpact.budget.LedgerStep;
import be.clusterpact.process.HermesAnnualMaximumProcess;
import be.clusterpact.engine.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Jaarplafond in het Hermesfonds vastleggen": the approved maximum becomes the year's maximum. */
@Component("recordAnnualMaximum")
public class RecordAnnualMaximum implements JavaDelegate {

  private final HermesLedger ledger;

  RecordAnnualMaximum(HermesLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = ((Number) execution.getVariable(HermesAnnualMaximumProcess.BUDGET_YEAR)).intValue();
    long maximum = ((Number) execution.getVariable(HermesAnnualMaximumProcess.PROPOSED_MAXIMUM_CENTS)).longValue();
    ledger.setMaximum(new LedgerStep(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
        "maximum", Actors.of(execution)), year, maximum);
  }
}
