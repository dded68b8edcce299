package be.clusterpact.expertgroup;

import be.clusterpact.platform.Dates;
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
class RecordMandateFollowUp implements TaskListener {

  private final ExpertGroupCallRepository calls;

  RecordMandateFollowUp(ExpertGroupCallRepository calls) {
    this.calls = calls;
  }

  @Override
  public void notify(DelegateTask task) {
    String key = (String) task.getVariable("callBusinessKey");
    Withdrawals.MandateAction action = Withdrawals.action(task.getVariable("mandateAction"));
    task.setVariable("mandateAction", action.name());
    if (action == Withdrawals.MandateAction.EXTEND_MANDATE) {
      ExpertGroupCall call = calls.lock(key);
      LocalDate end = Extensions.mandateEnd(call, task.getVariable("newMandateEndDate"), Dates.now());
      calls.extendMandate(key, end);
      CallVariables.mandateEnd(task, call.withMandateEnd(end));
      return;
    }
    Withdrawals.Withdrawal withdrawal = Withdrawals.withdrawal(calls.members(key), task.getVariable("withdrawingMemberName"),
        task.getVariable("withdrawnOn"), task.getVariable("withdrawalNote"), Dates.today());
    task.setVariable("withdrawingMemberId", withdrawal.member().applicationId());
    task.setVariable("withdrawingMemberKind", withdrawal.member().kind().name());
    task.setVariable("withdrawingMemberName", withdrawal.member().name());
    task.setVariable("withdrawnOn", withdrawal.withdrawnOn().toString());
    task.setVariable("withdrawalNote", withdrawal.note());
  }
}
