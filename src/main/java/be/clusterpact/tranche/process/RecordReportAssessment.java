package be.clusterpact.tranche.process;

import be.clusterpact.tranche.TrancheRules;
import be.clusterpact.process.HermesTrancheReleaseProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completes "Jaarverslag van de cluster beoordelen": approved, or rejected with a motivation. */
@Component("recordReportAssessment")
public class RecordReportAssessment implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.setVariable(HermesTrancheReleaseProcess.REPORT_APPROVED, TrancheRules.reportApproved(task.getVariable(HermesTrancheReleaseProcess.REPORT_DECISION),
        task.getVariable(HermesTrancheReleaseProcess.ANNUAL_REPORT_SUMMARY), task.getVariable(HermesTrancheReleaseProcess.REPORT_DECISION_MOTIVATION)));
  }
}
