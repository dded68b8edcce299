package be.clusterpact.negotiation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Creates one agency's negotiation task: names the agency in Tasklist and the form, and keeps the form's fields
 * local to this negotiation, so parallel negotiations never overwrite each other.
 */
@Component("openAgencyNegotiation")
class OpenAgencyNegotiation implements TaskListener {

  static final String[] FORM_FIELDS = {"agencyAgreementSummary", "agencyProjectMeansEuro",
      "agencyNonFinancialCommitments", "agencyPolicyDomain"};

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution negotiation = task.getExecution();
    String agency = AgencyCatalogue.displayName((String) task.getVariable("agencyCode"));
    task.setName("Onderhandelen met " + agency);
    negotiation.setVariableLocal("agencyName", agency);
    for (String field : FORM_FIELDS) {
      negotiation.setVariableLocal(field, null);
    }
    // Tasklist submits a checklist with the type of the existing variable: declare it as JSON.
    negotiation.setVariableLocal("agencyNonFinancialKinds", SpinValues.jsonValue((String) null).create());
  }
}
