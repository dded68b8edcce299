package be.clusterpact.dossier;

import java.time.Instant;
import java.util.List;

/**
 * One step of a pact's audit trail.
 *
 * @param at when it happened (for an open task: when it was created)
 * @param process the Dutch name of the process it belongs to (the pact or its tranche follow-up)
 * @param title what happened, in Dutch: the task's name, the timer's name, the ledger entry's label
 * @param actor who did it (a user ID); {@code null} for the engine's own steps
 * @param values what was entered or booked, each by the label its user saw
 */
public record AuditStep(Instant at, StepKind kind, String process, String title, String actor, List<LabelledValue> values) {

  public AuditStep {
    values = List.copyOf(values);
  }

  /** A value as the form labelled it and as its user reads it. */
  public record LabelledValue(String label, String value) {}
}
