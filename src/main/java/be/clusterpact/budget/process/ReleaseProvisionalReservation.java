package be.clusterpact.budget.process;

import be.clusterpact.budget.HermesLedger;
import be.clusterpact.budget.LedgerStep;
import be.clusterpact.budget.ReservationRounds;
import be.clusterpact.engine.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Voorlopige reservering vrijgeven": a rejected or stopped pact gives its provisional
 * amounts back to the Hermes fund.
 */
@Component("releaseProvisionalReservation")
public class ReleaseProvisionalReservation implements JavaDelegate {

  private final HermesLedger ledger;

  ReleaseProvisionalReservation(HermesLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ledger.releaseReservation(new LedgerStep(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
        ReservationRounds.releaseStep(ReservationRounds.current(execution)), Actors.of(execution)));
  }
}
