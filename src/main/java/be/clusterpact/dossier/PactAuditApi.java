package be.clusterpact.dossier;

import be.clusterpact.dossier.AuditSource.AuditedPact;
import be.clusterpact.kernel.Dates;
import be.clusterpact.web.ApiException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/pacts/{businessKey}/audit}: the audit trail of a pact, every step in order, for the roles
 * that worked on it, the Hermes committee, the fund manager and administrators (403 for others, also for a
 * business key no clusterpact has; 404 for that to those who read every dossier).
 */
@RestController
@RequestMapping("/api/pacts")
class PactAuditApi {

  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Dates.BRUSSELS);

  private final EngineHistory history;
  private final List<AuditSource> sources;

  PactAuditApi(EngineHistory history, List<AuditSource> sources) {
    this.history = history;
    this.sources = sources;
  }

  record Step(String at, String when, StepKind kind, String kindLabel, String process, String title, String actor,
              List<AuditStep.LabelledValue> values) {
    static Step of(AuditStep step) {
      return new Step(step.at().toString(), PactAuditApi.when(step.at()), step.kind(), step.kind().label(), step.process(),
          step.title(), step.actor(), step.values());
    }
  }

  record Trail(String businessKey, List<Step> steps) {}

  @GetMapping("/{businessKey}/audit")
  Trail audit(@PathVariable String businessKey) {
    Authentication user = EngineUtil.lookupProcessEngine(null).getIdentityService().getCurrentAuthentication();
    String userId = user == null ? null : user.getUserId();
    List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
    // Only those who may read every dossier learn that a business key has none: others get the same 403
    // for an unknown key as for a pact they did not work on.
    AuditedPact pact = history.find(businessKey).orElseThrow(() -> PactReaders.readsEveryPact(groups)
        ? new ApiException(HttpStatus.NOT_FOUND, "Geen clusterpact met dossiernummer " + businessKey + ".")
        : refused(businessKey));
    if (!PactReaders.mayRead(userId, groups, history.workers(pact))) {
      throw refused(businessKey);
    }
    List<AuditStep> steps = new ArrayList<>();
    sources.forEach(source -> steps.addAll(source.stepsOf(pact)));
    return new Trail(businessKey, AuditTrail.inOrder(steps).stream().map(Step::of).toList());
  }

  private static ApiException refused(String businessKey) {
    return new ApiException(HttpStatus.FORBIDDEN, "Geen toegang tot het dossier van " + businessKey
        + ": alleen wie aan het clusterpact werkte, het Hermesbeslissingscomité, de beheerder van het Hermesfonds en beheerders.");
  }

  static String when(Instant at) {
    return WHEN.format(at);
  }
}
