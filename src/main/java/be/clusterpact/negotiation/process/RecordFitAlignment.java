package be.clusterpact.negotiation.process;

import be.clusterpact.negotiation.MandatoryAlignments;
import be.clusterpact.process.ClusterpactProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completes "Internationalisering afstemmen met FIT". */
@Component("recordFitAlignment")
public class RecordFitAlignment implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    MandatoryAlignments.FitAlignment fit = MandatoryAlignments.fit(
        task.getVariable(ClusterpactProcess.FIT_INTERNATIONALISATION_AGREEMENTS), task.getVariable(ClusterpactProcess.FIT_COMMITMENT),
        task.getVariable(ClusterpactProcess.FIT_BUDGET_EURO));
    task.setVariable(ClusterpactProcess.FIT_INTERNATIONALISATION_AGREEMENTS, fit.agreements());
    task.setVariable(ClusterpactProcess.FIT_COMMITMENT, fit.commitment());
    task.setVariable(ClusterpactProcess.FIT_BUDGET_CENTS, fit.budgetCents());
  }
}
