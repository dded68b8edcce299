package be.clusterpact.expertgroup;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Creates "Samenstelling van de expertengroep bevestigen": the seats and members so far, for the form. */
@Component("openCompositionConfirmation")
class OpenCompositionConfirmation implements TaskListener {

  private final ExpertGroupCallRepository calls;

  OpenCompositionConfirmation(ExpertGroupCallRepository calls) {
    this.calls = calls;
  }

  @Override
  public void notify(DelegateTask task) {
    String key = (String) task.getVariable("callBusinessKey");
    ExpertGroupCall call = calls.get(key);
    task.setVariable("compositionSummary", Composition.summary(call, calls.members(key)));
    task.setVariable("compositionConfirmed", false);
  }
}
