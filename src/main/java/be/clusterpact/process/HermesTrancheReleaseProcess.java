package be.clusterpact.process;

/**
 * The contract of Process_HermesTrancheRelease (bpmn/hermes-tranche-release.bpmn): the yearly tranches
 * of an approved pact's earmarked means. Code and tests name the process, its elements and its
 * variables through these constants, never as string literals; a model change that renames one is a
 * change here, and the compiler finds every place it matters.
 */
public final class HermesTrancheReleaseProcess {

  public static final String KEY = "Process_HermesTrancheRelease";

  // Elements (BPMN IDs): every user task, and the other elements code and tests refer to.
  /** Financiering stopgezet. */
  public static final String END_EVENT_FUNDING_STOPPED_THROWN = "EndEvent_FundingStoppedThrown";
  /** Financiering van het clusterpact stopgezet. */
  public static final String END_EVENT_PACT_FUNDING_STOPPED = "EndEvent_PactFundingStopped";
  /** Tranche ingehouden. */
  public static final String END_EVENT_TRANCHE_WITHHELD = "EndEvent_TrancheWithheld";
  /** Alle tranches opgevolgd. */
  public static final String END_EVENT_TRANCHES_FOLLOWED_UP = "EndEvent_TranchesFollowedUp";
  /** Jaarlijks maximum opnieuw vastgelegd. */
  public static final String EVENT_ANNUAL_MAXIMUM_RESET = "Event_AnnualMaximumReset";
  /** Jaarlijks maximum vastgelegd. */
  public static final String EVENT_ANNUAL_MAXIMUM_SET = "Event_AnnualMaximumSet";
  /** Einde van het begrotingsjaar afwachten. */
  public static final String GATEWAY_BUDGET_YEAR_RUNNING = "Gateway_BudgetYearRunning";
  /** Financiering stopzetten? */
  public static final String GATEWAY_FUNDING_STOPPED = "Gateway_FundingStopped";
  /** Tranche van een begrotingsjaar opvolgen. */
  public static final String SUB_PROCESS_YEARLY_TRANCHE = "SubProcess_YearlyTranche";
  /** Jaarverslag over het afgelopen begrotingsjaar beoordelen. */
  public static final String TASK_ASSESS_ANNUAL_REPORT = "Task_AssessAnnualReport";
  /** Beslissen over een te laag jaarlijks maximum. */
  public static final String TASK_DECIDE_ON_LOWERED_MAXIMUM = "Task_DecideOnLoweredMaximum";
  /** Tranche van het jaar vrijgeven. */
  public static final String TASK_RELEASE_TRANCHE = "Task_ReleaseTranche";
  /** Tranche van het jaar inhouden. */
  public static final String TASK_WITHHOLD_TRANCHE = "Task_WithholdTranche";
  /** Begrotingsjaar afgelopen. */
  public static final String TIMER_BUDGET_YEAR_ENDED = "Timer_BudgetYearEnded";
  /** Begin van het begrotingsjaar. */
  public static final String TIMER_BUDGET_YEAR_STARTED = "Timer_BudgetYearStarted";

  // BPMN error codes.
  /** Financiering van het clusterpact stopgezet. */
  public static final String ERROR_FUNDING_STOPPED = "FUNDING_STOPPED";

  // Message names (a prefix where the model appends a value).
  public static final String MESSAGE_ANNUAL_MAXIMUM_SET = "AnnualMaximumSet-";

  // Process variables: form fields (with their Dutch label) and what the delegates write.
  /** Samenvatting van het jaarverslag. */
  public static final String ANNUAL_REPORT_SUMMARY = "annualReportSummary";
  /** Speerpuntcluster. */
  public static final String CLUSTER_NAME = "clusterName";
  /** Beslissing. */
  public static final String LOWERED_MAXIMUM_DECISION = "loweredMaximumDecision";
  /** Motivering. */
  public static final String LOWERED_MAXIMUM_MOTIVATION = "loweredMaximumMotivation";
  public static final String MAXIMUM_COVERS_COMMITMENTS = "maximumCoversCommitments";
  public static final String MAXIMUM_SET = "maximumSet";
  /** Dossier. */
  public static final String PACT_BUSINESS_KEY = "pactBusinessKey";
  public static final String PRO_RATA_AMOUNT_CENTS = "proRataAmountCents";
  /** Na evenredige vermindering. */
  public static final String PRO_RATA_AMOUNT_LABEL = "proRataAmountLabel";
  public static final String REPORT_APPROVED = "reportApproved";
  /** Beoordeling. */
  public static final String REPORT_DECISION = "reportDecision";
  /** Motivering. */
  public static final String REPORT_DECISION_MOTIVATION = "reportDecisionMotivation";
  /** Engagement van dit clusterpact. */
  public static final String TRANCHE_AMOUNT_LABEL = "trancheAmountLabel";
  /** Begrotingsjaar. */
  public static final String TRANCHE_YEAR = "trancheYear";
  public static final String TRANCHE_YEARS = "trancheYears";
  /** Engagementen en reserveringen van alle clusterpacten. */
  public static final String YEAR_COMMITMENTS_LABEL = "yearCommitmentsLabel";
  /** Huidig jaarlijks maximum. */
  public static final String YEAR_MAXIMUM_LABEL = "yearMaximumLabel";

  private HermesTrancheReleaseProcess() {}
}
