package be.clusterpact.process;

import static be.clusterpact.process.ClusterpactProcess.*;
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
import be.clusterpact.document.DocumentKind;
import be.clusterpact.document.PactDocumentStore;
import be.clusterpact.document.StoredDocument;
import be.clusterpact.kernel.JsonVariables;
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
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One scenario per path of the clusterpact model, on the real engine and PostgreSQL. The build fails
 * when these scenarios together cover less than every flow node and sequence flow of the model.
 */
@InMemoryEngineTest
@FullProcessTestCoverage(coveredElsewhere = {HermesTrancheReleaseProcess.KEY, HermesAnnualMaximumProcess.KEY})
class ClusterpactScenariosTest {

  static final LocalDate DECISION = LocalDate.now().minusMonths(2);
  static final int FIRST_YEAR = DECISION.getYear() + 1;

  @Autowired ProcessEngine engine;
  @Autowired HermesLedger ledger;
  @Autowired PactDocumentStore documents;
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
    at(pact, TASK_SELECT_THEMES_AND_AGENCIES);
    assertThat(pacts.waitingTimers(pact)).containsExactly(START_EVENT_FIRST_YEAR_DEADLINE, START_EVENT_NINE_MONTH_REMINDER);
    assertThat(dateVariable(pact, FIRST_YEAR_DEADLINE)).isEqualTo(DECISION.plusMonths(12));
    assertThat(dateVariable(pact, REMINDER_DATE)).isEqualTo(DECISION.plusMonths(9));

    pacts.selectThemesAndAgencies(pact, List.of("OVAM"));
    at(pact, TASK_AGREE_WITH_RESEARCH_GROUPS, TASK_ALIGN_WITH_FIT, TASK_ALIGN_WITH_WSE, TASK_NEGOTIATE_WITH_AGENCY,
        TASK_RECORD_CLUSTER_COMMITMENTS, TASK_RECORD_TRANSITION_CONTRIBUTION);
    assertThat(task(TASK_NEGOTIATE_WITH_AGENCY, pact)).hasCandidateGroup("agency-ovam")
        .hasName("Onderhandelen met OVAM – Openbare Vlaamse Afvalstoffenmaatschappij");
    assertThat(engine.getTaskService().getVariable(task(TASK_NEGOTIATE_WITH_AGENCY, pact).getId(), AGENCY_POLICY_DOMAIN_LABEL))
        .isEqualTo("OMG – Omgeving");
    assertThat(task(TASK_RECORD_CLUSTER_COMMITMENTS, pact)).hasCandidateGroup("cluster-catalisti-scenario");
    assertThat(pacts.approvalCabinets(pact)).isEmpty();

    pacts.negotiateEverything(pact, List.of("OVAM"), false, 0);
    at(pact, TASK_DRAFT_CLUSTERPACT);
    assertThat(pact).variables().containsEntry(PROJECT_MEANS_EURO, "250.000,00").containsEntry(PERMITS_OR_STANDARDS, false);

    pacts.draft(pact, FIRST_YEAR, 400_000, 0, 0, false);
    at(pact, TASK_APPROVE_AS_MINISTER, TASK_APPROVE_AS_MINISTER);
    // OVAM's project means are a commitment in the policy domain Omgeving: its minister approves too.
    assertThat(pacts.approvalCabinets(pact)).containsExactly("economy", "environment");
    assertThat(approvalTask(pact, "economy").getName())
        .isEqualTo("Clusterpact goedkeuren – Kabinet van de Vlaamse minister van Economie en Innovatie");
    assertThat(approvalReason(pact, "environment")).isEqualTo("Beleidsdomein OMG – Omgeving:\n- OVAM: projectmiddelen € 250.000,00");

    pacts.decideAsMinister(pact, "economy", "APPROVE", null);
    at(pact, TASK_APPROVE_AS_MINISTER);
    pacts.decideAsMinister(pact, "environment", "APPROVE", null);
    at(pact, TASK_SIGN_CLUSTERPACT);
    assertThat(pact).hasPassed(TASK_COMMIT_EARMARKED_MEANS, TASK_RECORD_CONDITIONAL_COMMITMENT,
        TASK_RENDER_CLUSTERPACT_DOCUMENT, END_EVENT_NEGOTIATION_CONCLUDED);
    assertThat(pacts.waitingTimers(pact)).isEmpty();
    // The approved document is stored, its SHA-256 in the process: the signing task links to it.
    StoredDocument approved = documents.find(pact.getBusinessKey(), DocumentKind.APPROVED).orElseThrow();
    assertThat(pact).variables().containsEntry(CLUSTERPACT_DOCUMENT_SHA256, approved.sha256())
        .doesNotContainKey(SIGNED_CLUSTERPACT_DOCUMENT_SHA256);
    assertThat(approved.sha256()).isEqualTo(PactDocumentStore.sha256(approved.content()));
    pacts.sign(pact);
    at(pact, CALL_ACTIVITY_FOLLOW_UP_YEARLY_TRANCHES);
    assertThat(pact).variables().containsEntry(SIGNED_CLUSTERPACT_DOCUMENT_SHA256,
        documents.find(pact.getBusinessKey(), DocumentKind.SIGNED).orElseThrow().sha256());
    assertThat(pacts.tranches(pact)).hasBusinessKey("CP-CATALISTI-SCENARIO-" + DECISION.getYear());

    pacts.releaseEveryTranche(pact);
    assertThat(pact).isEnded().hasPassed(END_EVENT_PACT_COMPLETED);
    assertThat(historicJson(pact, "clusterpact"))
        .contains("\"businessKey\":\"CP-CATALISTI-SCENARIO-" + DECISION.getYear() + "\"")
        .contains("Industrie 4.0").contains("Circulaire economie").contains("Waterstof")
        .contains("\"agencies\":[\"FIT\",\"WSE\",\"OVAM\"]")
        .contains("\"earmarkedMeans\":[{\"year\":" + FIRST_YEAR + ",\"amountCents\":40000000}")
        .contains("\"clusterCommitments\":{\"competitivenessProgramme\"");
    assertThat(historicJson(pact, CONDITIONAL_COMMITMENT)).contains("\"status\":\"VOORWAARDELIJK\"");
  }

  @Test
  void happyPathWithThreeAdditionalAgenciesAndSeveralMinisters() {
    ProcessInstance pact = pacts.start("Flux50 Scenario", DECISION);
    pacts.selectThemesAndAgencies(pact, List.of("VEKA", "OMG", "VDAB"));
    at(pact, TASK_AGREE_WITH_RESEARCH_GROUPS, TASK_ALIGN_WITH_FIT, TASK_ALIGN_WITH_WSE, TASK_NEGOTIATE_WITH_AGENCY,
        TASK_NEGOTIATE_WITH_AGENCY, TASK_NEGOTIATE_WITH_AGENCY, TASK_RECORD_CLUSTER_COMMITMENTS,
        TASK_RECORD_TRANSITION_CONTRIBUTION);

    pacts.alignWithFit(pact, true);
    pacts.alignWithWse(pact, 80_000);
    pacts.negotiateWithAgency(pact, "VEKA", 300_000, List.of());
    pacts.negotiateWithAgency(pact, "OMG", 0, List.of("VERGUNNINGEN"));
    pacts.negotiateWithAgency(pact, "VDAB", 150_000, List.of());
    pacts.agreeWithResearchGroups(pact);
    pacts.recordTransitionContribution(pact);
    pacts.recordClusterCommitments(pact);
    pacts.runAsyncJobs(pact);
    at(pact, TASK_DRAFT_CLUSTERPACT);
    assertThat(pact).variables().containsEntry(PROJECT_MEANS_EURO, "450.000,00").containsEntry(PERMITS_OR_STANDARDS, true);

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
    at(pact, TASK_SIGN_CLUSTERPACT);
    pacts.sign(pact);
    at(pact, CALL_ACTIVITY_FOLLOW_UP_YEARLY_TRANCHES);
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
    assertThat((String) engine.getTaskService().getVariable(approvalTask(pact, "mobility").getId(), PACT_SUMMARY))
        .contains("Agentschappen: FIT, WSE, MOW").contains("Chemco nv (onderneming, 0403.170.701)");
  }

  @Test
  void aPolicyDomainTickedInTheDraftBringsInItsMinister() {
    ProcessInstance pact = toDrafting("Flanders' FOOD Onderwijs", List.of());
    Task draft = task(TASK_DRAFT_CLUSTERPACT, pact);
    Map<String, Object> answers = new java.util.HashMap<>(Map.of(FIRST_EARMARK_YEAR, FIRST_YEAR, EARMARK_YEAR1_EURO, 100_000,
        EARMARK_YEAR2_EURO, 0, EARMARK_YEAR3_EURO, 0, PROJECT_MEANS_EURO, "0", PERMITS_OR_STANDARDS, false));
    answers.put(POLICY_DOMAINS, JsonVariables.json(List.of("EWI", "ONW")));
    complete(draft, answers);
    pacts.runAsyncJobs(pact);
    assertThat(pacts.approvalCabinets(pact)).containsExactly("economy", "education");

    ProcessInstance other = toDrafting("Flanders' FOOD Onbekend", List.of());
    answers.put(POLICY_DOMAINS, JsonVariables.json(List.of("NASA")));
    assertThatThrownBy(() -> complete(task(TASK_DRAFT_CLUSTERPACT, other), answers)).hasMessageContaining(POLICY_DOMAINS);
    at(other, TASK_DRAFT_CLUSTERPACT);
  }

  @Test
  void theClusterOrganisationRecordsItsOwnCommitmentsInItsOwnGroup() {
    ProcessInstance pact = pacts.start("SIM Cluster", DECISION);
    assertThat(engine.getIdentityService().createGroupQuery().groupId("cluster-sim-cluster").singleResult().getName())
        .isEqualTo("Clusterorganisatie SIM Cluster");
    pacts.selectThemesAndAgencies(pact, List.of());
    Task own = task(TASK_RECORD_CLUSTER_COMMITMENTS, pact);
    assertThat(own).hasCandidateGroup("cluster-sim-cluster");
    assertThatThrownBy(() -> complete(own, withVariables(CLUSTER_COMPETITIVENESS_PROGRAMME, "Programma",
        CLUSTER_PARTNER_COMMITMENTS, "Chemco nv; onderneming; ; piloot; 1.000; cash")))
        .hasMessageContaining(CLUSTER_PARTNER_COMMITMENTS).hasMessageContaining("kennisinstellingen");
    pacts.negotiateEverything(pact, List.of(), false, 0);
    at(pact, TASK_DRAFT_CLUSTERPACT);
    assertThat((String) engine.getRuntimeService().getVariable(pact.getId(), NEGOTIATION_SUMMARY))
        .contains("Competitiviteitsprogramma van de cluster: Innovatieprogramma 2027-2031")
        .contains("KU Leuven (kennisinstelling): drie doctoraatsonderzoekers katalyse");
  }

  @Test
  void happyPathWithoutAdditionalAgencies() {
    ProcessInstance pact = pacts.start("MEDVIA Scenario", DECISION);
    pacts.selectThemesAndAgencies(pact, List.of());
    // No additional agency: that branch is at the join at once.
    at(pact, GATEWAY_NEGOTIATIONS_JOIN, TASK_AGREE_WITH_RESEARCH_GROUPS, TASK_ALIGN_WITH_FIT, TASK_ALIGN_WITH_WSE,
        TASK_RECORD_CLUSTER_COMMITMENTS, TASK_RECORD_TRANSITION_CONTRIBUTION);
    pacts.negotiateEverything(pact, List.of(), false, 0);
    at(pact, TASK_DRAFT_CLUSTERPACT);
    assertThat(pact).variables().containsEntry(PROJECT_MEANS_EURO, "0,00");
  }

  @Test
  void budgetOverTheAnnualMaximumGoesBackToDraftingThenIsCorrected() {
    int firstYear = 2060; // years of its own: the maximum below is for this pact alone
    setMaximum(firstYear, 1_500_000_000L);
    setMaximum(firstYear + 1, 40_000_000L);
    setMaximum(firstYear + 2, 1_500_000_000L);
    ProcessInstance pact = toDrafting("SIM Scenario", List.of("EWI"));

    pacts.draft(pact, firstYear, 300_000, 500_000, 300_000, false);
    at(pact, TASK_DRAFT_CLUSTERPACT);
    assertThat(pact).hasPassed(BOUNDARY_EVENT_ANNUAL_CEILING_CHECK_FAILED);
    assertThat((String) engine.getRuntimeService().getVariable(pact.getId(), BUDGET_CHECK_MESSAGE))
        .contains("voor " + (firstYear + 1) + " (€ 500.000,00)").contains("nog € 400.000,00 beschikbaar");
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(pact.getId()).count()).isZero();

    pacts.draft(pact, firstYear, 300_000, 400_000, 300_000, false);
    at(pact, TASK_APPROVE_AS_MINISTER, TASK_APPROVE_AS_MINISTER);
    // EWI's project means fall under the economy minister, who approves anyway; three years bring in budget.
    assertThat(pacts.approvalCabinets(pact)).containsExactly("budget", "economy");
    assertThat(engine.getRuntimeService().getVariable(pact.getId(), BUDGET_CHECK_MESSAGE)).isNull();
  }

  @Test
  void aDraftRefusedByTheBudgetCheckGoesBackToItsDrafterWithAWarningAndWhatEachYearStillHas() {
    int firstYear = 2064; // years no other test uses: 2065 has little left, 2066 no maximum at all
    setMaximum(firstYear, 1_500_000_000L);
    setMaximum(firstYear + 1, 40_000_000L);
    ProcessInstance pact = toDrafting("Catalisti Teruggestuurd", List.of("EWI"));
    Task first = task(TASK_DRAFT_CLUSTERPACT, pact);
    assertThat(first.getAssignee()).isNull();
    assertThat(engine.getTaskService().getVariablesLocal(first.getId())).isEmpty();

    pacts.draftAs("an.drafter", pact, firstYear, 300_000, 500_000, 300_000);
    at(pact, TASK_DRAFT_CLUSTERPACT);
    assertThat(pact).hasPassed(BOUNDARY_EVENT_ANNUAL_CEILING_CHECK_FAILED);
    Task returned = task(TASK_DRAFT_CLUSTERPACT, pact);
    assertThat(returned.getAssignee()).isEqualTo("an.drafter");
    assertThat(engine.getTaskService().getIdentityLinksForTask(returned.getId()))
        .anyMatch(link -> GroupIds.VLAIO_CLUSTER_TEAM.equals(link.getGroupId()));
    Map<String, Object> shown = engine.getTaskService().getVariablesLocal(returned.getId());
    assertThat((String) shown.get(DRAFT_RETURN_NOTICE)).startsWith("> **⚠ Teruggestuurd:** De budgetcontrole weigerde het ontwerp.")
        .contains("voor " + (firstYear + 1) + " (€ 500.000,00)").contains("nog € 400.000,00 beschikbaar");
    assertThat(shown).containsEntry(EARMARK_YEAR1_AVAILABILITY,
            firstYear + ": nog € 15.000.000,00 beschikbaar van het jaarlijkse maximum van € 15.000.000,00")
        .containsEntry(EARMARK_YEAR2_AVAILABILITY,
            (firstYear + 1) + ": nog € 400.000,00 beschikbaar van het jaarlijkse maximum van € 400.000,00")
        .containsEntry(EARMARK_YEAR3_AVAILABILITY,
            (firstYear + 2) + ": nog geen maximum vastgelegd (een bedrag wordt voorwaardelijk gereserveerd)");

    // Corrected by the same person: the pact goes on to the ministers, the warning stays with the closed task.
    pacts.draftAs("an.drafter", pact, firstYear, 300_000, 400_000, 300_000);
    at(pact, TASK_APPROVE_AS_MINISTER, TASK_APPROVE_AS_MINISTER);
    assertThat(engine.getRuntimeService().getVariable(pact.getId(), DRAFT_RETURN_NOTICE)).isNull();
    assertThat(engine.getRuntimeService().getVariable(pact.getId(), DRAFTED_BY)).isEqualTo("an.drafter");
  }

  @Test
  void aDraftRejectedByAMinisterGoesBackToWhoeverDraftedItLast() {
    ProcessInstance pact = toDrafting("VIL Teruggestuurd", List.of("MOW"));
    pacts.draftAs("an.drafter", pact, FIRST_YEAR, 100_000, 0, 0);
    at(pact, TASK_APPROVE_AS_MINISTER, TASK_APPROVE_AS_MINISTER);
    pacts.decideAsMinister(pact, "mobility", "REJECT", "Geen engagement over de haven\nvan Zeebrugge");
    at(pact, TASK_DRAFT_CLUSTERPACT);
    Task returned = task(TASK_DRAFT_CLUSTERPACT, pact);
    assertThat(returned.getAssignee()).isEqualTo("an.drafter");
    Map<String, Object> shown = engine.getTaskService().getVariablesLocal(returned.getId());
    assertThat((String) shown.get(DRAFT_RETURN_NOTICE)).isEqualTo(String.join("\n>\n",
        "> **⚠ Teruggestuurd:** Afgekeurd door Kabinet van de Vlaamse minister van Mobiliteit en Openbare Werken:"
            + " Geen engagement over de haven",
        "> van Zeebrugge",
        "> Pas het ontwerp aan en voltooi de taak opnieuw."));
    // The rejected pact's reservation is released before the draft comes back: each year shows its maximum.
    assertThat(shown.get(EARMARK_YEAR1_AVAILABILITY)).asString()
        .startsWith(FIRST_YEAR + ": nog € ").endsWith("beschikbaar van het jaarlijkse maximum van € 15.000.000,00");
    assertThat(shown.get(EARMARK_YEAR3_AVAILABILITY)).asString().startsWith((FIRST_YEAR + 2) + ": nog € ");

    // A colleague takes it over and redrafts; the next return goes to the colleague.
    engine.getTaskService().setAssignee(returned.getId(), null);
    pacts.draftAs("a.colleague", pact, FIRST_YEAR, 100_000, 0, 0);
    at(pact, TASK_APPROVE_AS_MINISTER, TASK_APPROVE_AS_MINISTER);
    pacts.decideAsMinister(pact, "economy", "REJECT", "Te weinig");
    at(pact, TASK_DRAFT_CLUSTERPACT);
    assertThat(task(TASK_DRAFT_CLUSTERPACT, pact).getAssignee()).isEqualTo("a.colleague");
  }

  @Test
  void invalidAmountsAreRefusedAtTheFormStepAndAnAdministratorsCorrectionIsCheckedAgain() {
    ProcessInstance pact = toDrafting("VIL Scenario", List.of("MOW"));

    // Tasklist or a REST client: the draft is refused naming the field, the task stays open.
    assertThatThrownBy(() -> pacts.draft(pact, FIRST_YEAR, 300_000, -5, 300_000, false))
        .hasMessageContaining(EARMARK_YEAR2_EURO).hasMessageContaining("negatief");
    at(pact, TASK_DRAFT_CLUSTERPACT);

    // A valid draft whose amount an administrator then edits in Cockpit before the budget check runs:
    // the check refuses it too and sends the pact back to drafting with the reason, no incident.
    pacts.submitDraft(pact, FIRST_YEAR, 300_000, 300_000, 300_000, false);
    at(pact, TASK_VALIDATE_EARMARK_AMOUNTS);
    engine.getRuntimeService().setVariable(pact.getId(), EARMARK_YEAR2_EURO, "-5");
    pacts.runAsyncJobs(pact);
    at(pact, TASK_DRAFT_CLUSTERPACT);
    assertThat(pact).hasPassed(BOUNDARY_EVENT_EARMARK_INVALID);
    assertThat((String) engine.getRuntimeService().getVariable(pact.getId(), BUDGET_CHECK_MESSAGE))
        .contains(EARMARK_YEAR2_EURO).contains("negatief");
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(pact.getId()).count()).isZero();

    pacts.draft(pact, FIRST_YEAR, 300_000, 300_000, 300_000, false);
    at(pact, TASK_APPROVE_AS_MINISTER, TASK_APPROVE_AS_MINISTER, TASK_APPROVE_AS_MINISTER);
  }

  @Test
  void oneMinisterRejectsThenApprovalAfterRenegotiation() {
    ProcessInstance pact = toDrafting("Flanders' FOOD Scenario", List.of("LV"));
    assertThat(pact).hasBusinessKey("CP-FLANDERS-FOOD-SCENARIO-" + DECISION.getYear());
    pacts.draft(pact, FIRST_YEAR, 500_000, 500_000, 500_000, false);
    assertThat(pacts.approvalCabinets(pact)).containsExactly("agriculture", "budget", "economy");

    pacts.decideAsMinister(pact, "budget", "REJECT", "Derde jaar te hoog in het licht van de meerjarenraming");
    at(pact, TASK_DRAFT_CLUSTERPACT);
    assertThat(pacts.approvalCabinets(pact)).isEmpty();
    assertThat((String) engine.getRuntimeService().getVariable(pact.getId(), MINISTER_REJECTION_MOTIVATION))
        .contains("Begroting").contains("Derde jaar te hoog");

    pacts.draft(pact, FIRST_YEAR, 500_000, 500_000, 250_000, false);
    assertThat(engine.getRuntimeService().getVariable(pact.getId(), MINISTER_REJECTION_MOTIVATION)).isNull();
    pacts.decideAsMinister(pact, "economy", "APPROVE", null);
    pacts.decideAsMinister(pact, "agriculture", "APPROVE", null);
    pacts.decideAsMinister(pact, "budget", "APPROVE", "Aangepast derde jaar aanvaardbaar");
    pacts.runAsyncJobs(pact);
    at(pact, TASK_SIGN_CLUSTERPACT);
    pacts.sign(pact);
    assertThat(pact).hasPassed(TASK_RELEASE_RESERVATION_OF_REJECTED_PACT);
    at(pact, CALL_ACTIVITY_FOLLOW_UP_YEARLY_TRANCHES);
  }

  @Test
  void eachMinisterSeesWhereTheOtherCabinetsStandWhenOpeningTheApproval() {
    ProcessInstance pact = toDrafting("MEDVIA Stand", List.of("LV"));
    pacts.draft(pact, FIRST_YEAR, 500_000, 500_000, 500_000, false);
    at(pact, TASK_APPROVE_AS_MINISTER, TASK_APPROVE_AS_MINISTER, TASK_APPROVE_AS_MINISTER);
    String economy = "- Kabinet van de Vlaamse minister van Economie en Innovatie: ";
    assertThat(overviewSeenBy(pact, "budget")).contains(economy + "nog open").doesNotContain("goedgekeurd");

    pacts.decideAsMinister(pact, "economy", "APPROVE", null);
    at(pact, TASK_APPROVE_AS_MINISTER, TASK_APPROVE_AS_MINISTER);
    String today = be.clusterpact.kernel.Dates.typed(be.clusterpact.kernel.Dates.today());
    assertThat(overviewSeenBy(pact, "budget")).contains(economy + "**goedgekeurd** op " + today)
        .containsPattern("Begroting[^\\n]*: nog open").containsPattern("Landbouw[^\\n]*: nog open");

    pacts.decideAsMinister(pact, "agriculture", "REJECT", "Geen akkoord over de mestnormen");
    at(pact, TASK_DRAFT_CLUSTERPACT);
    assertThat((String) engine.getRuntimeService().getVariable(pact.getId(), MINISTER_DECISIONS_OVERVIEW))
        .containsPattern("Landbouw[^\\n]*: \\*\\*afgekeurd\\*\\* op " + today).containsPattern("Begroting[^\\n]*: nog open");

    // The next round starts with every cabinet open again.
    pacts.draft(pact, FIRST_YEAR, 500_000, 500_000, 400_000, false);
    at(pact, TASK_APPROVE_AS_MINISTER, TASK_APPROVE_AS_MINISTER, TASK_APPROVE_AS_MINISTER);
    assertThat(overviewSeenBy(pact, "agriculture")).doesNotContain("goedgekeurd", "afgekeurd");
  }

  /** The overview as the cabinet's approval form reads it: a variable visible from its task. */
  private String overviewSeenBy(ProcessInstance pact, String cabinet) {
    return (String) engine.getTaskService().getVariable(approvalTask(pact, cabinet).getId(), MINISTER_DECISIONS_OVERVIEW);
  }

  @Test
  void rejectingWithoutMotivationIsRefused() {
    ProcessInstance pact = toDrafting("The Blue Cluster Scenario", List.of("MDK"));
    pacts.draft(pact, FIRST_YEAR, 100_000, 0, 0, false);
    assertThatThrownBy(() -> pacts.decideAsMinister(pact, "economy", "REJECT", " "))
        .hasMessageContaining(MINISTER_MOTIVATION);
    at(pact, TASK_APPROVE_AS_MINISTER, TASK_APPROVE_AS_MINISTER);
  }

  @Test
  void nineMonthReminderIsFollowedUpWhileNegotiationsGoOn() {
    ProcessInstance pact = pacts.start("Catalisti Herinnering", LocalDate.now().minusMonths(10));
    pacts.selectThemesAndAgencies(pact, List.of("OVAM"));
    assertThat(pacts.waitingTimers(pact)).containsExactly(START_EVENT_FIRST_YEAR_DEADLINE, START_EVENT_NINE_MONTH_REMINDER);
    pacts.fireTimer(pact, START_EVENT_NINE_MONTH_REMINDER);
    at(pact, TASK_AGREE_WITH_RESEARCH_GROUPS, TASK_ALIGN_WITH_FIT, TASK_ALIGN_WITH_WSE, TASK_FOLLOW_UP_NINE_MONTH_REMINDER,
        TASK_NEGOTIATE_WITH_AGENCY, TASK_RECORD_CLUSTER_COMMITMENTS, TASK_RECORD_TRANSITION_CONTRIBUTION);
    assertThat(task(TASK_FOLLOW_UP_NINE_MONTH_REMINDER, pact)).hasCandidateGroup(GroupIds.VLAIO_CLUSTER_TEAM);
    complete(task(TASK_FOLLOW_UP_NINE_MONTH_REMINDER, pact), withVariables(REMINDER_FOLLOW_UP, "Overleg met OVAM ingepland"));
    assertThat(pact).hasPassed(END_EVENT_REMINDER_FOLLOWED_UP);
    at(pact, TASK_AGREE_WITH_RESEARCH_GROUPS, TASK_ALIGN_WITH_FIT, TASK_ALIGN_WITH_WSE, TASK_NEGOTIATE_WITH_AGENCY,
        TASK_RECORD_CLUSTER_COMMITMENTS, TASK_RECORD_TRANSITION_CONTRIBUTION);
    assertThat(pacts.waitingTimers(pact)).containsExactly(START_EVENT_FIRST_YEAR_DEADLINE);
  }

  @Test
  void twelveMonthEscalationExtendsTheDeadlineThenThePactIsApproved() {
    ProcessInstance pact = pacts.start("SIM Scenario", DECISION.minusYears(1));
    pacts.selectThemesAndAgencies(pact, List.of());
    pacts.fireTimer(pact, START_EVENT_FIRST_YEAR_DEADLINE); // the nine-month reminder, long due, fires as well
    at(pact, TASK_AGREE_WITH_RESEARCH_GROUPS, TASK_ALIGN_WITH_FIT, TASK_ALIGN_WITH_WSE, TASK_DECIDE_ON_DEADLINE_EXTENSION,
        TASK_FOLLOW_UP_NINE_MONTH_REMINDER, TASK_RECORD_CLUSTER_COMMITMENTS,
        TASK_RECORD_TRANSITION_CONTRIBUTION);
    assertThat(task(TASK_DECIDE_ON_DEADLINE_EXTENSION, pact)).hasCandidateGroup(GroupIds.HERMES_COMMITTEE)
        .hasName("Beslissen over verlenging of stopzetting van de onderhandelingen");

    LocalDate newDeadline = LocalDate.now().plusMonths(3);
    complete(task(TASK_DECIDE_ON_DEADLINE_EXTENSION, pact), withVariables(DEADLINE_DECISION, "EXTEND",
        EXTENDED_DEADLINE, newDeadline.toString(), DEADLINE_DECISION_MOTIVATION, "Onderhandeling met WSE loopt nog"));
    at(pact, TASK_AGREE_WITH_RESEARCH_GROUPS, TASK_ALIGN_WITH_FIT, TASK_ALIGN_WITH_WSE, TASK_FOLLOW_UP_NINE_MONTH_REMINDER,
        TASK_RECORD_CLUSTER_COMMITMENTS, TASK_RECORD_TRANSITION_CONTRIBUTION, TIMER_EXTENDED_DEADLINE_REACHED);
    assertThat(dateVariable(pact, FIRST_YEAR_DEADLINE)).isEqualTo(newDeadline);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(pact.getId())
        .activityId(TIMER_EXTENDED_DEADLINE_REACHED).singleResult().getDuedate())
        .isEqualTo(Date.from(newDeadline.atStartOfDay(ZoneId.of("Europe/Brussels")).toInstant()));

    pacts.fireTimer(pact, TIMER_EXTENDED_DEADLINE_REACHED);
    at(pact, TASK_AGREE_WITH_RESEARCH_GROUPS, TASK_ALIGN_WITH_FIT, TASK_ALIGN_WITH_WSE, TASK_DECIDE_ON_DEADLINE_EXTENSION,
        TASK_FOLLOW_UP_NINE_MONTH_REMINDER, TASK_RECORD_CLUSTER_COMMITMENTS,
        TASK_RECORD_TRANSITION_CONTRIBUTION);
    complete(task(TASK_DECIDE_ON_DEADLINE_EXTENSION, pact), withVariables(DEADLINE_DECISION, "EXTEND",
        EXTENDED_DEADLINE, newDeadline.plusMonths(1).toString(), DEADLINE_DECISION_MOTIVATION, "Nog een maand"));

    pacts.negotiateEverything(pact, List.of(), false, 0);
    pacts.draft(pact, FIRST_YEAR, 200_000, 0, 0, false);
    pacts.decideAsMinister(pact, "economy", "APPROVE", null);
    pacts.runAsyncJobs(pact);
    // The negotiation is over: the waiting extended-deadline timer went with it.
    at(pact, TASK_SIGN_CLUSTERPACT);
    assertThat(pacts.waitingTimers(pact)).isEmpty();
    pacts.sign(pact);
    at(pact, CALL_ACTIVITY_FOLLOW_UP_YEARLY_TRANCHES);
    assertThat(pact).hasNotPassed(END_EVENT_PACT_STOPPED);
  }

  @Test
  void twelveMonthEscalationStopsTheNegotiations() {
    ProcessInstance pact = pacts.start("VIL Scenario", DECISION.minusYears(1));
    pacts.selectThemesAndAgencies(pact, List.of("MOW"));
    pacts.fireTimer(pact, START_EVENT_FIRST_YEAR_DEADLINE);
    complete(task(TASK_DECIDE_ON_DEADLINE_EXTENSION, pact), withVariables(DEADLINE_DECISION, "STOP",
        DEADLINE_DECISION_MOTIVATION, "Geen engagement van de cluster binnen het eerste jaar"));
    at(pact, TASK_RELEASE_RESERVATION_OF_STOPPED_PACT);
    pacts.runAsyncJobs(pact);
    assertThat(pact).isEnded().hasPassed(END_EVENT_NEGOTIATIONS_STOPPED, BOUNDARY_EVENT_NEGOTIATIONS_STOPPED,
        TASK_RELEASE_RESERVATION_OF_STOPPED_PACT, END_EVENT_PACT_STOPPED).hasNotPassed(END_EVENT_PACT_COMPLETED);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pact.getId()).count()).isZero();
  }

  @Test
  void aLatePactWhoseDeadlineDecisionIsLeftOpenIsApprovedSignedAndKeepsItsCommitment() {
    // Started over REST 13 months after the support decision: both deadline steps fire at once.
    ProcessInstance pact = pacts.start("Flux50 Laat", LocalDate.now().minusMonths(13));
    int firstYear = LocalDate.now().getYear() + 1;
    assertThat(pacts.waitingTimers(pact)).containsExactly(START_EVENT_FIRST_YEAR_DEADLINE, START_EVENT_NINE_MONTH_REMINDER);
    pacts.runAsyncJobs(pact); // the job executor fires both, long due
    at(pact, TASK_DECIDE_ON_DEADLINE_EXTENSION, TASK_FOLLOW_UP_NINE_MONTH_REMINDER, TASK_SELECT_THEMES_AND_AGENCIES);
    assertThat(pacts.waitingTimers(pact)).isEmpty();

    pacts.selectThemesAndAgencies(pact, List.of());
    pacts.negotiateEverything(pact, List.of(), false, 0);
    pacts.draft(pact, firstYear, 400_000, 0, 0, false);
    at(pact, TASK_APPROVE_AS_MINISTER, TASK_DECIDE_ON_DEADLINE_EXTENSION, TASK_FOLLOW_UP_NINE_MONTH_REMINDER);
    pacts.decideAsMinister(pact, "economy", "APPROVE", null);
    // The negotiation concluded: the reminder and the open deadline decision ended with it.
    at(pact, TASK_SIGN_CLUSTERPACT);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pact.getId()).list())
        .extracting(Task::getTaskDefinitionKey).containsExactly(TASK_SIGN_CLUSTERPACT);
    pacts.sign(pact);
    at(pact, CALL_ACTIVITY_FOLLOW_UP_YEARLY_TRANCHES);
    assertThat(pacts.waitingTimers(pact)).isEmpty();
    assertThat(pact).hasNotPassed(END_EVENT_PACT_STOPPED, TASK_RELEASE_RESERVATION_OF_STOPPED_PACT);
    assertThat(ledger.entries(pact.getBusinessKey())).extracting(LedgerEntry::kind)
        .containsExactly(LedgerEntryKind.RESERVATION, LedgerEntryKind.COMMITMENT);
    assertThat(ledger.position(pact.getBusinessKey(), firstYear).openCommitmentCents()).isEqualTo(40_000_000L);
    assertThat(pacts.tranches(pact)).isNotNull().isActive();
  }

  @Test
  void anExtensionMustLieAfterTheCurrentDeadline() {
    ProcessInstance pact = pacts.start("MEDVIA Scenario", DECISION.minusYears(1));
    pacts.selectThemesAndAgencies(pact, List.of());
    pacts.fireTimer(pact, START_EVENT_FIRST_YEAR_DEADLINE); // the nine-month reminder, long due, fires as well
    assertThatThrownBy(() -> complete(task(TASK_DECIDE_ON_DEADLINE_EXTENSION, pact), withVariables(
        DEADLINE_DECISION, "EXTEND", EXTENDED_DEADLINE, LocalDate.now().minusDays(1).toString(),
        DEADLINE_DECISION_MOTIVATION, "Te laat")))
        .hasMessageContaining(EXTENDED_DEADLINE);
    at(pact, TASK_AGREE_WITH_RESEARCH_GROUPS, TASK_ALIGN_WITH_FIT, TASK_ALIGN_WITH_WSE, TASK_DECIDE_ON_DEADLINE_EXTENSION,
        TASK_FOLLOW_UP_NINE_MONTH_REMINDER, TASK_RECORD_CLUSTER_COMMITMENTS,
        TASK_RECORD_TRANSITION_CONTRIBUTION);
  }

  @Test
  void fitAndWseCannotBeBypassed() {
    ProcessInstance pact = pacts.start("The Blue Cluster Verplicht", DECISION);
    // Ticking FIT and WSE as "additional" agencies does not replace the mandatory alignments.
    pacts.selectThemesAndAgencies(pact, List.of("FIT", "WSE", "MDK"));
    at(pact, TASK_AGREE_WITH_RESEARCH_GROUPS, TASK_ALIGN_WITH_FIT, TASK_ALIGN_WITH_WSE, TASK_NEGOTIATE_WITH_AGENCY,
        TASK_RECORD_CLUSTER_COMMITMENTS, TASK_RECORD_TRANSITION_CONTRIBUTION);
    assertThat(task(TASK_ALIGN_WITH_FIT, pact)).hasCandidateGroup("agency-fit");
    assertThat(task(TASK_ALIGN_WITH_WSE, pact)).hasCandidateGroup("agency-wse");

    // Without real agreements the alignment cannot be completed.
    assertThatThrownBy(() -> complete(task(TASK_ALIGN_WITH_FIT, pact), withVariables(FIT_INTERNATIONALISATION_AGREEMENTS, "")))
        .hasMessageContaining(FIT_INTERNATIONALISATION_AGREEMENTS);

    // Everything else done: the pact still waits for FIT and cannot reach drafting.
    pacts.alignWithWse(pact, 0);
    pacts.negotiateWithAgency(pact, "MDK", 100_000, List.of("NORMERING"));
    pacts.agreeWithResearchGroups(pact);
    pacts.recordTransitionContribution(pact);
    pacts.recordClusterCommitments(pact);
    pacts.runAsyncJobs(pact);
    at(pact, TASK_ALIGN_WITH_FIT);
    pacts.alignWithFit(pact, false);
    pacts.runAsyncJobs(pact);
    at(pact, TASK_DRAFT_CLUSTERPACT);
  }

  @Test
  void theCommitteeCannotPickAnUnknownAgency() {
    ProcessInstance pact = pacts.start("Flux50 Scenario", DECISION.minusYears(2));
    assertThatThrownBy(() -> pacts.selectThemesAndAgencies(pact, List.of("NASA")))
        .hasMessageContaining(SELECTED_AGENCIES).hasMessageContaining("NASA");
    at(pact, TASK_SELECT_THEMES_AND_AGENCIES);
  }

  /** The pact waits exactly at these activities (sorted, once per active instance) and nowhere else. */
  private void at(ProcessInstance pact, String... activities) {
    assertThat(pacts.activeActivities(pact)).containsExactly(activities);
  }

  private Task approvalTask(ProcessInstance pact, String cabinet) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pact.getId())
        .taskDefinitionKey(TASK_APPROVE_AS_MINISTER).taskCandidateGroup("cabinet-" + cabinet).singleResult();
  }

  private String approvalReason(ProcessInstance pact, String cabinet) {
    return (String) engine.getTaskService().getVariable(approvalTask(pact, cabinet).getId(), APPROVAL_REASON);
  }

  private ProcessInstance toDrafting(String cluster, List<String> agencies) {
    ProcessInstance pact = pacts.start(cluster, DECISION);
    pacts.selectThemesAndAgencies(pact, agencies);
    pacts.negotiateEverything(pact, agencies, false, 0);
    at(pact, TASK_DRAFT_CLUSTERPACT);
    return pact;
  }

  private LocalDate dateVariable(ProcessInstance pact, String name) {
    Date date = (Date) engine.getRuntimeService().getVariable(pact.getId(), name);
    return date.toInstant().atZone(ZoneId.of("Europe/Brussels")).toLocalDate();
  }

  private String historicJson(ProcessInstance pact, String name) {
    var variable = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(pact.getId()).variableName(name).disableCustomObjectDeserialization().singleResult();
    SerializableValue value = (SerializableValue) variable.getTypedValue();
    assertThat(value.getSerializationDataFormat()).isEqualTo("application/json");
    return value.getValueSerialized();
  }

}
