package be.clusterpact.dossier;

import java.util.Collection;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whether a user may read a pact's records — its dossier, its clusterpact document: the one rule of
 * {@link PactReaders}, over the engine's history of the pact and its tranche follow-ups.
 */
@Component
public class PactAccess {

  private final EngineHistory history;

  PactAccess(EngineHistory history) {
    this.history = history;
  }

  /** Empty when no clusterpact has this business key. */
  public Optional<Boolean> mayRead(String businessKey, String userId, Collection<String> userGroups) {
    return history.find(businessKey).map(pact -> PactReaders.mayRead(userId, userGroups, history.workers(pact)));
  }
}
