package be.clusterpact.negotiation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completes "Internationalisering afstemmen met FIT". */
@Component("recordFitAlignment")
class RecordFitAlignment implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    MandatoryAlignments.FitAlignment fit = MandatoryAlignments.fit(
        task.getVariable("fitInternationalisationAgreements"), task.getVariable("fitCommitment"),
        task.getVariable("fitBudgetEuro"));
    task.setVariable("fitInternationalisationAgreements", fit.agreements());
    task.setVariable("fitCommitment", fit.commitment());
    task.setVariable("fitBudgetCents", fit.budgetCents());
  }
}
