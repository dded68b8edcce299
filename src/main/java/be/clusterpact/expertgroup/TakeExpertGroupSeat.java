package be.clusterpact.expertgroup;

import be.clusterpact.platform.Dates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Zetel in de expertengroep toekennen". Locks the call's row, so concurrent selections
 * for one call queue and never take more seats than the quotas; a full quota refuses the applicant
 * with the reason.
 */
@Component("takeExpertGroupSeat")
class TakeExpertGroupSeat implements JavaDelegate {

  private final ExpertGroupCallRepository calls;

  TakeExpertGroupSeat(ExpertGroupCallRepository calls) {
    this.calls = calls;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Application application = ApplicationVariables.read(execution);
    String applicationId = execution.getProcessInstanceId();
    ExpertGroupCall call = calls.lock(application.callKey());
    if (calls.holdsSeat(call.key(), applicationId)) {
      return;
    }
    SeatAllocation.Allocation allocation = SeatAllocation.allocate(call, application.kind());
    if (allocation.granted()) {
      calls.addMember(call.key(), new Member(applicationId, application.kind(), application.name(), application.country(), Dates.now()));
      call = call.withSeatTakenBy(application.kind());
    }
    ApplicationVariables.outcome(execution, allocation.granted() ? Outcomes.SELECTED : Outcomes.REFUSED, allocation.reason());
    execution.setVariable("seatSituation", call.seatSituation());
  }
}
