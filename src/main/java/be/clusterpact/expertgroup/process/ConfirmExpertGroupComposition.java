package be.clusterpact.expertgroup.process;

import be.clusterpact.expertgroup.ApplicationVariables;
import be.clusterpact.expertgroup.Composition;
import be.clusterpact.expertgroup.ExpertGroupCall;
import be.clusterpact.expertgroup.ExpertGroupCallRepository;
import be.clusterpact.expertgroup.Member;
import be.clusterpact.process.EuExpertGroupApplicationProcess;
import be.clusterpact.process.EuExpertGroupCallProcess;
import be.clusterpact.kernel.JsonVariables;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes "Samenstelling van de expertengroep bevestigen": only when every application of the call
 * has its outcome; no seat changes after it (the call row is locked while checking).
 */
@Component("confirmExpertGroupComposition")
public class ConfirmExpertGroupComposition implements TaskListener {

  private final ExpertGroupCallRepository calls;

  ConfirmExpertGroupComposition(ExpertGroupCallRepository calls) {
    this.calls = calls;
  }

  @Override
  public void notify(DelegateTask task) {
    String key = (String) task.getVariable(EuExpertGroupApplicationProcess.CALL_BUSINESS_KEY);
    ExpertGroupCall call = calls.lock(key);
    RuntimeService runtime = task.getProcessEngineServices().getRuntimeService();
    long pending = runtime.createProcessInstanceQuery()
        .processDefinitionKey(ApplicationVariables.PROCESS).processInstanceBusinessKey(key).list().stream()
        .filter(application -> runtime.getVariable(application.getId(), EuExpertGroupApplicationProcess.APPLICATION_OUTCOME) == null)
        .count();
    Composition.confirm(task.getVariable(EuExpertGroupCallProcess.COMPOSITION_CONFIRMED), pending);
    calls.changeStatus(key, ExpertGroupCall.Status.CLOSED, ExpertGroupCall.Status.CONFIRMED);
    List<Member> members = calls.members(key);
    task.setVariable(EuExpertGroupCallProcess.COMPOSITION_SUMMARY, Composition.summary(call, members));
    task.setVariable(EuExpertGroupCallProcess.EXPERT_GROUP_COMPOSITION, JsonVariables.json(Composition.record(call, members)));
  }
}
