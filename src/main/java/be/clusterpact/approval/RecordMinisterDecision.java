package be.clusterpact.approval;

import be.clusterpact.platform.Dates;
import be.clusterpact.platform.Approvals;
import be.clusterpact.platform.JsonVariables;
import be.clusterpact.platform.RecordCompletingUser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes "Clusterpact goedkeuren als minister". A rejection ends the round (the multi-instance
 * completion condition reads {@code pactRejected}) and sends the motivation back to drafting.
 */
@Component("recordMinisterDecision")
class RecordMinisterDecision implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String cabinet = (String) task.getVariable("ministerCabinet");
    MinisterDecisions.Decision decision = MinisterDecisions.decide(cabinet,
        task.getVariable("ministerDecision"), task.getVariable("ministerMotivation"));
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("cabinet", cabinet);
    record.put("decision", decision.approved() ? Approvals.APPROVE : Approvals.REJECT);
    record.put("motivation", decision.motivation());
    record.put("decidedBy", RecordCompletingUser.completingUser(task));
    record.put("decidedAt", Dates.now().toString());
    record.put("reason", task.getVariable("approvalReason"));
    var pact = task.getExecution().getProcessInstance();
    pact.setVariable(MinisterDecisions.variableName(cabinet), JsonVariables.json(record));
    if (!decision.approved()) {
      pact.setVariable("pactRejected", true);
      pact.setVariable("ministerRejectionMotivation",
          (String) task.getVariable("cabinetName") + ": " + decision.motivation());
    }
  }
}
