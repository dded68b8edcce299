package be.clusterpact.approval;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Creates one cabinet's approval task, its decision fields local to that cabinet's approval. */
@Component("openMinisterApproval")
class OpenMinisterApproval implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution approval = task.getExecution();
    approval.setVariableLocal("cabinetName", CabinetCatalogue.displayName((String) task.getVariable("ministerCabinet")));
    approval.setVariableLocal("ministerDecision", null);
    approval.setVariableLocal("ministerMotivation", null);
  }
}
