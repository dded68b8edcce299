package be.clusterpact.negotiation.process;

import be.clusterpact.negotiation.PactDossierRegistry;
import be.clusterpact.negotiation.PactDossiers;
import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.kernel.Dates;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Start event "Steun toegekend aan speerpuntcluster": business key (one pact per cluster and year) and first-year deadlines. */
@Component("openPactDossier")
public class OpenPactDossier implements ExecutionListener {

  private final PactDossierRegistry registry;

  OpenPactDossier(PactDossierRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void notify(DelegateExecution execution) {
    LocalDate today = Dates.today();
    PactDossiers.Dossier dossier = PactDossiers.open(new PactDossiers.StartData(
        execution.getVariable(ClusterpactProcess.CLUSTER_NAME),
        execution.getVariable(ClusterpactProcess.CLUSTER_ORGANISATION),
        execution.getVariable(ClusterpactProcess.CLUSTER_CONTACT_NAME),
        execution.getVariable(ClusterpactProcess.CLUSTER_CONTACT_EMAIL),
        execution.getVariable(ClusterpactProcess.SUPPORT_DECISION_DATE),
        execution.getVariable(ClusterpactProcess.LONG_TERM_STRATEGY)), today);
    registry.register(dossier.businessKey(), execution.getProcessInstanceId(), dossier.clusterName());
    execution.setProcessBusinessKey(dossier.businessKey());
    execution.setVariable(ClusterpactProcess.PACT_BUSINESS_KEY, dossier.businessKey());
    execution.setVariable(ClusterpactProcess.CLUSTER_NAME, dossier.clusterName());
    execution.setVariable(ClusterpactProcess.CLUSTER_ORGANISATION, dossier.clusterOrganisation());
    execution.setVariable(ClusterpactProcess.CLUSTER_CONTACT_NAME, dossier.clusterContactName());
    execution.setVariable(ClusterpactProcess.CLUSTER_CONTACT_EMAIL, dossier.clusterContactEmail());
    execution.setVariable(ClusterpactProcess.LONG_TERM_STRATEGY, dossier.longTermStrategy());
    execution.setVariable(ClusterpactProcess.SUPPORT_DECISION_DATE, dossier.supportDecisionDate().toString());
    execution.setVariable(ClusterpactProcess.REMINDER_DATE, dossier.reminderInstant());
    execution.setVariable(ClusterpactProcess.FIRST_YEAR_DEADLINE, dossier.firstYearDeadlineInstant());
    execution.setVariable(ClusterpactProcess.FIRST_YEAR_DEADLINE_LABEL, Dates.typed(dossier.firstYearDeadline()));
  }
}
