package be.clusterpact.budget;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completes "Jaarplafond Hermesfonds goedkeuren": approve, or reject with a motivation. */
@Component("recordAnnualMaximumDecision")
class RecordAnnualMaximumDecision implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.setVariable("maximumApproved", AnnualMaximumProposals.approved(task.getVariable("maximumDecision"),
        task.getVariable("maximumDecisionMotivation")));
  }
}
