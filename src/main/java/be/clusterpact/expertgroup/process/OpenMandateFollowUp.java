package be.clusterpact.expertgroup.process;

import be.clusterpact.expertgroup.Composition;
import be.clusterpact.expertgroup.ExpertGroupCallRepository;
import be.clusterpact.process.EuExpertGroupApplicationProcess;
import be.clusterpact.process.EuExpertGroupCallProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Creates "Mandaat van de expertengroep opvolgen": the current members and seats, the form's fields empty. */
@Component("openMandateFollowUp")
public class OpenMandateFollowUp implements TaskListener {

  private final ExpertGroupCallRepository calls;

  OpenMandateFollowUp(ExpertGroupCallRepository calls) {
    this.calls = calls;
  }

  @Override
  public void notify(DelegateTask task) {
    String key = (String) task.getVariable(EuExpertGroupApplicationProcess.CALL_BUSINESS_KEY);
    task.setVariable(EuExpertGroupCallProcess.COMPOSITION_SUMMARY, Composition.summary(calls.get(key), calls.members(key)));
    for (String field : new String[] {EuExpertGroupCallProcess.MANDATE_ACTION, EuExpertGroupCallProcess.NEW_MANDATE_END_DATE, EuExpertGroupCallProcess.WITHDRAWING_MEMBER_NAME, EuExpertGroupCallProcess.WITHDRAWN_ON, EuExpertGroupCallProcess.WITHDRAWAL_NOTE}) {
      task.setVariable(field, null);
    }
  }
}
