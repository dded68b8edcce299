package be.clusterpact.negotiation.process;

import be.clusterpact.negotiation.AgencyCatalogue;
import be.clusterpact.negotiation.AgencyPolicyDomains;
import be.clusterpact.negotiation.PolicyDomains;
import be.clusterpact.process.ClusterpactProcess;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Creates one agency's negotiation task: names the agency and its policy domain in Tasklist and the form, and keeps the form's fields
 * local to this negotiation, so parallel negotiations never overwrite each other.
 */
@Component("openAgencyNegotiation")
public class OpenAgencyNegotiation implements TaskListener {

  static final String[] FORM_FIELDS = {ClusterpactProcess.AGENCY_AGREEMENT_SUMMARY, ClusterpactProcess.AGENCY_PROJECT_MEANS_EURO,
      ClusterpactProcess.AGENCY_NON_FINANCIAL_COMMITMENTS};

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution negotiation = task.getExecution();
    String code = (String) task.getVariable(ClusterpactProcess.AGENCY_CODE);
    String agency = AgencyCatalogue.displayName(code);
    task.setName("Onderhandelen met " + agency);
    negotiation.setVariableLocal(ClusterpactProcess.AGENCY_NAME, agency);
    // The agency's policy domain follows from the decision table, not from what the agency types.
    String domain = AgencyPolicyDomains.of((Map<?, ?>) task.getVariable(CollectAgencyPolicyDomain.VARIABLE), code);
    negotiation.setVariableLocal(ClusterpactProcess.AGENCY_POLICY_DOMAIN, domain);
    negotiation.setVariableLocal(ClusterpactProcess.AGENCY_POLICY_DOMAIN_LABEL, PolicyDomains.label(domain));
    for (String field : FORM_FIELDS) {
      negotiation.setVariableLocal(field, null);
    }
    // Tasklist submits a checklist with the type of the existing variable: declare it as JSON.
    negotiation.setVariableLocal(ClusterpactProcess.AGENCY_NON_FINANCIAL_KINDS, SpinValues.jsonValue((String) null).create());
  }
}
