package be.clusterpact.negotiation.process;

import be.clusterpact.negotiation.ClusterCommitments;
import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.kernel.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes "Competitiviteitsprogramma en engagementen van bedrijven en kennisinstellingen vastleggen":
 * the cluster's side of the pact becomes {@code clusterCommitments} (JSON).
 */
@Component("recordClusterCommitments")
public class RecordClusterCommitments implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    ClusterCommitments.Commitments commitments = ClusterCommitments.parse(
        task.getVariable(ClusterCommitments.PROGRAMME_FIELD), task.getVariable(ClusterCommitments.PARTNERS_FIELD));
    var pact = task.getExecution().getProcessInstance();
    pact.setVariable(ClusterpactProcess.CLUSTER_COMMITMENTS, JsonVariables.json(commitments.toVariable()));
    pact.setVariable(ClusterpactProcess.CLUSTER_COMMITMENTS_SUMMARY, commitments.summary());
  }
}
