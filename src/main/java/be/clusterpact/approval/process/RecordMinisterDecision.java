package be.clusterpact.approval.process;

import be.clusterpact.approval.DecisionOverview;
import be.clusterpact.approval.MinisterDecisions;
import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.process.EuExpertGroupApplicationProcess;
import be.clusterpact.kernel.Dates;
import be.clusterpact.kernel.Approvals;
import be.clusterpact.kernel.JsonVariables;
import be.clusterpact.engine.RecordCompletingUser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes "Clusterpact goedkeuren als minister". A rejection ends the round (the multi-instance
 * completion condition reads {@code pactRejected}) and sends the motivation back to drafting. The
 * round's overview is refreshed, so a minister who opens the approval afterwards sees this decision.
 */
@Component("recordMinisterDecision")
public class RecordMinisterDecision implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String cabinet = (String) task.getVariable(ClusterpactProcess.MINISTER_CABINET);
    MinisterDecisions.Decision decision = MinisterDecisions.decide(cabinet,
        task.getVariable(ClusterpactProcess.MINISTER_DECISION), task.getVariable(ClusterpactProcess.MINISTER_MOTIVATION));
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("cabinet", cabinet);
    record.put("decision", decision.approved() ? Approvals.APPROVE : Approvals.REJECT);
    record.put(EuExpertGroupApplicationProcess.MOTIVATION, decision.motivation());
    record.put("decidedBy", RecordCompletingUser.completingUser(task));
    record.put("decidedAt", Dates.now().toString());
    record.put("reason", task.getVariable(ClusterpactProcess.APPROVAL_REASON));
    var pact = task.getExecution().getProcessInstance();
    pact.setVariable(MinisterDecisions.variableName(cabinet), JsonVariables.json(record));
    // Every approval form of the round reads this when opened: the other ministers see this decision.
    pact.setVariable(ClusterpactProcess.MINISTER_DECISIONS_OVERVIEW, DecisionOverview.of(
        JsonVariables.stringList(ClusterpactProcess.APPROVING_MINISTERS, pact.getVariable(ClusterpactProcess.APPROVING_MINISTERS)),
        code -> code.equals(cabinet) ? record : pact.getVariable(MinisterDecisions.variableName(code))));
    if (!decision.approved()) {
      pact.setVariable(ClusterpactProcess.PACT_REJECTED, true);
      pact.setVariable(ClusterpactProcess.MINISTER_REJECTION_MOTIVATION,
          (String) task.getVariable(ClusterpactProcess.CABINET_NAME) + ": " + decision.motivation());
    }
  }
}
