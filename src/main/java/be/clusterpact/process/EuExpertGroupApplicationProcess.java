package be.clusterpact.process;

/**
 * The contract of Process_EuExpertGroupApplication (bpmn/eu-expert-group.bpmn): one application to an
 * EU cluster expert group. Code and tests name the process, its elements and its variables through
 * these constants, never as string literals; a model change that renames one is a change here, and the
 * compiler finds every place it matters.
 */
public final class EuExpertGroupApplicationProcess {

  public static final String KEY = "Process_EuExpertGroupApplication";

  // Elements (BPMN IDs): every user task, and the other elements code and tests refer to.
  /** Kandidaat geselecteerd. */
  public static final String END_EVENT_APPLICANT_SELECTED = "EndEvent_ApplicantSelected";
  /** Kandidatuur geweigerd. */
  public static final String END_EVENT_APPLICATION_REFUSED = "EndEvent_ApplicationRefused";
  /** Herinnering verstuurd. */
  public static final String END_EVENT_REMINDER_SENT = "EndEvent_ReminderSent";
  /** Volledigheid van de kandidatuur beoordelen. */
  public static final String TASK_CHECK_COMPLETENESS = "Task_CheckCompleteness";
  /** Beslissen over de selectie van de kandidaat. */
  public static final String TASK_DECIDE_ON_SELECTION = "Task_DecideOnSelection";
  /** Gevraagde nationale melding bepalen. */
  public static final String TASK_DETERMINE_NATIONAL_NOTIFICATION = "Task_DetermineNationalNotification";
  /** Kandidaat op de hoogte brengen van de uitkomst. */
  public static final String TASK_NOTIFY_APPLICANT_OF_OUTCOME = "Task_NotifyApplicantOfOutcome";
  /** Kandidaat herinneren aan de gevraagde nationale melding. */
  public static final String TASK_REMIND_OF_NATIONAL_NOTIFICATION = "Task_RemindOfNationalNotification";
  /** Zetel in de expertengroep toekennen. */
  public static final String TASK_TAKE_SEAT = "Task_TakeSeat";

  // Process variables: form fields (with their Dutch label) and what the delegates write.
  /** Land. */
  public static final String APPLICANT_COUNTRY = "applicantCountry";
  /** Kandidaat. */
  public static final String APPLICANT_DISPLAY_NAME = "applicantDisplayName";
  /** Soort kandidaat. */
  public static final String APPLICANT_KIND = "applicantKind";
  /** Naam van de instantie of de expert. */
  public static final String APPLICANT_NAME = "applicantName";
  /** De kandidatuur is volledig. */
  public static final String APPLICATION_COMPLETE = "applicationComplete";
  public static final String APPLICATION_OUTCOME = "applicationOutcome";
  /** Uitkomst. */
  public static final String APPLICATION_OUTCOME_LABEL = "applicationOutcomeLabel";
  public static final String APPLICATION_RECEIVED_AT = "applicationReceivedAt";
  /** Kandidatuur. */
  public static final String APPLICATION_SUMMARY = "applicationSummary";
  /** Achtergrond van de ervaring. */
  public static final String BACKGROUND = "background";
  /** Oproep. */
  public static final String CALL_BUSINESS_KEY = "callBusinessKey";
  /** Oproep. */
  public static final String CALL_TITLE = "callTitle";
  /** E-mailadres. */
  public static final String CONTACT_EMAIL = "contactEmail";
  /** Contactpersoon. */
  public static final String CONTACT_NAME = "contactName";
  /** Ervaring (functies, organisaties, jaren). */
  public static final String EXPERIENCE_DESCRIPTION = "experienceDescription";
  /** Bestuursniveau. */
  public static final String GOVERNMENT_LEVEL = "governmentLevel";
  public static final String MEETS_CALL_CONDITIONS = "meetsCallConditions";
  /** Wat ontbreekt er? */
  public static final String MISSING_ITEMS = "missingItems";
  /** Motivatie. */
  public static final String MOTIVATION = "motivation";
  /** Te informeren overheid. */
  public static final String NATIONAL_NOTIFICATION_AUTHORITY = "nationalNotificationAuthority";
  /** Hoe. */
  public static final String NATIONAL_NOTIFICATION_CHANNEL = "nationalNotificationChannel";
  public static final String NATIONAL_NOTIFICATION_DECISION = "nationalNotificationDecision";
  /** Notitie. */
  public static final String NATIONAL_NOTIFICATION_NOTE = "nationalNotificationNote";
  public static final String NATIONAL_NOTIFICATION_REMINDED_ON = "nationalNotificationRemindedOn";
  public static final String NATIONAL_NOTIFICATION_REMINDER_DUE = "nationalNotificationReminderDue";
  public static final String NATIONAL_NOTIFICATION_REQUESTED = "nationalNotificationRequested";
  public static final String NATIONAL_NOTIFICATION_SENT_ON = "nationalNotificationSentOn";
  public static final String NOTIFICATION_REQUESTED = "notificationRequested";
  /** Opmerking. */
  public static final String OUTCOME_NOTIFICATION_NOTE = "outcomeNotificationNote";
  public static final String OUTCOME_NOTIFIED_ON = "outcomeNotifiedOn";
  /** Reden. */
  public static final String OUTCOME_REASON = "outcomeReason";
  /** Zetels op dit moment. */
  public static final String SEAT_SITUATION = "seatSituation";
  public static final String SELECTED_BY_COMMISSION = "selectedByCommission";
  /** Beslissing. */
  public static final String SELECTION_DECISION = "selectionDecision";
  /** Motivering. */
  public static final String SELECTION_MOTIVATION = "selectionMotivation";

  private EuExpertGroupApplicationProcess() {}
}
