package be.clusterpact.tranche.process;

import be.clusterpact.process.HermesTrancheReleaseProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task listener (create): Tasklist shows which cluster and budget year a tranche task is about. */
@Component("nameTrancheTask")
public class NameTrancheTask implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.setName(task.getName() + " – " + task.getVariable(HermesTrancheReleaseProcess.CLUSTER_NAME) + " " + task.getVariable(HermesTrancheReleaseProcess.TRANCHE_YEAR));
  }
}
