package be.clusterpact.expertgroup.process;

import be.clusterpact.expertgroup.Composition;
import be.clusterpact.expertgroup.ExpertGroupCall;
import be.clusterpact.expertgroup.ExpertGroupCallRepository;
import be.clusterpact.process.EuExpertGroupApplicationProcess;
import be.clusterpact.process.EuExpertGroupCallProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Creates "Samenstelling van de expertengroep bevestigen": the seats and members so far, for the form. */
@Component("openCompositionConfirmation")
public class OpenCompositionConfirmation implements TaskListener {

  private final ExpertGroupCallRepository calls;

  OpenCompositionConfirmation(ExpertGroupCallRepository calls) {
    this.calls = calls;
  }

  @Override
  public void notify(DelegateTask task) {
    String key = (String) task.getVariable(EuExpertGroupApplicationProcess.CALL_BUSINESS_KEY);
    ExpertGroupCall call = calls.get(key);
    task.setVariable(EuExpertGroupCallProcess.COMPOSITION_SUMMARY, Composition.summary(call, calls.members(key)));
    task.setVariable(EuExpertGroupCallProcess.COMPOSITION_CONFIRMED, false);
  }
}
