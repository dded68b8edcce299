package be.clusterpact.negotiation;

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
class OpenAgencyNegotiation implements TaskListener {

  static final String[] FORM_FIELDS = {"agencyAgreementSummary", "agencyProjectMeansEuro",
      "agencyNonFinancialCommitments"};

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution negotiation = task.getExecution();
    String code = (String) task.getVariable("agencyCode");
    String agency = AgencyCatalogue.displayName(code);
    task.setName("Onderhandelen met " + agency);
    negotiation.setVariableLocal("agencyName", agency);
    // The agency's policy domain follows from the decision table, not from what the agency types.
    String domain = AgencyPolicyDomains.of((Map<?, ?>) task.getVariable(CollectAgencyPolicyDomain.VARIABLE), code);
    negotiation.setVariableLocal("agencyPolicyDomain", domain);
    negotiation.setVariableLocal("agencyPolicyDomainLabel", PolicyDomains.label(domain));
    for (String field : FORM_FIELDS) {
      negotiation.setVariableLocal(field, null);
    }
    // Tasklist submits a checklist with the type of the existing variable: declare it as JSON.
    negotiation.setVariableLocal("agencyNonFinancialKinds", SpinValues.jsonValue((String) null).create());
  }
}
