package be.clusterpact.expertgroup;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Creates "Mandaat van de expertengroep opvolgen": the current members and seats, the form's fields empty. */
@Component("openMandateFollowUp")
class OpenMandateFollowUp implements TaskListener {

  private final ExpertGroupCallRepository calls;

  OpenMandateFollowUp(ExpertGroupCallRepository calls) {
    this.calls = calls;
  }

  @Override
  public void notify(DelegateTask task) {
    String key = (String) task.getVariable("callBusinessKey");
    task.setVariable("compositionSummary", Composition.summary(calls.get(key), calls.members(key)));
    for (String field : new String[] {"mandateAction", "newMandateEndDate", "withdrawingMemberName", "withdrawnOn", "withdrawalNote"}) {
      task.setVariable(field, null);
    }
  }
}
