package be.clusterpact.tranche;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completes "Jaarverslag van de cluster beoordelen": approved, or rejected with a motivation. */
@Component("recordReportAssessment")
class RecordReportAssessment implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.setVariable("reportApproved", TrancheRules.reportApproved(task.getVariable("reportDecision"),
        task.getVariable("annualReportSummary"), task.getVariable("reportDecisionMotivation")));
  }
}
