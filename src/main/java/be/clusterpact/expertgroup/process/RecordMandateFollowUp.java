package be.clusterpact.expertgroup.process;

import be.clusterpact.expertgroup.CallVariables;
import be.clusterpact.expertgroup.ExpertGroupCall;
import be.clusterpact.expertgroup.ExpertGroupCallRepository;
import be.clusterpact.expertgroup.Extensions;
import be.clusterpact.expertgroup.Withdrawals;
import be.clusterpact.process.EuExpertGroupApplicationProcess;
import be.clusterpact.process.EuExpertGroupCallProcess;
import be.clusterpact.kernel.Dates;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes "Mandaat van de expertengroep opvolgen": either a later end of the mandate (the call's row and
 * {@code mandateEndsAt}, which the mandate timer reads when the task is created again), or the member who
 * withdraws, whose seat "Zetel van het lid vrijmaken" then frees.
 */
@Component("recordMandateFollowUp")
public class RecordMandateFollowUp implements TaskListener {

  private final ExpertGroupCallRepository calls;

  RecordMandateFollowUp(ExpertGroupCallRepository calls) {
    this.calls = calls;
  }

  @Override
  public void notify(DelegateTask task) {
    String key = (String) task.getVariable(EuExpertGroupApplicationProcess.CALL_BUSINESS_KEY);
    Withdrawals.MandateAction action = Withdrawals.action(task.getVariable(EuExpertGroupCallProcess.MANDATE_ACTION));
    task.setVariable(EuExpertGroupCallProcess.MANDATE_ACTION, action.name());
    if (action == Withdrawals.MandateAction.EXTEND_MANDATE) {
      ExpertGroupCall call = calls.lock(key);
      LocalDate end = Extensions.mandateEnd(call, task.getVariable(EuExpertGroupCallProcess.NEW_MANDATE_END_DATE), Dates.now());
      calls.extendMandate(key, end);
      CallVariables.mandateEnd(task, call.withMandateEnd(end));
      return;
    }
    Withdrawals.Withdrawal withdrawal = Withdrawals.withdrawal(calls.members(key), task.getVariable(EuExpertGroupCallProcess.WITHDRAWING_MEMBER_NAME),
        task.getVariable(EuExpertGroupCallProcess.WITHDRAWN_ON), task.getVariable(EuExpertGroupCallProcess.WITHDRAWAL_NOTE), Dates.today());
    task.setVariable(EuExpertGroupCallProcess.WITHDRAWING_MEMBER_ID, withdrawal.member().applicationId());
    task.setVariable(EuExpertGroupCallProcess.WITHDRAWING_MEMBER_KIND, withdrawal.member().kind().name());
    task.setVariable(EuExpertGroupCallProcess.WITHDRAWING_MEMBER_NAME, withdrawal.member().name());
    task.setVariable(EuExpertGroupCallProcess.WITHDRAWN_ON, withdrawal.withdrawnOn().toString());
    task.setVariable(EuExpertGroupCallProcess.WITHDRAWAL_NOTE, withdrawal.note());
  }
}
