package be.clusterpact.expertgroup.process;

import be.clusterpact.expertgroup.Application;
import be.clusterpact.expertgroup.ApplicationVariables;
import be.clusterpact.expertgroup.CallChoices;
import be.clusterpact.expertgroup.ExpertGroupCall;
import be.clusterpact.expertgroup.ExpertGroupCallRepository;
import be.clusterpact.expertgroup.NationalNotifications;
import be.clusterpact.process.EuExpertGroupApplicationProcess;
import be.clusterpact.kernel.Dates;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start event "Kandidatuur ontvangen": checks the application's fields and attaches it to its call,
 * which must be open (see {@link CallChoices}), and whose business key it shares (so Tasklist and Cockpit find a call's applications by that key).
 */
@Component("openExpertGroupApplication")
public class OpenExpertGroupApplication implements ExecutionListener {

  private final ExpertGroupCallRepository calls;

  OpenExpertGroupApplication(ExpertGroupCallRepository calls) {
    this.calls = calls;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Application application = ApplicationVariables.read(execution);
    ExpertGroupCall call = CallChoices.chosen(application.callKey(), calls.find(application.callKey()), Dates.now());
    execution.setProcessBusinessKey(call.key());
    ApplicationVariables.write(execution, application);
    execution.setVariable(EuExpertGroupApplicationProcess.CALL_TITLE, call.title());
    execution.setVariable(EuExpertGroupApplicationProcess.APPLICATION_RECEIVED_AT, Date.from(Dates.now()));
    LocalDate sentOn = NationalNotifications.sentOn(execution.getVariable(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_SENT_ON), Dates.today());
    execution.setVariable(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_SENT_ON, sentOn == null ? null : sentOn.toString());
  }
}
