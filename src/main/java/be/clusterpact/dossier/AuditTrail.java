package be.clusterpact.dossier;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The steps of all sources as one trail: in time order, ties by kind (a task's decision before the booking it causes). */
public final class AuditTrail {

  static final Comparator<AuditStep> ORDER = Comparator.comparing(AuditStep::at)
      .thenComparing(AuditStep::kind).thenComparing(AuditStep::title);

  private AuditTrail() {}

  public static List<AuditStep> inOrder(Collection<AuditStep> steps) {
    return steps.stream().sorted(ORDER).toList();
  }
}
