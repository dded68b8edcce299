package be.clusterpact.document.process;

import be.clusterpact.document.ClusterpactDocuments;
import be.clusterpact.document.StoredDocument;
import be.clusterpact.engine.Actors;
import be.clusterpact.kernel.Dates;
import be.clusterpact.kernel.JsonVariables;
import be.clusterpact.process.ClusterpactProcess;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Clusterpact als document (PDF) opmaken en bewaren": the approved pact (variable
 * {@code clusterpact}) becomes the stored PDF; its SHA-256 goes into the process history.
 */
@Component("renderClusterpactDocument")
public class RenderClusterpactDocument implements JavaDelegate {

  private final ClusterpactDocuments documents;

  public RenderClusterpactDocument(ClusterpactDocuments documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, ?> pact = JsonVariables.record(ClusterpactProcess.CLUSTERPACT, execution.getVariable(ClusterpactProcess.CLUSTERPACT));
    StoredDocument document = documents.storeApproved(execution.getProcessBusinessKey(),
        execution.getProcessInstanceId(), pact, Actors.of(execution), Dates.now());
    execution.setVariable(ClusterpactProcess.CLUSTERPACT_DOCUMENT_SHA256, document.sha256());
  }
}
