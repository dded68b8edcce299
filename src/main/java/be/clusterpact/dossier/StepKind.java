package be.clusterpact.dossier;

/** What a step of the audit trail is, with its Dutch name; the order breaks ties between steps at the same moment. */
public enum StepKind {
  PROCESS_STARTED("Gestart"),
  TASK_COMPLETED("Taak afgerond"),
  MINISTER_DECISION("Beslissing van een minister"),
  DEADLINE_DECISION("Beslissing over de deadline"),
  MAXIMUM_DECISION("Beslissing over een te laag jaarlijks maximum"),
  TIMER_FIRED("Termijn verstreken"),
  LEDGER_BOOKING("Boeking in het Hermesfonds"),
  DOCUMENT("Document"),
  TASK_ENDED_UNFINISHED("Taak beëindigd zonder afronding"),
  TASK_OPEN("Open taak"),
  PROCESS_ENDED("Afgesloten");

  private final String label;

  StepKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
