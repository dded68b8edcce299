package be.clusterpact.expertgroup;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completes "Vrijgekomen zetel toekennen vanaf de wachtlijst": fill the seat with the first one waiting, or leave it free. */
@Component("recordFreedSeatDecision")
class RecordFreedSeatDecision implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Withdrawals.FreedSeatDecision decision = Withdrawals.freedSeat(task.getVariable("freedSeatDecision"));
    task.setVariable("freedSeatDecision", decision.name());
    task.setVariable("fillFreedSeat", decision == Withdrawals.FreedSeatDecision.FILL);
  }
}
