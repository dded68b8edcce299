package be.clusterpact.document;

import be.clusterpact.dossier.AuditSource;
import be.clusterpact.dossier.AuditStep;
import be.clusterpact.dossier.AuditStep.LabelledValue;
import be.clusterpact.dossier.StepKind;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The pact's audit trail lists each stored version of its clusterpact document, with its SHA-256 and link. */
@Component
class StoredDocumentsInAuditTrail implements AuditSource {

  static final String PROCESS = "Clusterpact onderhandelen";

  private final PactDocumentStore store;

  StoredDocumentsInAuditTrail(PactDocumentStore store) {
    this.store = store;
  }

  @Override
  public List<AuditStep> stepsOf(AuditedPact pact) {
    List<AuditStep> steps = new ArrayList<>();
    store.find(pact.businessKey(), DocumentKind.APPROVED).ifPresent(document ->
        steps.add(step(document, "Goedgekeurd clusterpact als document (PDF) bewaard")));
    store.find(pact.businessKey(), DocumentKind.SIGNED).ifPresent(document ->
        steps.add(step(document, "Ondertekend clusterpact als document (PDF) bewaard")));
    return steps;
  }

  private static AuditStep step(StoredDocument document, String title) {
    return new AuditStep(document.recordedAt(), StepKind.DOCUMENT, PROCESS, title, document.recordedBy(), List.of(
        new LabelledValue("SHA-256", document.sha256()),
        new LabelledValue("Document", "/api/pacts/" + document.businessKey() + "/document?version="
            + document.kind().parameter())));
  }
}
