package be.clusterpact.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import be.clusterpact.budget.HermesLedger;
import be.clusterpact.budget.LedgerEntry;
import be.clusterpact.budget.LedgerEntryKind;
import be.clusterpact.budget.LedgerStep;
import be.clusterpact.platform.JsonVariables;
import be.clusterpact.testing.FullProcessTestCoverage;
import be.clusterpact.testing.Pacts;
import be.clusterpact.testing.InMemoryEngineTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One scenario per path of the clusterpact model, on the real engine and PostgreSQL. The build fails
 * when these scenarios together cover less than every flow node and sequence flow of the model.
 */
@InMemoryEngineTest
@FullProcessTestCoverage(coveredElsewhere = {"Process_HermesTrancheRelease", "Process_HermesAnnualMaximum"})
class ClusterpactScenariosTest {

  static final LocalDate DECISION = LocalDate.now().minusMonths(2);
  static final int FIRST_YEAR = DECISION.getYear() + 1;

  @Autowired ProcessEngine engine;
  @Autowired HermesLedger ledger;
  Pacts pacts;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    pacts = new Pacts(engine);
    for (int year = FIRST_YEAR; year < FIRST_YEAR + 3; year++) {
      setMaximum(year, 1_500_000_000L);
    }
  }

  private void setMaximum(int year, long cents) {
    ledger.setMaximum(new LedgerStep(null, null, "test-maximum", "test"), year, cents);
  }

  @Test
  void happyPathWithOneAdditionalAgency() {
    ProcessInstance pact = pacts.start("Catalisti Scenario", DECISION);
    assertThat(pact).isStarted().hasBusinessKey("CP-CATALISTI-SCENARIO-" + DECISION.getYear());
    at(pact, "Task_SelectThemesAndAgencies");
    assertThat(pacts.waitingTimers(pact)).containsExactly("StartEvent_FirstYearDeadline", "StartEvent_NineMonthReminder");
    assertThat(dateVariable(pact, "firstYearDeadline")).isEqualTo(DECISION.plusMonths(12));
    assertThat(dateVariable(pact, "reminderDate")).isEqualTo(DECISION.plusMonths(9));

    pacts.selectThemesAndAgencies(pact, List.of("OVAM"));
    at(pact, "Task_AgreeWithResearchGroups", "Task_AlignWithFit", "Task_AlignWithWse", "Task_NegotiateWithAgency",
        "Task_RecordClusterCommitments", "Task_RecordTransitionContribution");
    assertThat(task("Task_NegotiateWithAgency", pact)).hasCandidateGroup("agency-ovam")
        .hasName("Onderhandelen met OVAM – Openbare Vlaamse Afvalstoffenmaatschappij");
    assertThat(engine.getTaskService().getVariable(task("Task_NegotiateWithAgency", pact).getId(), "agencyPolicyDomainLabel"))
        .isEqualTo("OMG – Omgeving");
    assertThat(task("Task_RecordClusterCommitments", pact)).hasCandidateGroup("cluster-catalisti-scenario");
    assertThat(pacts.approvalCabinets(pact)).isEmpty();

    pacts.negotiateEverything(pact, List.of("OVAM"), false, 0);
    at(pact, "Task_DraftClusterpact");
    assertThat(pact).variables().containsEntry("projectMeansEuro", "250.000,00").containsEntry("permitsOrStandards", false);

    pacts.draft(pact, FIRST_YEAR, 400_000, 0, 0, false);
    at(pact, "Task_ApproveAsMinister", "Task_ApproveAsMinister");
    // OVAM's project means are a commitment in the policy domain Omgeving: its minister approves too.
    assertThat(pacts.approvalCabinets(pact)).containsExactly("economy", "environment");
    assertThat(approvalTask(pact, "economy").getName())
        .isEqualTo("Clusterpact goedkeuren – Kabinet van de Vlaamse minister van Economie en Innovatie");
    assertThat(approvalReason(pact, "environment")).isEqualTo("Beleidsdomein OMG – Omgeving:\n- OVAM: projectmiddelen € 250.000,00");

    pacts.decideAsMinister(pact, "economy", "APPROVE", null);
    at(pact, "Task_ApproveAsMinister");
    pacts.decideAsMinister(pact, "environment", "APPROVE", null);
    at(pact, "Task_SignClusterpact");
    assertThat(pact).hasPassed("Task_CommitEarmarkedMeans", "Task_RecordConditionalCommitment", "EndEvent_NegotiationConcluded");
    assertThat(pacts.waitingTimers(pact)).isEmpty();
    pacts.sign(pact);
    at(pact, "CallActivity_FollowUpYearlyTranches");
    assertThat(pacts.tranches(pact)).hasBusinessKey("CP-CATALISTI-SCENARIO-" + DECISION.getYear());

    pacts.releaseEveryTranche(pact);
    assertThat(pact).isEnded().hasPassed("EndEvent_PactCompleted");
    assertThat(historicJson(pact, "clusterpact"))
        .contains("\"businessKey\":\"CP-CATALISTI-SCENARIO-" + DECISION.getYear() + "\"")
        .contains("Industrie 4.0").contains("Circulaire economie").contains("Waterstof")
        .contains("\"agencies\":[\"FIT\",\"WSE\",\"OVAM\"]")
        .contains("\"earmarkedMeans\":[{\"year\":" + FIRST_YEAR + ",\"amountCents\":40000000}")
        .contains("\"clusterCommitments\":{\"competitivenessProgramme\"");
    assertThat(historicJson(pact, "conditionalCommitment")).contains("\"status\":\"VOORWAARDELIJK\"");
  }

  @Test
  void happyPathWithThreeAdditionalAgenciesAndSeveralMinisters() {
    ProcessInstance pact = pacts.start("Flux50 Scenario", DECISION);
    pacts.selectThemesAndAgencies(pact, List.of("VEKA", "OMG", "VDAB"));
    at(pact, "Task_AgreeWithResearchGroups", "Task_AlignWithFit", "Task_AlignWithWse", "Task_NegotiateWithAgency",
        "Task_NegotiateWithAgency", "Task_NegotiateWithAgency", "Task_RecordClusterCommitments",
        "Task_RecordTransitionContribution");

    pacts.alignWithFit(pact, true);
    pacts.alignWithWse(pact, 80_000);
    pacts.negotiateWithAgency(pact, "VEKA", 300_000, List.of());
    pacts.negotiateWithAgency(pact, "OMG", 0, List.of("VERGUNNINGEN"));
    pacts.negotiateWithAgency(pact, "VDAB", 150_000, List.of());
    pacts.agreeWithResearchGroups(pact);
    pacts.recordTransitionContribution(pact);
    pacts.recordClusterCommitments(pact);
    pacts.runAsyncJobs(pact);
    at(pact, "Task_DraftClusterpact");
    assertThat(pact).variables().containsEntry("projectMeansEuro", "450.000,00").containsEntry("permitsOrStandards", true);

    pacts.draft(pact, FIRST_YEAR, 450_000, 450_000, "450000.50", true);
    assertThat(pacts.approvalCabinets(pact))
        .containsExactly("budget", "economy", "environment", "foreign-trade", "work");
    assertThat(approvalReason(pact, "work")).contains("WSE: budget voor opleiding en competentieontwikkeling € 80.000,00")
        .contains("VDAB: projectmiddelen € 150.000,00");
    assertThat(approvalReason(pact, "environment")).contains("VEKA: projectmiddelen € 300.000,00")
        .contains("OMG: niet-financiële engagementen (VERGUNNINGEN)");
    assertThat(approvalReason(pact, "budget")).contains("Meerjarig budgettair engagement");
    for (String cabinet : List.of("economy", "budget", "work", "foreign-trade", "environment")) {
      pacts.decideAsMinister(pact, cabinet, "APPROVE", null);
    }
    pacts.runAsyncJobs(pact);
    at(pact, "Task_SignClusterpact");
    pacts.sign(pact);
    at(pact, "CallActivity_FollowUpYearlyTranches");
    assertThat(historicJson(pact, "clusterpact")).contains("\"agencies\":[\"FIT\",\"WSE\",\"VEKA\",\"OMG\",\"VDAB\"]")
        .contains("{\"year\":" + (FIRST_YEAR + 2) + ",\"amountCents\":45000050}");
  }

  @Test
  void projectMeansOfMowBringInTheMinisterOfMobility() {
    ProcessInstance pact = pacts.start("VIL Mobiliteit", DECISION);
    pacts.selectThemesAndAgencies(pact, List.of("MOW"));
    pacts.alignWithFit(pact, false);
    pacts.alignWithWse(pact, 0);
    pacts.negotiateWithAgency(pact, "MOW", 500_000, List.of());
    pacts.agreeWithResearchGroups(pact);
    pacts.recordTransitionContribution(pact);
    pacts.recordClusterCommitments(pact);
    pacts.runAsyncJobs(pact);
    pacts.draft(pact, FIRST_YEAR, 200_000, 0, 0, false);

    assertThat(pacts.approvalCabinets(pact)).containsExactly("economy", "mobility");
    assertThat(approvalTask(pact, "mobility").getName())
        .isEqualTo("Clusterpact goedkeuren – Kabinet van de Vlaamse minister van Mobiliteit en Openbare Werken");
    assertThat(approvalReason(pact, "mobility"))
        .isEqualTo("Beleidsdomein MOW – Mobiliteit en Openbare Werken:\n- MOW: projectmiddelen € 500.000,00");
    assertThat((String) engine.getTaskService().getVariable(approvalTask(pact, "mobility").getId(), "pactSummary"))
        .contains("Agentschappen: FIT, WSE, MOW").contains("Chemco nv (onderneming, 0403.170.701)");
  }

  @Test
  void aPolicyDomainTickedInTheDraftBringsInItsMinister() {
    ProcessInstance pact = toDrafting("Flanders' FOOD Onderwijs", List.of());
    Task draft = task("Task_DraftClusterpact", pact);
    Map<String, Object> answers = new java.util.HashMap<>(Map.of("firstEarmarkYear", FIRST_YEAR, "earmarkYear1Euro", 100_000,
        "earmarkYear2Euro", 0, "earmarkYear3Euro", 0, "projectMeansEuro", "0", "permitsOrStandards", false));
    answers.put("policyDomains", JsonVariables.json(List.of("EWI", "ONW")));
    complete(draft, answers);
    pacts.runAsyncJobs(pact);
    assertThat(pacts.approvalCabinets(pact)).containsExactly("economy", "education");

    ProcessInstance other = toDrafting("Flanders' FOOD Onbekend", List.of());
    answers.put("policyDomains", JsonVariables.json(List.of("NASA")));
    assertThatThrownBy(() -> complete(task("Task_DraftClusterpact", other), answers)).hasMessageContaining("policyDomains");
    at(other, "Task_DraftClusterpact");
  }

  @Test
  void theClusterOrganisationRecordsItsOwnCommitmentsInItsOwnGroup() {
    ProcessInstance pact = pacts.start("SIM Cluster", DECISION);
    assertThat(engine.getIdentityService().createGroupQuery().groupId("cluster-sim-cluster").singleResult().getName())
        .isEqualTo("Clusterorganisatie SIM Cluster");
    pacts.selectThemesAndAgencies(pact, List.of());
    Task own = task("Task_RecordClusterCommitments", pact);
    assertThat(own).hasCandidateGroup("cluster-sim-cluster");
    assertThatThrownBy(() -> complete(own, withVariables("clusterCompetitivenessProgramme", "Programma",
        "clusterPartnerCommitments", "Chemco nv; onderneming; ; piloot; 1.000; cash")))
        .hasMessageContaining("clusterPartnerCommitments").hasMessageContaining("kennisinstellingen");
    pacts.negotiateEverything(pact, List.of(), false, 0);
    at(pact, "Task_DraftClusterpact");
    assertThat((String) engine.getRuntimeService().getVariable(pact.getId(), "negotiationSummary"))
        .contains("Competitiviteitsprogramma van de cluster: Innovatieprogramma 2027-2031")
        .contains("KU Leuven (kennisinstelling): drie doctoraatsonderzoekers katalyse");
  }

  @Test
  void happyPathWithoutAdditionalAgencies() {
    ProcessInstance pact = pacts.start("MEDVIA Scenario", DECISION);
    pacts.selectThemesAndAgencies(pact, List.of());
    // No additional agency: that branch is at the join at once.
    at(pact, "Gateway_NegotiationsJoin", "Task_AgreeWithResearchGroups", "Task_AlignWithFit", "Task_AlignWithWse",
        "Task_RecordClusterCommitments", "Task_RecordTransitionContribution");
    pacts.negotiateEverything(pact, List.of(), false, 0);
    at(pact, "Task_DraftClusterpact");
    assertThat(pact).variables().containsEntry("projectMeansEuro", "0,00");
  }

  @Test
  void budgetOverTheAnnualMaximumGoesBackToDraftingThenIsCorrected() {
    int firstYear = 2060; // years of its own: the maximum below is for this pact alone
    setMaximum(firstYear, 1_500_000_000L);
    setMaximum(firstYear + 1, 40_000_000L);
    setMaximum(firstYear + 2, 1_500_000_000L);
    ProcessInstance pact = toDrafting("SIM Scenario", List.of("EWI"));

    pacts.draft(pact, firstYear, 300_000, 500_000, 300_000, false);
    at(pact, "Task_DraftClusterpact");
    assertThat(pact).hasPassed("BoundaryEvent_AnnualCeilingCheckFailed");
    assertThat((String) engine.getRuntimeService().getVariable(pact.getId(), "budgetCheckMessage"))
        .contains("voor " + (firstYear + 1) + " (€ 500.000,00)").contains("nog € 400.000,00 beschikbaar");
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(pact.getId()).count()).isZero();

    pacts.draft(pact, firstYear, 300_000, 400_000, 300_000, false);
    at(pact, "Task_ApproveAsMinister", "Task_ApproveAsMinister");
    // EWI's project means fall under the economy minister, who approves anyway; three years bring in budget.
    assertThat(pacts.approvalCabinets(pact)).containsExactly("budget", "economy");
    assertThat(engine.getRuntimeService().getVariable(pact.getId(), "budgetCheckMessage")).isNull();
  }

  @Test
  void invalidAmountsAreRefusedAtTheFormStepAndAnAdministratorsCorrectionIsCheckedAgain() {
    ProcessInstance pact = toDrafting("VIL Scenario", List.of("MOW"));

    // Tasklist or a REST client: the draft is refused naming the field, the task stays open.
    assertThatThrownBy(() -> pacts.draft(pact, FIRST_YEAR, 300_000, -5, 300_000, false))
        .hasMessageContaining("earmarkYear2Euro").hasMessageContaining("negatief");
    at(pact, "Task_DraftClusterpact");

    // A valid draft whose amount an administrator then edits in Cockpit before the budget check runs:
    // the check refuses it too and sends the pact back to drafting with the reason, no incident.
    pacts.submitDraft(pact, FIRST_YEAR, 300_000, 300_000, 300_000, false);
    at(pact, "Task_ValidateEarmarkAmounts");
    engine.getRuntimeService().setVariable(pact.getId(), "earmarkYear2Euro", "-5");
    pacts.runAsyncJobs(pact);
    at(pact, "Task_DraftClusterpact");
    assertThat(pact).hasPassed("BoundaryEvent_EarmarkInvalid");
    assertThat((String) engine.getRuntimeService().getVariable(pact.getId(), "budgetCheckMessage"))
        .contains("earmarkYear2Euro").contains("negatief");
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(pact.getId()).count()).isZero();

    pacts.draft(pact, FIRST_YEAR, 300_000, 300_000, 300_000, false);
    at(pact, "Task_ApproveAsMinister", "Task_ApproveAsMinister", "Task_ApproveAsMinister");
  }

  @Test
  void oneMinisterRejectsThenApprovalAfterRenegotiation() {
    ProcessInstance pact = toDrafting("Flanders' FOOD Scenario", List.of("LV"));
    assertThat(pact).hasBusinessKey("CP-FLANDERS-FOOD-SCENARIO-" + DECISION.getYear());
    pacts.draft(pact, FIRST_YEAR, 500_000, 500_000, 500_000, false);
    assertThat(pacts.approvalCabinets(pact)).containsExactly("agriculture", "budget", "economy");

    pacts.decideAsMinister(pact, "budget", "REJECT", "Derde jaar te hoog in het licht van de meerjarenraming");
    at(pact, "Task_DraftClusterpact");
    assertThat(pacts.approvalCabinets(pact)).isEmpty();
    assertThat((String) engine.getRuntimeService().getVariable(pact.getId(), "ministerRejectionMotivation"))
        .contains("Begroting").contains("Derde jaar te hoog");

    pacts.draft(pact, FIRST_YEAR, 500_000, 500_000, 250_000, false);
    assertThat(engine.getRuntimeService().getVariable(pact.getId(), "ministerRejectionMotivation")).isNull();
    pacts.decideAsMinister(pact, "economy", "APPROVE", null);
    pacts.decideAsMinister(pact, "agriculture", "APPROVE", null);
    pacts.decideAsMinister(pact, "budget", "APPROVE", "Aangepast derde jaar aanvaardbaar");
    pacts.runAsyncJobs(pact);
    at(pact, "Task_SignClusterpact");
    pacts.sign(pact);
    assertThat(pact).hasPassed("Task_ReleaseReservationOfRejectedPact");
    at(pact, "CallActivity_FollowUpYearlyTranches");
  }

  @Test
  void rejectingWithoutMotivationIsRefused() {
    ProcessInstance pact = toDrafting("The Blue Cluster Scenario", List.of("MDK"));
    pacts.draft(pact, FIRST_YEAR, 100_000, 0, 0, false);
    assertThatThrownBy(() -> pacts.decideAsMinister(pact, "economy", "REJECT", " "))
        .hasMessageContaining("ministerMotivation");
    at(pact, "Task_ApproveAsMinister", "Task_ApproveAsMinister");
  }

  @Test
  void nineMonthReminderIsFollowedUpWhileNegotiationsGoOn() {
    ProcessInstance pact = pacts.start("Catalisti Herinnering", LocalDate.now().minusMonths(10));
    pacts.selectThemesAndAgencies(pact, List.of("OVAM"));
    assertThat(pacts.waitingTimers(pact)).containsExactly("StartEvent_FirstYearDeadline", "StartEvent_NineMonthReminder");
    pacts.fireTimer(pact, "StartEvent_NineMonthReminder");
    at(pact, "Task_AgreeWithResearchGroups", "Task_AlignWithFit", "Task_AlignWithWse", "Task_FollowUpNineMonthReminder",
        "Task_NegotiateWithAgency", "Task_RecordClusterCommitments", "Task_RecordTransitionContribution");
    assertThat(task("Task_FollowUpNineMonthReminder", pact)).hasCandidateGroup("vlaio-cluster-team");
    complete(task("Task_FollowUpNineMonthReminder", pact), withVariables("reminderFollowUp", "Overleg met OVAM ingepland"));
    assertThat(pact).hasPassed("EndEvent_ReminderFollowedUp");
    at(pact, "Task_AgreeWithResearchGroups", "Task_AlignWithFit", "Task_AlignWithWse", "Task_NegotiateWithAgency",
        "Task_RecordClusterCommitments", "Task_RecordTransitionContribution");
    assertThat(pacts.waitingTimers(pact)).containsExactly("StartEvent_FirstYearDeadline");
  }

  @Test
  void twelveMonthEscalationExtendsTheDeadlineThenThePactIsApproved() {
    ProcessInstance pact = pacts.start("SIM Scenario", DECISION.minusYears(1));
    pacts.selectThemesAndAgencies(pact, List.of());
    pacts.fireTimer(pact, "StartEvent_FirstYearDeadline"); // the nine-month reminder, long due, fires as well
    at(pact, "Task_AgreeWithResearchGroups", "Task_AlignWithFit", "Task_AlignWithWse", "Task_DecideOnDeadlineExtension",
        "Task_FollowUpNineMonthReminder", "Task_RecordClusterCommitments",
        "Task_RecordTransitionContribution");
    assertThat(task("Task_DecideOnDeadlineExtension", pact)).hasCandidateGroup("hermes-committee")
        .hasName("Beslissen over verlenging of stopzetting van de onderhandelingen");

    LocalDate newDeadline = LocalDate.now().plusMonths(3);
    complete(task("Task_DecideOnDeadlineExtension", pact), withVariables("deadlineDecision", "EXTEND",
        "extendedDeadline", newDeadline.toString(), "deadlineDecisionMotivation", "Onderhandeling met WSE loopt nog"));
    at(pact, "Task_AgreeWithResearchGroups", "Task_AlignWithFit", "Task_AlignWithWse", "Task_FollowUpNineMonthReminder",
        "Task_RecordClusterCommitments", "Task_RecordTransitionContribution", "Timer_ExtendedDeadlineReached");
    assertThat(dateVariable(pact, "firstYearDeadline")).isEqualTo(newDeadline);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(pact.getId())
        .activityId("Timer_ExtendedDeadlineReached").singleResult().getDuedate())
        .isEqualTo(Date.from(newDeadline.atStartOfDay(ZoneId.of("Europe/Brussels")).toInstant()));

    pacts.fireTimer(pact, "Timer_ExtendedDeadlineReached");
    at(pact, "Task_AgreeWithResearchGroups", "Task_AlignWithFit", "Task_AlignWithWse", "Task_DecideOnDeadlineExtension",
        "Task_FollowUpNineMonthReminder", "Task_RecordClusterCommitments",
        "Task_RecordTransitionContribution");
    complete(task("Task_DecideOnDeadlineExtension", pact), withVariables("deadlineDecision", "EXTEND",
        "extendedDeadline", newDeadline.plusMonths(1).toString(), "deadlineDecisionMotivation", "Nog een maand"));

    pacts.negotiateEverything(pact, List.of(), false, 0);
    pacts.draft(pact, FIRST_YEAR, 200_000, 0, 0, false);
    pacts.decideAsMinister(pact, "economy", "APPROVE", null);
    pacts.runAsyncJobs(pact);
    // The negotiation is over: the waiting extended-deadline timer went with it.
    at(pact, "Task_SignClusterpact");
    assertThat(pacts.waitingTimers(pact)).isEmpty();
    pacts.sign(pact);
    at(pact, "CallActivity_FollowUpYearlyTranches");
    assertThat(pact).hasNotPassed("EndEvent_PactStopped");
  }

  @Test
  void twelveMonthEscalationStopsTheNegotiations() {
    ProcessInstance pact = pacts.start("VIL Scenario", DECISION.minusYears(1));
    pacts.selectThemesAndAgencies(pact, List.of("MOW"));
    pacts.fireTimer(pact, "StartEvent_FirstYearDeadline");
    complete(task("Task_DecideOnDeadlineExtension", pact), withVariables("deadlineDecision", "STOP",
        "deadlineDecisionMotivation", "Geen engagement van de cluster binnen het eerste jaar"));
    at(pact, "Task_ReleaseReservationOfStoppedPact");
    pacts.runAsyncJobs(pact);
    assertThat(pact).isEnded().hasPassed("EndEvent_NegotiationsStopped", "BoundaryEvent_NegotiationsStopped",
        "Task_ReleaseReservationOfStoppedPact", "EndEvent_PactStopped").hasNotPassed("EndEvent_PactCompleted");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pact.getId()).count()).isZero();
  }

  @Test
  void aLatePactWhoseDeadlineDecisionIsLeftOpenIsApprovedSignedAndKeepsItsCommitment() {
    // Started over REST 13 months after the support decision: both deadline steps fire at once.
    ProcessInstance pact = pacts.start("Flux50 Laat", LocalDate.now().minusMonths(13));
    int firstYear = LocalDate.now().getYear() + 1;
    assertThat(pacts.waitingTimers(pact)).containsExactly("StartEvent_FirstYearDeadline", "StartEvent_NineMonthReminder");
    pacts.runAsyncJobs(pact); // the job executor fires both, long due
    at(pact, "Task_DecideOnDeadlineExtension", "Task_FollowUpNineMonthReminder", "Task_SelectThemesAndAgencies");
    assertThat(pacts.waitingTimers(pact)).isEmpty();

    pacts.selectThemesAndAgencies(pact, List.of());
    pacts.negotiateEverything(pact, List.of(), false, 0);
    pacts.draft(pact, firstYear, 400_000, 0, 0, false);
    at(pact, "Task_ApproveAsMinister", "Task_DecideOnDeadlineExtension", "Task_FollowUpNineMonthReminder");
    pacts.decideAsMinister(pact, "economy", "APPROVE", null);
    // The negotiation concluded: the reminder and the open deadline decision ended with it.
    at(pact, "Task_SignClusterpact");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pact.getId()).list())
        .extracting(Task::getTaskDefinitionKey).containsExactly("Task_SignClusterpact");
    pacts.sign(pact);
    at(pact, "CallActivity_FollowUpYearlyTranches");
    assertThat(pacts.waitingTimers(pact)).isEmpty();
    assertThat(pact).hasNotPassed("EndEvent_PactStopped", "Task_ReleaseReservationOfStoppedPact");
    assertThat(ledger.entries(pact.getBusinessKey())).extracting(LedgerEntry::kind)
        .containsExactly(LedgerEntryKind.RESERVATION, LedgerEntryKind.COMMITMENT);
    assertThat(ledger.position(pact.getBusinessKey(), firstYear).openCommitmentCents()).isEqualTo(40_000_000L);
    assertThat(pacts.tranches(pact)).isNotNull().isActive();
  }

  @Test
  void anExtensionMustLieAfterTheCurrentDeadline() {
    ProcessInstance pact = pacts.start("MEDVIA Scenario", DECISION.minusYears(1));
    pacts.selectThemesAndAgencies(pact, List.of());
    pacts.fireTimer(pact, "StartEvent_FirstYearDeadline"); // the nine-month reminder, long due, fires as well
    assertThatThrownBy(() -> complete(task("Task_DecideOnDeadlineExtension", pact), withVariables(
        "deadlineDecision", "EXTEND", "extendedDeadline", LocalDate.now().minusDays(1).toString(),
        "deadlineDecisionMotivation", "Te laat")))
        .hasMessageContaining("extendedDeadline");
    at(pact, "Task_AgreeWithResearchGroups", "Task_AlignWithFit", "Task_AlignWithWse", "Task_DecideOnDeadlineExtension",
        "Task_FollowUpNineMonthReminder", "Task_RecordClusterCommitments",
        "Task_RecordTransitionContribution");
  }

  @Test
  void fitAndWseCannotBeBypassed() {
    ProcessInstance pact = pacts.start("The Blue Cluster Verplicht", DECISION);
    // Ticking FIT and WSE as "additional" agencies does not replace the mandatory alignments.
    pacts.selectThemesAndAgencies(pact, List.of("FIT", "WSE", "MDK"));
    at(pact, "Task_AgreeWithResearchGroups", "Task_AlignWithFit", "Task_AlignWithWse", "Task_NegotiateWithAgency",
        "Task_RecordClusterCommitments", "Task_RecordTransitionContribution");
    assertThat(task("Task_AlignWithFit", pact)).hasCandidateGroup("agency-fit");
    assertThat(task("Task_AlignWithWse", pact)).hasCandidateGroup("agency-wse");

    // Without real agreements the alignment cannot be completed.
    assertThatThrownBy(() -> complete(task("Task_AlignWithFit", pact), withVariables("fitInternationalisationAgreements", "")))
        .hasMessageContaining("fitInternationalisationAgreements");

    // Everything else done: the pact still waits for FIT and cannot reach drafting.
    pacts.alignWithWse(pact, 0);
    pacts.negotiateWithAgency(pact, "MDK", 100_000, List.of("NORMERING"));
    pacts.agreeWithResearchGroups(pact);
    pacts.recordTransitionContribution(pact);
    pacts.recordClusterCommitments(pact);
    pacts.runAsyncJobs(pact);
    at(pact, "Task_AlignWithFit");
    pacts.alignWithFit(pact, false);
    pacts.runAsyncJobs(pact);
    at(pact, "Task_DraftClusterpact");
  }

  @Test
  void theCommitteeCannotPickAnUnknownAgency() {
    ProcessInstance pact = pacts.start("Flux50 Scenario", DECISION.minusYears(2));
    assertThatThrownBy(() -> pacts.selectThemesAndAgencies(pact, List.of("NASA")))
        .hasMessageContaining("selectedAgencies").hasMessageContaining("NASA");
    at(pact, "Task_SelectThemesAndAgencies");
  }

  /** The pact waits exactly at these activities (sorted, once per active instance) and nowhere else. */
  private void at(ProcessInstance pact, String... activities) {
    assertThat(pacts.activeActivities(pact)).containsExactly(activities);
  }

  private Task approvalTask(ProcessInstance pact, String cabinet) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pact.getId())
        .taskDefinitionKey("Task_ApproveAsMinister").taskCandidateGroup("cabinet-" + cabinet).singleResult();
  }

  private String approvalReason(ProcessInstance pact, String cabinet) {
    return (String) engine.getTaskService().getVariable(approvalTask(pact, cabinet).getId(), "approvalReason");
  }

  private ProcessInstance toDrafting(String cluster, List<String> agencies) {
    ProcessInstance pact = pacts.start(cluster, DECISION);
    pacts.selectThemesAndAgencies(pact, agencies);
    pacts.negotiateEverything(pact, agencies, false, 0);
    at(pact, "Task_DraftClusterpact");
    return pact;
  }

  private LocalDate dateVariable(ProcessInstance pact, String name) {
    Date date = (Date) engine.getRuntimeService().getVariable(pact.getId(), name);
    return date.toInstant().atZone(ZoneId.of("Europe/Brussels")).toLocalDate();
  }

  private String historicJson(ProcessInstance pact, String name) {
    var variable = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(pact.getId()).variableName(name).disableCustomObjectDeserialization().singleResult();
    ObjectValue value = (ObjectValue) variable.getTypedValue();
    assertThat(value.getSerializationDataFormat()).isEqualTo("application/json");
    return value.getValueSerialized();
  }

}
