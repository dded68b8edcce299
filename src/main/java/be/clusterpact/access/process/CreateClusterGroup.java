package be.clusterpact.access.process;

import be.clusterpact.access.ClusterGroups;
import be.clusterpact.process.ClusterpactProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Start event "Steun toegekend aan speerpuntcluster": the cluster organisation gets its Tasklist
 * group ({@code clusterGroup}), created by the engine for the VLAIO user who starts the pact.
 */
@Component("createClusterGroup")
public class CreateClusterGroup implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    String clusterName = (String) execution.getVariable(ClusterpactProcess.CLUSTER_NAME);
    String groupId = Context.getCommandContext().runWithoutAuthorization(
        () -> ClusterGroups.ensure(execution.getProcessEngineServices(), clusterName));
    execution.setVariable(ClusterpactProcess.CLUSTER_GROUP, groupId);
  }
}
