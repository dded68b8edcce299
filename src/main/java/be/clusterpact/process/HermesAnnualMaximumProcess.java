package be.clusterpact.process;

/**
 * The contract of Process_HermesAnnualMaximum (bpmn/hermes-annual-maximum.bpmn): the annual maximum of
 * the Hermes fund's earmarked means. Code and tests name the process, its elements and its variables
 * through these constants, never as string literals; a model change that renames one is a change here,
 * and the compiler finds every place it matters.
 */
public final class HermesAnnualMaximumProcess {

  public static final String KEY = "Process_HermesAnnualMaximum";

  // Elements (BPMN IDs): every user task, and the other elements code and tests refer to.
  /** Jaarplafond vastgelegd. */
  public static final String END_EVENT_MAXIMUM_RECORDED = "EndEvent_MaximumRecorded";
  /** Voorstel ingetrokken. */
  public static final String END_EVENT_PROPOSAL_WITHDRAWN = "EndEvent_ProposalWithdrawn";
  /** Jaarplafond van het Hermesfonds goedkeuren. */
  public static final String TASK_APPROVE_ANNUAL_MAXIMUM = "Task_ApproveAnnualMaximum";
  /** Jaarplafond in het Hermesfonds vastleggen. */
  public static final String TASK_RECORD_ANNUAL_MAXIMUM = "Task_RecordAnnualMaximum";
  /** Voorstel van jaarplafond herwerken of intrekken. */
  public static final String TASK_REVISE_PROPOSAL = "Task_ReviseProposal";

  // Process variables: form fields (with their Dutch label) and what the delegates write.
  /** Begrotingsjaar. */
  public static final String BUDGET_YEAR = "budgetYear";
  public static final String MAXIMUM_APPROVED = "maximumApproved";
  public static final String MAXIMUM_CHECK_ROUND = "maximumCheckRound";
  /** Beslissing. */
  public static final String MAXIMUM_DECISION = "maximumDecision";
  /** Motivering. */
  public static final String MAXIMUM_DECISION_MOTIVATION = "maximumDecisionMotivation";
  /** Maximum geoormerkte middelen (euro). */
  public static final String MAXIMUM_EURO = "maximumEuro";
  /** Waarschuwing. */
  public static final String MAXIMUM_WARNING = "maximumWarning";
  /** Motivering (begrotingsbeslissing, raming van de vraag). */
  public static final String PROPOSAL_MOTIVATION = "proposalMotivation";
  public static final String PROPOSAL_RESUBMITTED = "proposalResubmitted";
  public static final String PROPOSED_MAXIMUM_CENTS = "proposedMaximumCents";
  /** Voorgesteld maximum. */
  public static final String PROPOSED_MAXIMUM_LABEL = "proposedMaximumLabel";
  /** Beslissing. */
  public static final String REVISION_DECISION = "revisionDecision";
  /** Huidige stand van het jaar. */
  public static final String YEAR_POSITION = "yearPosition";

  private HermesAnnualMaximumProcess() {}
}
