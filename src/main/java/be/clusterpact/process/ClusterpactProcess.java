package be.clusterpact.process;

/**
 * The contract of Process_Clusterpact (bpmn/clusterpact.bpmn): Clusterpact onderhandelen: from the
 * support decision to the signed pact. Code and tests name the process, its elements and its variables
 * through these constants, never as string literals; a model change that renames one is a change here,
 * and the compiler finds every place it matters.
 */
public final class ClusterpactProcess {

  public static final String KEY = "Process_Clusterpact";

  // Elements (BPMN IDs): every user task, and the other elements code and tests refer to.
  /** Past niet binnen het jaarlijkse maximum. */
  public static final String BOUNDARY_EVENT_ANNUAL_CEILING_CHECK_FAILED = "BoundaryEvent_AnnualCeilingCheckFailed";
  /** Bedragen ongeldig. */
  public static final String BOUNDARY_EVENT_EARMARK_INVALID = "BoundaryEvent_EarmarkInvalid";
  /** Onderhandelingen stopgezet. */
  public static final String BOUNDARY_EVENT_NEGOTIATIONS_STOPPED = "BoundaryEvent_NegotiationsStopped";
  /** Jaarlijkse tranches van de geoormerkte middelen opvolgen. */
  public static final String CALL_ACTIVITY_FOLLOW_UP_YEARLY_TRANCHES = "CallActivity_FollowUpYearlyTranches";
  /** Clusterpact door alle ministers goedgekeurd. */
  public static final String END_EVENT_NEGOTIATION_CONCLUDED = "EndEvent_NegotiationConcluded";
  /** Onderhandelingen stopgezet. */
  public static final String END_EVENT_NEGOTIATIONS_STOPPED = "EndEvent_NegotiationsStopped";
  /** Clusterpact en geoormerkte middelen afgehandeld. */
  public static final String END_EVENT_PACT_COMPLETED = "EndEvent_PactCompleted";
  /** Geen clusterpact: onderhandelingen stopgezet. */
  public static final String END_EVENT_PACT_STOPPED = "EndEvent_PactStopped";
  /** Herinnering opgevolgd. */
  public static final String END_EVENT_REMINDER_FOLLOWED_UP = "EndEvent_ReminderFollowedUp";
  /** Alle onderhandelingen afgerond. */
  public static final String GATEWAY_NEGOTIATIONS_JOIN = "Gateway_NegotiationsJoin";
  /** Twaalf maanden na de steunbeslissing. */
  public static final String START_EVENT_FIRST_YEAR_DEADLINE = "StartEvent_FirstYearDeadline";
  /** Negen maanden na de steunbeslissing. */
  public static final String START_EVENT_NINE_MONTH_REMINDER = "StartEvent_NineMonthReminder";
  /** Clusterpact onderhandelen in het eerste jaar na de steunbeslissing. */
  public static final String SUB_PROCESS_NEGOTIATION = "SubProcess_Negotiation";
  /** Onderzoeksagenda afspreken met onderzoeksgroepen. */
  public static final String TASK_AGREE_WITH_RESEARCH_GROUPS = "Task_AgreeWithResearchGroups";
  /** Internationalisering afstemmen met FIT. */
  public static final String TASK_ALIGN_WITH_FIT = "Task_AlignWithFit";
  /** Opleiding en competentieontwikkeling afstemmen met WSE. */
  public static final String TASK_ALIGN_WITH_WSE = "Task_AlignWithWse";
  /** Clusterpact goedkeuren als minister. */
  public static final String TASK_APPROVE_AS_MINISTER = "Task_ApproveAsMinister";
  /** Voorlopige reservering omzetten in een voorwaardelijk engagement. */
  public static final String TASK_COMMIT_EARMARKED_MEANS = "Task_CommitEarmarkedMeans";
  /** Beslissen over verlenging of stopzetting van de onderhandelingen. */
  public static final String TASK_DECIDE_ON_DEADLINE_EXTENSION = "Task_DecideOnDeadlineExtension";
  /** Clusterpact opstellen. */
  public static final String TASK_DRAFT_CLUSTERPACT = "Task_DraftClusterpact";
  /** Stand van de onderhandelingen opvolgen na negen maanden. */
  public static final String TASK_FOLLOW_UP_NINE_MONTH_REMINDER = "Task_FollowUpNineMonthReminder";
  /** Onderhandelen met een geselecteerd agentschap. */
  public static final String TASK_NEGOTIATE_WITH_AGENCY = "Task_NegotiateWithAgency";
  /** Competitiviteitsprogramma en engagementen van bedrijven en kennisinstellingen vastleggen. */
  public static final String TASK_RECORD_CLUSTER_COMMITMENTS = "Task_RecordClusterCommitments";
  /** Voorwaardelijk engagement voor drie jaar vastleggen. */
  public static final String TASK_RECORD_CONDITIONAL_COMMITMENT = "Task_RecordConditionalCommitment";
  /** Bijdrage aan Industrie 4.0 en circulaire economie vastleggen. */
  public static final String TASK_RECORD_TRANSITION_CONTRIBUTION = "Task_RecordTransitionContribution";
  /** Voorlopige reservering vrijgeven na afwijzing. */
  public static final String TASK_RELEASE_RESERVATION_OF_REJECTED_PACT = "Task_ReleaseReservationOfRejectedPact";
  /** Voorlopige reservering vrijgeven na stopzetting. */
  public static final String TASK_RELEASE_RESERVATION_OF_STOPPED_PACT = "Task_ReleaseReservationOfStoppedPact";
  /** Geoormerkte middelen voorlopig reserveren binnen het jaarlijkse maximum. */
  public static final String TASK_RESERVE_EARMARK_WITHIN_ANNUAL_CEILING = "Task_ReserveEarmarkWithinAnnualCeiling";
  /** Clusterpact als document (PDF) opmaken en bewaren. */
  public static final String TASK_RENDER_CLUSTERPACT_DOCUMENT = "Task_RenderClusterpactDocument";
  /** Thema&apos;s en agentschappen voor het clusterpact selecteren. */
  public static final String TASK_SELECT_THEMES_AND_AGENCIES = "Task_SelectThemesAndAgencies";
  /** Clusterpact ondertekenen. */
  public static final String TASK_SIGN_CLUSTERPACT = "Task_SignClusterpact";
  /** Bedragen van de geoormerkte middelen controleren. */
  public static final String TASK_VALIDATE_EARMARK_AMOUNTS = "Task_ValidateEarmarkAmounts";
  /** Verlengde deadline bereikt. */
  public static final String TIMER_EXTENDED_DEADLINE_REACHED = "Timer_ExtendedDeadlineReached";

  // BPMN error codes.
  /** Toets aan het jaarlijkse maximum niet geslaagd. */
  public static final String ERROR_ANNUAL_CEILING_CHECK_FAILED = "ANNUAL_CEILING_CHECK_FAILED";
  /** Bedragen geoormerkte middelen ongeldig. */
  public static final String ERROR_EARMARK_INVALID = "EARMARK_INVALID";
  /** Onderhandelingen stopgezet. */
  public static final String ERROR_NEGOTIATIONS_STOPPED = "NEGOTIATIONS_STOPPED";

  // Process variables: form fields (with their Dutch label) and what the delegates write.
  public static final String ADDITIONAL_AGENCIES = "additionalAgencies";
  public static final String AGENCY = "agency";
  /** Gemaakte afspraken. */
  public static final String AGENCY_AGREEMENT_SUMMARY = "agencyAgreementSummary";
  public static final String AGENCY_CODE = "agencyCode";
  /** Agentschap of overheid. */
  public static final String AGENCY_NAME = "agencyName";
  /** Omschrijving van de niet-financiële engagementen. */
  public static final String AGENCY_NON_FINANCIAL_COMMITMENTS = "agencyNonFinancialCommitments";
  /** Niet-financiële engagementen. */
  public static final String AGENCY_NON_FINANCIAL_KINDS = "agencyNonFinancialKinds";
  public static final String AGENCY_POLICY_DOMAIN = "agencyPolicyDomain";
  /** Beleidsdomein van dit agentschap. */
  public static final String AGENCY_POLICY_DOMAIN_LABEL = "agencyPolicyDomainLabel";
  public static final String AGENCY_POLICY_DOMAINS = "agencyPolicyDomains";
  /** Gereserveerde projectmiddelen (euro). */
  public static final String AGENCY_PROJECT_MEANS_EURO = "agencyProjectMeansEuro";
  /** Waarom u dit clusterpact goedkeurt: de engagementen in uw beleidsdomein. */
  public static final String APPROVAL_REASON = "approvalReason";
  public static final String APPROVING_MINISTERS = "approvingMinisters";
  /** Why the budget checks refused the draft (shown in the returned draft's warning, {@link #DRAFT_RETURN_NOTICE}). */
  public static final String BUDGET_CHECK_MESSAGE = "budgetCheckMessage";
  /** Kabinet. */
  public static final String CABINET_NAME = "cabinetName";
  public static final String CABINET_OF_POLICY_DOMAIN = "cabinetOfPolicyDomain";
  /** Bijdrage aan het transitietraject circulaire economie. */
  public static final String CIRCULAR_ECONOMY_CONTRIBUTION = "circularEconomyContribution";
  public static final String CLUSTER_COMMITMENTS = "clusterCommitments";
  public static final String CLUSTER_COMMITMENTS_SUMMARY = "clusterCommitmentsSummary";
  /** Competitiviteitsprogramma van de cluster. */
  public static final String CLUSTER_COMPETITIVENESS_PROGRAMME = "clusterCompetitivenessProgramme";
  /** E-mailadres contactpersoon. */
  public static final String CLUSTER_CONTACT_EMAIL = "clusterContactEmail";
  /** Contactpersoon. */
  public static final String CLUSTER_CONTACT_NAME = "clusterContactName";
  public static final String CLUSTER_GROUP = "clusterGroup";
  /** Naam van de speerpuntcluster. */
  public static final String CLUSTER_NAME = "clusterName";
  /** Clusterorganisatie (juridische entiteit). */
  public static final String CLUSTER_ORGANISATION = "clusterOrganisation";
  /** Engagementen van bedrijven en kennisinstellingen (één partner per regel). */
  public static final String CLUSTER_PARTNER_COMMITMENTS = "clusterPartnerCommitments";
  /** Clusterspecifieke thema's (één per regel). */
  public static final String CLUSTER_SPECIFIC_THEMES = "clusterSpecificThemes";
  public static final String CLUSTERPACT = "clusterpact";
  /** SHA-256 (hex) of the stored approved clusterpact document (PDF). */
  public static final String CLUSTERPACT_DOCUMENT_SHA256 = "clusterpactDocumentSha256";
  public static final String COMMITMENT_DOMAINS = "commitmentDomains";
  public static final String CONDITIONAL_COMMITMENT = "conditionalCommitment";
  public static final String CONDITIONAL_EARMARK_YEARS = "conditionalEarmarkYears";
  /** Beslissing. */
  public static final String DEADLINE_DECISION = "deadlineDecision";
  /** Motivering. */
  public static final String DEADLINE_DECISION_MOTIVATION = "deadlineDecisionMotivation";
  /** The user who completed "Clusterpact opstellen" the last time: a returned draft is assigned to them. */
  public static final String DRAFTED_BY = "draftedBy";
  /** Why a draft came back to its drafter (Markdown warning, a variable of the returned draft task). */
  public static final String DRAFT_RETURN_NOTICE = "draftReturnNotice";
  public static final String DOMAIN_COMMITMENTS = "domainCommitments";
  public static final String EARMARK_CONDITION_NOTE = "earmarkConditionNote";
  public static final String EARMARK_PLAN = "earmarkPlan";
  /** Shown under the first year's amount of a returned draft: what that year still leaves available. */
  public static final String EARMARK_YEAR1_AVAILABILITY = "earmarkYear1Availability";
  public static final String EARMARK_YEAR2_AVAILABILITY = "earmarkYear2Availability";
  public static final String EARMARK_YEAR3_AVAILABILITY = "earmarkYear3Availability";
  /** Geoormerkte middelen Hermesfonds – eerste jaar (euro), the label names the year. */
  public static final String EARMARK_YEAR1_EURO = "earmarkYear1Euro";
  /** Geoormerkte middelen Hermesfonds – tweede jaar (euro), the label names the year. */
  public static final String EARMARK_YEAR2_EURO = "earmarkYear2Euro";
  /** Geoormerkte middelen Hermesfonds – derde jaar (euro), the label names the year. */
  public static final String EARMARK_YEAR3_EURO = "earmarkYear3Euro";
  public static final String EXTENDED_DEADLINE = "extendedDeadline";
  /** Eerste jaar van de geoormerkte middelen. */
  public static final String FIRST_EARMARK_YEAR = "firstEarmarkYear";
  public static final String FIRST_YEAR_DEADLINE = "firstYearDeadline";
  /** Deadline eerste jaar. */
  public static final String FIRST_YEAR_DEADLINE_LABEL = "firstYearDeadlineLabel";
  public static final String FIT_BUDGET_CENTS = "fitBudgetCents";
  /** Budget van FIT voor deze engagementen (euro). */
  public static final String FIT_BUDGET_EURO = "fitBudgetEuro";
  /** FIT gaat engagementen aan (goedkeuring door de minister van Buitenlandse Handel nodig). */
  public static final String FIT_COMMITMENT = "fitCommitment";
  /** Afspraken over internationalisering. */
  public static final String FIT_INTERNATIONALISATION_AGREEMENTS = "fitInternationalisationAgreements";
  /** Bijdrage aan het transitietraject Industrie 4.0. */
  public static final String INDUSTRY40_CONTRIBUTION = "industry40Contribution";
  /** Korte beschrijving van de langetermijnstrategie van de cluster. */
  public static final String LONG_TERM_STRATEGY = "longTermStrategy";
  public static final String MINISTER_CABINET = "ministerCabinet";
  /** Beslissing. */
  public static final String MINISTER_DECISION = "ministerDecision";
  /** Stand van de beslissingen van de kabinetten (Markdown, one line per cabinet of the round). */
  public static final String MINISTER_DECISIONS_OVERVIEW = "ministerDecisionsOverview";
  /** Motivering van de afkeuring. */
  public static final String MINISTER_MOTIVATION = "ministerMotivation";
  /** The rejecting cabinet and its motivation (shown in the returned draft's warning, {@link #DRAFT_RETURN_NOTICE}). */
  public static final String MINISTER_REJECTION_MOTIVATION = "ministerRejectionMotivation";
  public static final String NEGOTIATING_AGENCIES = "negotiatingAgencies";
  /** Samenvatting van de onderhandelingen. */
  public static final String NEGOTIATION_SUMMARY = "negotiationSummary";
  /** Niet-financiële engagementen (normering, vergunningen, …). */
  public static final String NON_FINANCIAL_COMMITMENTS = "nonFinancialCommitments";
  public static final String PACT_BUSINESS_KEY = "pactBusinessKey";
  public static final String PACT_REJECTED = "pactRejected";
  /** Samenvatting van het clusterpact. */
  public static final String PACT_SUMMARY = "pactSummary";
  /** Het pact bevat engagementen over vergunningen of normering. */
  public static final String PERMITS_OR_STANDARDS = "permitsOrStandards";
  public static final String POLICY_DOMAIN = "policyDomain";
  public static final String POLICY_DOMAIN_OF_AGENCY = "policyDomainOfAgency";
  /** Betrokken beleidsdomeinen. */
  public static final String POLICY_DOMAINS = "policyDomains";
  public static final String PROJECT_MEANS_CENTS = "projectMeansCents";
  /** Projectmiddelen (euro). */
  public static final String PROJECT_MEANS_EURO = "projectMeansEuro";
  public static final String REMINDER_DATE = "reminderDate";
  /** Opvolging en volgende stappen. */
  public static final String REMINDER_FOLLOW_UP = "reminderFollowUp";
  /** Afspraken over de opname in hun strategische onderzoeksagenda. */
  public static final String RESEARCH_AGENDA_AGREEMENTS = "researchAgendaAgreements";
  /** Betrokken onderzoeksgroepen (één per regel). */
  public static final String RESEARCH_GROUPS = "researchGroups";
  /** Bijkomende agentschappen en overheden om mee te onderhandelen. */
  public static final String SELECTED_AGENCIES = "selectedAgencies";
  /** Motivering van de selectie. */
  public static final String SELECTION_MOTIVATION = "selectionMotivation";
  /** Ondertekenaars (naam en functie, één per regel). */
  public static final String SIGNATORIES = "signatories";
  /** SHA-256 (hex) of the stored signed clusterpact document (PDF). */
  public static final String SIGNED_CLUSTERPACT_DOCUMENT_SHA256 = "signedClusterpactDocumentSha256";
  public static final String SIGNED_ON = "signedOn";
  public static final String SUPPORT_DECISION_DATE = "supportDecisionDate";
  public static final String THEMES = "themes";
  public static final String WSE_BUDGET_CENTS = "wseBudgetCents";
  /** Budget van WSE voor deze engagementen (euro). */
  public static final String WSE_BUDGET_EURO = "wseBudgetEuro";
  /** Afspraken over opleiding en competentieontwikkeling. */
  public static final String WSE_TRAINING_AGREEMENTS = "wseTrainingAgreements";

  private ClusterpactProcess() {}
}
