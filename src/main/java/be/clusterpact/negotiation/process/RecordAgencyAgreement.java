package be.clusterpact.negotiation.process;

import be.clusterpact.negotiation.AgencyAgreements;
import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.kernel.JsonVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes one agency's negotiation. The form's fields are local to the task's multi-instance
 * execution; the agreement is kept as {@code agencyAgreement_<CODE>} on the pact.
 */
@Component("recordAgencyAgreement")
public class RecordAgencyAgreement implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String agency = (String) task.getVariable(ClusterpactProcess.AGENCY_CODE);
    Map<String, Object> agreement = AgencyAgreements.agreement(agency,
        task.getVariable(ClusterpactProcess.AGENCY_AGREEMENT_SUMMARY), task.getVariable(ClusterpactProcess.AGENCY_PROJECT_MEANS_EURO),
        task.getVariable(ClusterpactProcess.AGENCY_NON_FINANCIAL_KINDS), task.getVariable(ClusterpactProcess.AGENCY_NON_FINANCIAL_COMMITMENTS),
        task.getVariable(ClusterpactProcess.AGENCY_POLICY_DOMAIN));
    agreement.put("negotiatedBy", task.getAssignee());
    task.getExecution().getProcessInstance()
        .setVariable(AgencyAgreements.variableName(agency), JsonVariables.json(agreement));
  }
}
