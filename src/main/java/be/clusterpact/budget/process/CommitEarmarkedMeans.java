package be.clusterpact.budget.process;

import be.clusterpact.budget.HermesLedger;
import be.clusterpact.budget.LedgerStep;
import be.clusterpact.engine.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Voorlopige reservering omzetten in een voorwaardelijk engagement": after the
 * ministers' approval the pact's provisional amounts become committed in the Hermes ledger.
 */
@Component("commitEarmarkedMeans")
public class CommitEarmarkedMeans implements JavaDelegate {

  private final HermesLedger ledger;

  CommitEarmarkedMeans(HermesLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ledger.commit(new LedgerStep(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
        "commitment", Actors.of(execution)));
  }
}
