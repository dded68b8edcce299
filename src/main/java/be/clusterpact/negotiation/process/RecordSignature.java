package be.clusterpact.negotiation.process;

import be.clusterpact.kernel.Dates;
import be.clusterpact.process.ClusterpactProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes "Clusterpact ondertekenen": the signature date as typed ({@code 01/03/2026}, day first)
 * or sent ({@code 2026-03-01}) is stored as an ISO date; an impossible date is refused naming the field.
 */
@Component("recordSignature")
public class RecordSignature implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.setVariable(ClusterpactProcess.SIGNED_ON,
        Dates.date(ClusterpactProcess.SIGNED_ON, task.getVariable(ClusterpactProcess.SIGNED_ON)).toString());
  }
}
