package be.clusterpact.tranche.process;

import be.clusterpact.tranche.TrancheRules;
import be.clusterpact.process.HermesTrancheReleaseProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completes "Beslissen over het verlaagde jaarlijkse maximum": reduce pro rata, keep or stop, with a motivation. */
@Component("recordLoweredMaximumDecision")
public class RecordLoweredMaximumDecision implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.setVariable(HermesTrancheReleaseProcess.LOWERED_MAXIMUM_DECISION, TrancheRules.loweredMaximumDecision(
        task.getVariable(HermesTrancheReleaseProcess.LOWERED_MAXIMUM_DECISION), task.getVariable(HermesTrancheReleaseProcess.LOWERED_MAXIMUM_MOTIVATION)));
  }
}
