package be.clusterpact.negotiation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completes "Opleiding en competentieontwikkeling afstemmen met WSE". */
@Component("recordWseAlignment")
class RecordWseAlignment implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    MandatoryAlignments.WseAlignment wse = MandatoryAlignments.wse(
        task.getVariable("wseTrainingAgreements"), task.getVariable("wseBudgetEuro"));
    task.setVariable("wseTrainingAgreements", wse.agreements());
    task.setVariable("wseBudgetCents", wse.budgetCents());
    task.setVariable("wseBudgetCommitment", wse.budgetCommitment());
  }
}
