package be.clusterpact.expertgroup;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completes "Volledigheid van de kandidatuur beoordelen": an incomplete application is refused with what is missing. */
@Component("recordCompletenessCheck")
class RecordCompletenessCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Optional<String> refusal = ApplicationScreening.completenessRefusal(
        task.getVariable("applicationComplete"), task.getVariable("missingItems"));
    task.setVariable("applicationComplete", refusal.isEmpty());
    refusal.ifPresent(reason -> ApplicationVariables.outcome(task, Outcomes.REFUSED, reason));
  }
}
