package be.clusterpact.approval;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Creates one cabinet's approval task, its decision fields local to that cabinet's approval. */
@Component("openMinisterApproval")
class OpenMinisterApproval implements TaskListener {

  private final CabinetCatalogue cabinets;

  OpenMinisterApproval(CabinetCatalogue cabinets) {
    this.cabinets = cabinets;
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution approval = task.getExecution();
    approval.setVariableLocal("cabinetName", cabinets.displayName((String) task.getVariable("ministerCabinet")));
    approval.setVariableLocal("ministerDecision", null);
    approval.setVariableLocal("ministerMotivation", null);
  }
}
