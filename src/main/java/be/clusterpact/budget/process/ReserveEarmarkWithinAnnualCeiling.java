package be.clusterpact.budget.process;

import be.clusterpact.budget.AnnualCeilingCheck;
import be.clusterpact.budget.EarmarkPlan;
import be.clusterpact.budget.HermesLedger;
import be.clusterpact.budget.LedgerStep;
import be.clusterpact.budget.ReservationRounds;
import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.engine.Actors;
import be.clusterpact.kernel.JsonVariables;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Geoormerkte middelen voorlopig reserveren binnen het jaarlijkse maximum": the three
 * yearly amounts are reserved in the Hermes ledger if they fit; otherwise a BPMN error takes the
 * pact back to drafting with the reason. A year whose maximum is not set yet is reserved
 * conditionally; {@code earmarkConditionNote} then says so in one Dutch sentence (else it is null).
 */
@Component("reserveEarmarkWithinAnnualCeiling")
public class ReserveEarmarkWithinAnnualCeiling implements JavaDelegate {

  static final String ERROR_CODE = ClusterpactProcess.ERROR_ANNUAL_CEILING_CHECK_FAILED;

  private final HermesLedger ledger;

  ReserveEarmarkWithinAnnualCeiling(HermesLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int round = ReservationRounds.current(execution) + 1;
    EarmarkPlan plan = EarmarkPlan.fromVariable(execution.getVariable(ClusterpactProcess.EARMARK_PLAN));
    HermesLedger.Reservation reservation = ledger.reserve(new LedgerStep(execution.getProcessInstanceId(),
        execution.getProcessBusinessKey(), ReservationRounds.reservationStep(round), Actors.of(execution)), plan);
    if (!reservation.accepted()) {
      throw new BpmnError(ERROR_CODE, String.join(" ", reservation.problems()));
    }
    execution.setVariable(ReservationRounds.VARIABLE, round);
    execution.setVariable(ClusterpactProcess.CONDITIONAL_EARMARK_YEARS, JsonVariables.json(reservation.conditionalYears()));
    execution.setVariable(ClusterpactProcess.EARMARK_CONDITION_NOTE, AnnualCeilingCheck.conditionalNote(reservation.conditionalYears()));
  }
}
