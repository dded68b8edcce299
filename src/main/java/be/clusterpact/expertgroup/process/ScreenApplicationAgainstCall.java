package be.clusterpact.expertgroup.process;

import be.clusterpact.expertgroup.Application;
import be.clusterpact.expertgroup.ApplicationScreening;
import be.clusterpact.expertgroup.ApplicationVariables;
import be.clusterpact.expertgroup.ExpertGroupCall;
import be.clusterpact.expertgroup.ExpertGroupCallRepository;
import be.clusterpact.expertgroup.Outcomes;
import be.clusterpact.process.EuExpertGroupApplicationProcess;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Kandidatuur toetsen aan de voorwaarden van de oproep": deadline, kind and background. */
@Component("screenApplicationAgainstCall")
public class ScreenApplicationAgainstCall implements JavaDelegate {

  private final ExpertGroupCallRepository calls;

  ScreenApplicationAgainstCall(ExpertGroupCallRepository calls) {
    this.calls = calls;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Application application = ApplicationVariables.read(execution);
    ExpertGroupCall call = calls.get(application.callKey());
    Optional<String> refusal = ApplicationScreening.callConditionsRefusal(application, call,
        ((Date) execution.getVariable(EuExpertGroupApplicationProcess.APPLICATION_RECEIVED_AT)).toInstant());
    execution.setVariable(EuExpertGroupApplicationProcess.MEETS_CALL_CONDITIONS, refusal.isEmpty());
    refusal.ifPresent(reason -> ApplicationVariables.outcome(execution, Outcomes.REFUSED, reason));
  }
}
