package be.clusterpact.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Renders and stores the clusterpact document: the approved version from the pact as the process
 * keeps it, the signed version as the same document plus who signed and when. Engine-free: the
 * process adapters pass the variables in and write the SHA-256 back into the process history.
 */
@Service
public class ClusterpactDocuments {

  private final PactDocumentRenderer renderer;
  private final PactDocumentStore store;

  public ClusterpactDocuments(PactDocumentRenderer renderer, PactDocumentStore store) {
    this.renderer = renderer;
    this.store = store;
  }

  /** @param pact the process variable {@code clusterpact} */
  public StoredDocument storeApproved(String businessKey, String processInstanceId, Map<String, ?> pact,
                                      String recordedBy, Instant at) {
    PactDocumentModel model = PactDocumentModels.approved(pact);
    return store.store(businessKey, DocumentKind.APPROVED, processInstanceId, renderer.pdf(model), recordedBy, at);
  }

  /** @param signatories as typed in the signing task, one per line */
  public StoredDocument storeSigned(String businessKey, String processInstanceId, Map<String, ?> pact,
                                    LocalDate signedOn, String signatories, String signedBy, Instant at) {
    PactDocumentModel model = PactDocumentModels.signed(PactDocumentModels.approved(pact), signedOn, signatories,
        signedBy, at);
    return store.store(businessKey, DocumentKind.SIGNED, processInstanceId, renderer.pdf(model), signedBy, at);
  }
}
