package be.clusterpact.dossier;

import java.util.List;

/**
 * Where steps of a pact's audit trail come from: the engine's history, the Hermes ledger, and any further
 * record of the pact (a stored document, its signature): a Spring bean implementing this joins the trail.
 */
public interface AuditSource {

  /** The steps this source knows of the pact, in any order. */
  List<AuditStep> stepsOf(AuditedPact pact);

  /**
   * A pact as the trail reads it: its business key and the process instances that carry it (the pact and
   * its tranche follow-ups, also finished ones), the pact's own first.
   */
  record AuditedPact(String businessKey, List<String> processInstanceIds) {}
}
