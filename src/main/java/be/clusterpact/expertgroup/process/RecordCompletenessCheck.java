package be.clusterpact.expertgroup.process;

import be.clusterpact.expertgroup.ApplicationScreening;
import be.clusterpact.expertgroup.ApplicationVariables;
import be.clusterpact.expertgroup.Outcomes;
import be.clusterpact.process.EuExpertGroupApplicationProcess;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completes "Volledigheid van de kandidatuur beoordelen": an incomplete application is refused with what is missing. */
@Component("recordCompletenessCheck")
public class RecordCompletenessCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Optional<String> refusal = ApplicationScreening.completenessRefusal(
        task.getVariable(EuExpertGroupApplicationProcess.APPLICATION_COMPLETE), task.getVariable(EuExpertGroupApplicationProcess.MISSING_ITEMS));
    task.setVariable(EuExpertGroupApplicationProcess.APPLICATION_COMPLETE, refusal.isEmpty());
    refusal.ifPresent(reason -> ApplicationVariables.outcome(task, Outcomes.REFUSED, reason));
  }
}
