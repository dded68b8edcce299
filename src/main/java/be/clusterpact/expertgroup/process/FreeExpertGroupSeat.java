package be.clusterpact.expertgroup.process;

import be.clusterpact.expertgroup.ApplicantKind;
import be.clusterpact.expertgroup.Application;
import be.clusterpact.expertgroup.ExpertGroupCall;
import be.clusterpact.expertgroup.ExpertGroupCallRepository;
import be.clusterpact.expertgroup.ExpertGroupSeats;
import be.clusterpact.expertgroup.Member;
import be.clusterpact.process.EuExpertGroupApplicationProcess;
import be.clusterpact.process.EuExpertGroupCallProcess;
import be.clusterpact.kernel.Dates;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Zetel van het lid vrijmaken": under the call's row lock, as seats are taken, the member row
 * keeps the withdrawal and the count of the member's kind goes down; the waiting list of that kind decides
 * whether the secretariat is offered to fill the seat.
 */
@Component("freeExpertGroupSeat")
public class FreeExpertGroupSeat implements JavaDelegate {

  private final ExpertGroupSeats seats;
  private final ExpertGroupCallRepository calls;

  FreeExpertGroupSeat(ExpertGroupSeats seats, ExpertGroupCallRepository calls) {
    this.seats = seats;
    this.calls = calls;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = (String) execution.getVariable(EuExpertGroupApplicationProcess.CALL_BUSINESS_KEY);
    ApplicantKind kind = ApplicantKind.valueOf((String) execution.getVariable(EuExpertGroupCallProcess.WITHDRAWING_MEMBER_KIND));
    String memberId = (String) execution.getVariable(EuExpertGroupCallProcess.WITHDRAWING_MEMBER_ID);
    LocalDate withdrawnOn = Dates.date(EuExpertGroupCallProcess.WITHDRAWN_ON, execution.getVariable(EuExpertGroupCallProcess.WITHDRAWN_ON));
    ExpertGroupCall call = seats.free(key, memberId, kind, Dates.startOfDay(withdrawnOn).toInstant(),
            (String) execution.getVariable(EuExpertGroupCallProcess.WITHDRAWAL_NOTE))
        .orElseThrow(() -> new IllegalStateException("Application " + memberId + " holds no seat in " + key));
    List<Member> waiting = calls.waitingList(key, kind);
    execution.setVariable(EuExpertGroupCallProcess.WITHDRAWN_ON_LABEL, Dates.typed(withdrawnOn));
    execution.setVariable(EuExpertGroupCallProcess.SEAT_SITUATION, call.seatSituation());
    execution.setVariable(EuExpertGroupCallProcess.WAITING_APPLICANTS_OF_KIND, waiting.size());
    execution.setVariable(EuExpertGroupCallProcess.NEXT_WAITING_APPLICANT, waiting.isEmpty() ? null
        : waiting.get(0).name() + " (" + kind.label() + ", " + waiting.get(0).country() + ")");
    execution.setVariable(EuExpertGroupCallProcess.FREED_SEAT_DECISION, null);
  }
}
