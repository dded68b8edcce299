package be.clusterpact.document.process;

import be.clusterpact.document.ClusterpactDocuments;
import be.clusterpact.document.StoredDocument;
import be.clusterpact.engine.Actors;
import be.clusterpact.engine.RecordCompletingUser;
import be.clusterpact.kernel.Dates;
import be.clusterpact.kernel.JsonVariables;
import be.clusterpact.process.ClusterpactProcess;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes "Clusterpact ondertekenen" (after {@code recordSignature}): the signed version of the
 * clusterpact document — the approved document plus the signatories, the date of signature and who
 * recorded it when — is stored; its SHA-256 goes into the process history.
 */
@Component("storeSignedClusterpactDocument")
public class StoreSignedClusterpactDocument implements TaskListener {

  private final ClusterpactDocuments documents;

  public StoreSignedClusterpactDocument(ClusterpactDocuments documents) {
    this.documents = documents;
  }

  @Override
  public void notify(DelegateTask task) {
    Map<String, ?> pact = JsonVariables.record(ClusterpactProcess.CLUSTERPACT, task.getVariable(ClusterpactProcess.CLUSTERPACT));
    String signedBy = RecordCompletingUser.completingUser(task);
    var execution = task.getExecution().getProcessInstance();
    StoredDocument document = documents.storeSigned(execution.getProcessBusinessKey(), task.getProcessInstanceId(),
        pact, LocalDate.parse((String) task.getVariable(ClusterpactProcess.SIGNED_ON)),
        (String) task.getVariable(ClusterpactProcess.SIGNATORIES), signedBy != null ? signedBy : Actors.of(execution),
        Dates.now());
    execution.setVariable(ClusterpactProcess.SIGNED_CLUSTERPACT_DOCUMENT_SHA256, document.sha256());
  }
}
