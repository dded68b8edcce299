package be.clusterpact.negotiation.process;

import be.clusterpact.negotiation.MandatoryAlignments;
import be.clusterpact.process.ClusterpactProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completes "Opleiding en competentieontwikkeling afstemmen met WSE". */
@Component("recordWseAlignment")
public class RecordWseAlignment implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    MandatoryAlignments.WseAlignment wse = MandatoryAlignments.wse(
        task.getVariable(ClusterpactProcess.WSE_TRAINING_AGREEMENTS), task.getVariable(ClusterpactProcess.WSE_BUDGET_EURO));
    task.setVariable(ClusterpactProcess.WSE_TRAINING_AGREEMENTS, wse.agreements());
    task.setVariable(ClusterpactProcess.WSE_BUDGET_CENTS, wse.budgetCents());
    task.setVariable("wseBudgetCommitment", wse.budgetCommitment());
  }
}
