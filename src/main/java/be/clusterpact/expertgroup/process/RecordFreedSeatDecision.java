package be.clusterpact.expertgroup.process;

import be.clusterpact.expertgroup.Withdrawals;
import be.clusterpact.process.EuExpertGroupCallProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completes "Vrijgekomen zetel toekennen vanaf de wachtlijst": fill the seat with the first one waiting, or leave it free. */
@Component("recordFreedSeatDecision")
public class RecordFreedSeatDecision implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Withdrawals.FreedSeatDecision decision = Withdrawals.freedSeat(task.getVariable(EuExpertGroupCallProcess.FREED_SEAT_DECISION));
    task.setVariable(EuExpertGroupCallProcess.FREED_SEAT_DECISION, decision.name());
    task.setVariable(EuExpertGroupCallProcess.FILL_FREED_SEAT, decision == Withdrawals.FreedSeatDecision.FILL);
  }
}
