package be.clusterpact.approval;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Creates one cabinet's approval task, named after the cabinet, its decision fields local to that approval. */
@Component("openMinisterApproval")
class OpenMinisterApproval implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution approval = task.getExecution();
    String cabinet = CabinetCatalogue.displayName((String) task.getVariable("ministerCabinet"));
    task.setName("Clusterpact goedkeuren – " + cabinet);
    approval.setVariableLocal("cabinetName", cabinet);
    approval.setVariableLocal("ministerDecision", null);
    approval.setVariableLocal("ministerMotivation", null);
  }
}
