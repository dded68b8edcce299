package be.clusterpact.dossier;

import be.clusterpact.dossier.AuditSource.AuditedPact;
import be.clusterpact.kernel.Dates;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
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

  private final PactAccess access;
  private final List<AuditSource> sources;

  PactAuditApi(PactAccess access, List<AuditSource> sources) {
    this.access = access;
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
    AuditedPact pact = access.requireReader(businessKey, "het dossier van " + businessKey);
    List<AuditStep> steps = new ArrayList<>();
    sources.forEach(source -> steps.addAll(source.stepsOf(pact)));
    return new Trail(businessKey, AuditTrail.inOrder(steps).stream().map(Step::of).toList());
  }

  static String when(Instant at) {
    return WHEN.format(at);
  }
}
