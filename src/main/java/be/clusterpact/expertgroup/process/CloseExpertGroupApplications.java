package be.clusterpact.expertgroup.process;

import be.clusterpact.expertgroup.ExpertGroupCall;
import be.clusterpact.expertgroup.ExpertGroupCallRepository;
import be.clusterpact.process.EuExpertGroupApplicationProcess;
import be.clusterpact.kernel.Dates;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Kandidaturen afsluiten", after the deadline timer: later applications are refused. */
@Component("closeExpertGroupApplications")
public class CloseExpertGroupApplications implements JavaDelegate {

  private final ExpertGroupCallRepository calls;

  CloseExpertGroupApplications(ExpertGroupCallRepository calls) {
    this.calls = calls;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = (String) execution.getVariable(EuExpertGroupApplicationProcess.CALL_BUSINESS_KEY);
    calls.changeStatus(key, ExpertGroupCall.Status.OPEN, ExpertGroupCall.Status.CLOSED);
    execution.setVariable("applicationsClosedAt", Date.from(Dates.now()));
  }
}
