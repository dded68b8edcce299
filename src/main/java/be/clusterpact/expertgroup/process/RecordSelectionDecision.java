package be.clusterpact.expertgroup.process;

import be.clusterpact.expertgroup.ApplicationVariables;
import be.clusterpact.expertgroup.Outcomes;
import be.clusterpact.process.EuExpertGroupApplicationProcess;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completes "Beslissen over de selectie van de kandidaat": select (a seat is then requested) or refuse with a motivation. */
@Component("recordSelectionDecision")
public class RecordSelectionDecision implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Optional<String> refusal = Outcomes.selectionRefusal(task.getVariable(EuExpertGroupApplicationProcess.SELECTION_DECISION), task.getVariable(EuExpertGroupApplicationProcess.SELECTION_MOTIVATION));
    task.setVariable(EuExpertGroupApplicationProcess.SELECTED_BY_COMMISSION, refusal.isEmpty());
    refusal.ifPresent(reason -> ApplicationVariables.outcome(task, Outcomes.REFUSED, reason));
  }
}
