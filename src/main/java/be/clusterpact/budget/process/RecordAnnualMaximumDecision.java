package be.clusterpact.budget.process;

import be.clusterpact.budget.AnnualMaximumProposals;
import be.clusterpact.process.HermesAnnualMaximumProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completes "Jaarplafond Hermesfonds goedkeuren": approve, or reject with a motivation. */
@Component("recordAnnualMaximumDecision")
public class RecordAnnualMaximumDecision implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.setVariable(HermesAnnualMaximumProcess.MAXIMUM_APPROVED, AnnualMaximumProposals.approved(task.getVariable(HermesAnnualMaximumProcess.MAXIMUM_DECISION),
        task.getVariable(HermesAnnualMaximumProcess.MAXIMUM_DECISION_MOTIVATION)));
  }
}
