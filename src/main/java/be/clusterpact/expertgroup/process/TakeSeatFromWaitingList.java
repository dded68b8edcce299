package be.clusterpact.expertgroup.process;

import be.clusterpact.expertgroup.ApplicantKind;
import be.clusterpact.expertgroup.ApplicationVariables;
import be.clusterpact.expertgroup.ExpertGroupSeats;
import be.clusterpact.expertgroup.Member;
import be.clusterpact.expertgroup.Outcomes;
import be.clusterpact.expertgroup.Withdrawals;
import be.clusterpact.process.EuExpertGroupApplicationProcess;
import be.clusterpact.process.EuExpertGroupCallProcess;
import be.clusterpact.kernel.Dates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * Service task "Zetel toekennen aan de eerste kandidaat op de wachtlijst": under the call's row lock, the
 * applicant of the freed seat's kind refused first takes the seat and leaves the waiting list; the desk then
 * tells them (their e-mail address from their application).
 */
@Component("takeSeatFromWaitingList")
public class TakeSeatFromWaitingList implements JavaDelegate {

  private final ExpertGroupSeats seats;

  TakeSeatFromWaitingList(ExpertGroupSeats seats) {
    this.seats = seats;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = (String) execution.getVariable(EuExpertGroupApplicationProcess.CALL_BUSINESS_KEY);
    ApplicantKind kind = ApplicantKind.valueOf((String) execution.getVariable(EuExpertGroupCallProcess.WITHDRAWING_MEMBER_KIND));
    // The withdrawal freed a seat of this kind, and nothing else takes seats once the composition is confirmed.
    ExpertGroupSeats.Refill refill = seats.refill(key, kind, Dates.now())
        .orElseThrow(() -> new IllegalStateException("No free seat or no one waiting for " + kind + " in " + key));
    Member seated = refill.member();
    execution.setVariable(EuExpertGroupCallProcess.REFILLED_APPLICATION_ID, seated.applicationId());
    execution.setVariable(EuExpertGroupCallProcess.APPLICANT_DISPLAY_NAME, seated.name() + " (" + kind.label() + ")");
    execution.setVariable(EuExpertGroupCallProcess.CONTACT_EMAIL, contactEmail(execution, seated.applicationId()));
    ApplicationVariables.outcome(execution, Outcomes.SELECTED,
        Withdrawals.refillReason((String) execution.getVariable(EuExpertGroupCallProcess.WITHDRAWING_MEMBER_NAME), kind, refill.allocation()));
    execution.setVariable(EuExpertGroupCallProcess.SEAT_SITUATION, refill.call().seatSituation());
    execution.setVariable(EuExpertGroupCallProcess.OUTCOME_NOTIFIED_ON, null);
    execution.setVariable(EuExpertGroupCallProcess.OUTCOME_NOTIFICATION_NOTE, null);
  }

  private static Object contactEmail(DelegateExecution execution, String applicationId) {
    HistoricVariableInstance email = execution.getProcessEngineServices().getHistoryService()
        .createHistoricVariableInstanceQuery().processInstanceId(applicationId).variableName(EuExpertGroupCallProcess.CONTACT_EMAIL).singleResult();
    return email == null ? null : email.getValue();
  }
}
