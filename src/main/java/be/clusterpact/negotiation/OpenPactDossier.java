package be.clusterpact.negotiation;

import be.clusterpact.platform.Dates;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Start event "Steun toegekend aan speerpuntcluster": business key (one pact per cluster and year) and first-year deadlines. */
@Component("openPactDossier")
class OpenPactDossier implements ExecutionListener {

  private final PactDossierRegistry registry;

  OpenPactDossier(PactDossierRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void notify(DelegateExecution execution) {
    LocalDate today = Dates.today();
    PactDossiers.Dossier dossier = PactDossiers.open(new PactDossiers.StartData(
        execution.getVariable("clusterName"),
        execution.getVariable("clusterOrganisation"),
        execution.getVariable("clusterContactName"),
        execution.getVariable("clusterContactEmail"),
        execution.getVariable("supportDecisionDate"),
        execution.getVariable("longTermStrategy")), today);
    registry.register(dossier.businessKey(), execution.getProcessInstanceId(), dossier.clusterName());
    execution.setProcessBusinessKey(dossier.businessKey());
    execution.setVariable("pactBusinessKey", dossier.businessKey());
    execution.setVariable("clusterName", dossier.clusterName());
    execution.setVariable("clusterOrganisation", dossier.clusterOrganisation());
    execution.setVariable("clusterContactName", dossier.clusterContactName());
    execution.setVariable("clusterContactEmail", dossier.clusterContactEmail());
    execution.setVariable("longTermStrategy", dossier.longTermStrategy());
    execution.setVariable("supportDecisionDate", dossier.supportDecisionDate().toString());
    execution.setVariable("reminderDate", dossier.reminderInstant());
    execution.setVariable("firstYearDeadline", dossier.firstYearDeadlineInstant());
    execution.setVariable("firstYearDeadlineLabel", PactDossiers.dutch(dossier.firstYearDeadline()));
  }
}
