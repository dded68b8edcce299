package be.clusterpact.expertgroup.process;

import be.clusterpact.expertgroup.ExpertGroupCallRepository;
import be.clusterpact.process.EuExpertGroupApplicationProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Creates "Beslissen over de selectie van de kandidaat": the seats taken so far, for the form. */
@Component("openSelectionDecision")
public class OpenSelectionDecision implements TaskListener {

  private final ExpertGroupCallRepository calls;

  OpenSelectionDecision(ExpertGroupCallRepository calls) {
    this.calls = calls;
  }

  @Override
  public void notify(DelegateTask task) {
    String key = (String) task.getVariable(EuExpertGroupApplicationProcess.CALL_BUSINESS_KEY);
    calls.find(key).ifPresent(call -> task.setVariable(EuExpertGroupApplicationProcess.SEAT_SITUATION, call.seatSituation()));
    task.setVariable(EuExpertGroupApplicationProcess.SELECTION_DECISION, null);
    task.setVariable(EuExpertGroupApplicationProcess.SELECTION_MOTIVATION, null);
  }
}
