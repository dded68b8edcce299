package be.clusterpact.expertgroup.process;

import be.clusterpact.expertgroup.Application;
import be.clusterpact.expertgroup.ApplicationVariables;
import be.clusterpact.expertgroup.ExpertGroupSeats;
import be.clusterpact.expertgroup.Member;
import be.clusterpact.expertgroup.Outcomes;
import be.clusterpact.expertgroup.SeatAllocation;
import be.clusterpact.process.EuExpertGroupCallProcess;
import be.clusterpact.kernel.Dates;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Zetel in de expertengroep toekennen". Locks the call's row, so concurrent selections
 * for one call queue and never take more seats than the quotas; a full quota refuses the applicant
 * with the reason and puts them on the waiting list of their kind, in the order they were refused.
 */
@Component("takeExpertGroupSeat")
public class TakeExpertGroupSeat implements JavaDelegate {

  private final ExpertGroupSeats seats;

  TakeExpertGroupSeat(ExpertGroupSeats seats) {
    this.seats = seats;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Application application = ApplicationVariables.read(execution);
    Optional<ExpertGroupSeats.Change> change = seats.take(application.callKey(), new Member(execution.getProcessInstanceId(),
        application.kind(), application.name(), application.country(), Dates.now()));
    if (change.isEmpty()) {
      return;
    }
    SeatAllocation.Allocation allocation = change.get().allocation();
    ApplicationVariables.outcome(execution, allocation.granted() ? Outcomes.SELECTED : Outcomes.REFUSED, allocation.reason());
    execution.setVariable(EuExpertGroupCallProcess.ON_WAITING_LIST, allocation.forLackOfSeats());
    execution.setVariable(EuExpertGroupCallProcess.SEAT_SITUATION, change.get().call().seatSituation());
  }
}
