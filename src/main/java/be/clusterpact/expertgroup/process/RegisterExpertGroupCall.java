package be.clusterpact.expertgroup.process;

import be.clusterpact.expertgroup.CallRegistration;
import be.clusterpact.expertgroup.CallVariables;
import be.clusterpact.expertgroup.ExpertGroupCall;
import be.clusterpact.expertgroup.ExpertGroupCallRepository;
import be.clusterpact.process.EuExpertGroupApplicationProcess;
import be.clusterpact.process.EuExpertGroupCallProcess;
import be.clusterpact.kernel.Dates;
import be.clusterpact.kernel.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Start event "Oproep voor een EU-expertengroep geregistreerd": the call's row with its quotas and dates. */
@Component("registerExpertGroupCall")
public class RegisterExpertGroupCall implements ExecutionListener {

  private final ExpertGroupCallRepository calls;

  RegisterExpertGroupCall(ExpertGroupCallRepository calls) {
    this.calls = calls;
  }

  @Override
  public void notify(DelegateExecution execution) {
    CallRegistration.Registration registration = CallRegistration.register(new CallRegistration.StartData(
        execution.getVariable(EuExpertGroupCallProcess.CALL_TITLE),
        execution.getVariable(EuExpertGroupCallProcess.APPLICATION_DEADLINE),
        execution.getVariable(EuExpertGroupCallProcess.MANDATE_END_DATE),
        execution.getVariable(EuExpertGroupCallProcess.TOTAL_SEATS),
        execution.getVariable(EuExpertGroupCallProcess.PUBLIC_BODY_SEATS),
        execution.getVariable(EuExpertGroupCallProcess.INDIVIDUAL_SEATS),
        execution.getVariable(EuExpertGroupCallProcess.GROUP_TASKS),
        execution.getVariable(EuExpertGroupCallProcess.CALL_SOURCE)), Dates.today());
    ExpertGroupCall call = registration.call();
    if (calls.find(call.key()).isPresent()) {
      throw new InvalidInputException(EuExpertGroupCallProcess.CALL_TITLE, "er bestaat al een oproep met sleutel " + call.key());
    }
    calls.insert(call, Dates.now());
    execution.setProcessBusinessKey(call.key());
    execution.setVariable(EuExpertGroupApplicationProcess.CALL_BUSINESS_KEY, call.key());
    execution.setVariable(EuExpertGroupCallProcess.CALL_TITLE, call.title());
    execution.setVariable(EuExpertGroupCallProcess.TOTAL_SEATS, call.totalSeats());
    execution.setVariable(EuExpertGroupCallProcess.PUBLIC_BODY_SEATS, call.publicBodySeats());
    execution.setVariable(EuExpertGroupCallProcess.INDIVIDUAL_SEATS, call.individualSeats());
    CallVariables.applicationDeadline(execution, call);
    CallVariables.mandateEnd(execution, call);
    execution.setVariable(EuExpertGroupCallProcess.GROUP_TASKS, registration.groupTasks());
    execution.setVariable(EuExpertGroupCallProcess.CALL_SOURCE, registration.callSource());
    execution.setVariable(EuExpertGroupCallProcess.SEAT_SITUATION, call.seatSituation());
  }
}
