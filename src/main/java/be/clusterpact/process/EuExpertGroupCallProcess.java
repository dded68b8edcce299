package be.clusterpact.process;

/**
 * The contract of Process_EuExpertGroupCall (bpmn/eu-expert-group.bpmn): a call for an EU cluster
 * expert group, its seats and mandate. Code and tests name the process, its elements and its variables
 * through these constants, never as string literals; a model change that renames one is a change here,
 * and the compiler finds every place it matters.
 */
public final class EuExpertGroupCallProcess {

  public static final String KEY = "Process_EuExpertGroupCall";

  // Elements (BPMN IDs): every user task, and the other elements code and tests refer to.
  /** Mandaat van de expertengroep afgelopen. */
  public static final String END_EVENT_MANDATE_ENDED = "EndEvent_MandateEnded";
  /** Wat registreert het secretariaat? */
  public static final String GATEWAY_MANDATE_ACTION = "Gateway_MandateAction";
  /** Kandidaturen afsluiten. */
  public static final String TASK_CLOSE_APPLICATIONS = "Task_CloseApplications";
  /** Samenstelling van de expertengroep bevestigen. */
  public static final String TASK_CONFIRM_COMPOSITION = "Task_ConfirmComposition";
  /** Vrijgekomen zetel toekennen vanaf de wachtlijst. */
  public static final String TASK_DECIDE_ON_FREED_SEAT = "Task_DecideOnFreedSeat";
  /** Deadline voor kandidaturen opvolgen. */
  public static final String TASK_FOLLOW_UP_APPLICATION_DEADLINE = "Task_FollowUpApplicationDeadline";
  /** Mandaat van de expertengroep opvolgen. */
  public static final String TASK_FOLLOW_UP_MANDATE = "Task_FollowUpMandate";
  /** Zetel van het lid vrijmaken. */
  public static final String TASK_FREE_SEAT = "Task_FreeSeat";
  /** Kandidaat van de wachtlijst op de hoogte brengen van de zetel. */
  public static final String TASK_NOTIFY_REFILLED_MEMBER = "Task_NotifyRefilledMember";
  /** Zetel toekennen aan de eerste kandidaat op de wachtlijst. */
  public static final String TASK_TAKE_SEAT_FROM_WAITING_LIST = "Task_TakeSeatFromWaitingList";
  /** Deadline voor kandidaturen verstreken. */
  public static final String TIMER_APPLICATION_DEADLINE = "Timer_ApplicationDeadline";
  /** Einddatum van het mandaat bereikt. */
  public static final String TIMER_MANDATE_ENDED = "Timer_MandateEnded";

  // Process variables: form fields (with their Dutch label) and what the delegates write.
  /** Kandidaat. */
  public static final String APPLICANT_DISPLAY_NAME = "applicantDisplayName";
  public static final String APPLICATION_DEADLINE = "applicationDeadline";
  /** Huidige deadline. */
  public static final String APPLICATION_DEADLINE_LABEL = "applicationDeadlineLabel";
  /** Uitkomst. */
  public static final String APPLICATION_OUTCOME_LABEL = "applicationOutcomeLabel";
  public static final String APPLICATIONS_CLOSE_AT = "applicationsCloseAt";
  /** Bron van de oproep. */
  public static final String CALL_SOURCE = "callSource";
  /** Titel van de oproep. */
  public static final String CALL_TITLE = "callTitle";
  /** Ik bevestig deze samenstelling van de expertengroep. */
  public static final String COMPOSITION_CONFIRMED = "compositionConfirmed";
  /** Zetels en leden. */
  public static final String COMPOSITION_SUMMARY = "compositionSummary";
  /** E-mailadres. */
  public static final String CONTACT_EMAIL = "contactEmail";
  public static final String EXPERT_GROUP_COMPOSITION = "expertGroupComposition";
  public static final String FILL_FREED_SEAT = "fillFreedSeat";
  /** Beslissing. */
  public static final String FREED_SEAT_DECISION = "freedSeatDecision";
  /** Taken van de expertengroep. */
  public static final String GROUP_TASKS = "groupTasks";
  /** Zetels voor individuele experten. */
  public static final String INDIVIDUAL_SEATS = "individualSeats";
  /** Wat wil het secretariaat registreren? */
  public static final String MANDATE_ACTION = "mandateAction";
  public static final String MANDATE_END_DATE = "mandateEndDate";
  /** Mandaat loopt tot. */
  public static final String MANDATE_END_DATE_LABEL = "mandateEndDateLabel";
  public static final String MANDATE_ENDS_AT = "mandateEndsAt";
  public static final String NEW_APPLICATION_DEADLINE = "newApplicationDeadline";
  public static final String NEW_MANDATE_END_DATE = "newMandateEndDate";
  /** Eerste op de wachtlijst. */
  public static final String NEXT_WAITING_APPLICANT = "nextWaitingApplicant";
  public static final String ON_WAITING_LIST = "onWaitingList";
  /** Opmerking. */
  public static final String OUTCOME_NOTIFICATION_NOTE = "outcomeNotificationNote";
  public static final String OUTCOME_NOTIFIED_ON = "outcomeNotifiedOn";
  /** Reden. */
  public static final String OUTCOME_REASON = "outcomeReason";
  /** Zetels voor openbare instanties. */
  public static final String PUBLIC_BODY_SEATS = "publicBodySeats";
  public static final String REFILLED_APPLICATION_ID = "refilledApplicationId";
  /** Zetels. */
  public static final String SEAT_SITUATION = "seatSituation";
  /** Leden in totaal (maximum). */
  public static final String TOTAL_SEATS = "totalSeats";
  /** Aantal op de wachtlijst. */
  public static final String WAITING_APPLICANTS_OF_KIND = "waitingApplicantsOfKind";
  /** Opmerking bij de terugtrekking. */
  public static final String WITHDRAWAL_NOTE = "withdrawalNote";
  public static final String WITHDRAWING_MEMBER_ID = "withdrawingMemberId";
  public static final String WITHDRAWING_MEMBER_KIND = "withdrawingMemberKind";
  /** Naam van het lid dat zich terugtrekt. */
  public static final String WITHDRAWING_MEMBER_NAME = "withdrawingMemberName";
  public static final String WITHDRAWN_ON = "withdrawnOn";
  /** {@link #WITHDRAWN_ON} as the freed-seat decision shows it, e.g. {@code 01/03/2020}. */
  public static final String WITHDRAWN_ON_LABEL = "withdrawnOnLabel";

  private EuExpertGroupCallProcess() {}
}
