package be.clusterpact.dossier;

import be.clusterpact.dossier.AuditSource.AuditedPact;
import be.clusterpact.web.ApiException;
import be.clusterpact.web.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may read a pact's records — its dossier, its clusterpact document: the one rule of
 * {@link PactReaders}, over the engine's history of the pact and its tranche follow-ups, for the user of
 * the current API request.
 */
@Component
public class PactAccess {

  private final EngineHistory history;
  private final CurrentUser user;

  PactAccess(EngineHistory history, CurrentUser user) {
    this.history = history;
    this.user = user;
  }

  /**
   * The pact, when the current user may read {@code what} of it (e.g. "het dossier van CP-SIM-2026");
   * otherwise 403. Only those who read every pact learn that a business key has none (404): for others an
   * unknown key is the same 403 as a pact they did not work on.
   */
  public AuditedPact requireReader(String businessKey, String what) {
    String userId = user.userId();
    var groups = user.groupIds();
    AuditedPact pact = history.find(businessKey).orElseThrow(() -> PactReaders.readsEveryPact(groups)
        ? new ApiException(HttpStatus.NOT_FOUND, "Geen clusterpact met dossiernummer " + businessKey + ".")
        : refused(what));
    if (!PactReaders.mayRead(userId, groups, history.workers(pact))) {
      throw refused(what);
    }
    return pact;
  }

  private static ApiException refused(String what) {
    return new ApiException(HttpStatus.FORBIDDEN, "Geen toegang tot " + what + ": alleen wie aan het clusterpact"
        + " werkte, het Hermesbeslissingscomité, de beheerder van het Hermesfonds en de beheerders.");
  }
}
