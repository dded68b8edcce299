package be.clusterpact.expertgroup;

import be.clusterpact.platform.Dates;
import be.clusterpact.platform.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Start event "Oproep voor een EU-expertengroep geregistreerd": the call's row with its quotas and dates. */
@Component("registerExpertGroupCall")
class RegisterExpertGroupCall implements ExecutionListener {

  private final ExpertGroupCallRepository calls;

  RegisterExpertGroupCall(ExpertGroupCallRepository calls) {
    this.calls = calls;
  }

  @Override
  public void notify(DelegateExecution execution) {
    CallRegistration.Registration registration = CallRegistration.register(new CallRegistration.StartData(
        execution.getVariable("callTitle"),
        execution.getVariable("applicationDeadline"),
        execution.getVariable("mandateEndDate"),
        execution.getVariable("totalSeats"),
        execution.getVariable("publicBodySeats"),
        execution.getVariable("individualSeats"),
        execution.getVariable("groupTasks"),
        execution.getVariable("callSource")), Dates.today());
    ExpertGroupCall call = registration.call();
    if (calls.find(call.key()).isPresent()) {
      throw new InvalidInputException("callTitle", "er bestaat al een oproep met sleutel " + call.key());
    }
    calls.insert(call, Dates.now());
    execution.setProcessBusinessKey(call.key());
    execution.setVariable("callBusinessKey", call.key());
    execution.setVariable("callTitle", call.title());
    execution.setVariable("totalSeats", call.totalSeats());
    execution.setVariable("publicBodySeats", call.publicBodySeats());
    execution.setVariable("individualSeats", call.individualSeats());
    CallVariables.applicationDeadline(execution, call);
    CallVariables.mandateEnd(execution, call);
    execution.setVariable("groupTasks", registration.groupTasks());
    execution.setVariable("callSource", registration.callSource());
    execution.setVariable("seatSituation", call.seatSituation());
  }
}
