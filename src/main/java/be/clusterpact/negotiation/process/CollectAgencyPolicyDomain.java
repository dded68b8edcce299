package be.clusterpact.negotiation.process;

import be.clusterpact.negotiation.AgencyPolicyDomains;
import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.kernel.JsonVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * After each evaluation of "Beleidsdomein van elk onderhandelend agentschap bepalen": the agency's
 * policy domain joins the pact's {@code agencyPolicyDomains} (agency code → domain code).
 */
@Component("collectAgencyPolicyDomain")
public class CollectAgencyPolicyDomain implements ExecutionListener {

  static final String VARIABLE = ClusterpactProcess.AGENCY_POLICY_DOMAINS;

  @Override
  public void notify(DelegateExecution execution) {
    Map<String, String> mapping = AgencyPolicyDomains.with((Map<?, ?>) execution.getVariable(VARIABLE),
        execution.getVariable(ClusterpactProcess.AGENCY), execution.getVariable(ClusterpactProcess.POLICY_DOMAIN_OF_AGENCY));
    execution.getProcessInstance().setVariable(VARIABLE, JsonVariables.json(mapping));
    execution.removeVariable(ClusterpactProcess.POLICY_DOMAIN_OF_AGENCY);
  }
}
