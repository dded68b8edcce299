package be.clusterpact.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import be.clusterpact.budget.HermesLedger;
import be.clusterpact.budget.LedgerStep;
import be.clusterpact.testing.FullProcessTestCoverage;
import be.clusterpact.testing.Pacts;
import be.clusterpact.testing.ProcessEngineTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestExecutionListeners;

/**
 * One scenario per path of the clusterpact model, on the real engine and PostgreSQL. The build fails
 * when these scenarios together cover less than every flow node and sequence flow of the model.
 */
@ProcessEngineTest
@Import({ProcessEngineCoverageConfiguration.class, ClusterpactScenariosTest.FullCoverage.class})
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ClusterpactScenariosTest {

  @TestConfiguration
  static class FullCoverage {
    @Bean
    @Primary
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
      return FullProcessTestCoverage.Gate.properties("Process_HermesTrancheRelease", "Process_HermesAnnualMaximum");
    }
  }

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
    assertThat(pact).isStarted().hasBusinessKey("CP-CATALISTI-SCENARIO-" + DECISION.getYear())
        .isWaitingAt("Task_SelectThemesAndAgencies");
    assertThat(dateVariable(pact, "firstYearDeadline")).isEqualTo(DECISION.plusMonths(12));
    assertThat(dateVariable(pact, "reminderDate")).isEqualTo(DECISION.plusMonths(9));

    pacts.selectThemesAndAgencies(pact, List.of("OVAM"));
    assertThat(pact).isWaitingAt("Task_AlignWithFit", "Task_AlignWithWse", "Task_NegotiateWithAgency",
        "Task_AgreeWithResearchGroups", "Task_RecordTransitionContribution");
    assertThat(task("Task_NegotiateWithAgency", pact)).hasCandidateGroup("agency-ovam")
        .hasName("Onderhandelen met OVAM – Openbare Vlaamse Afvalstoffenmaatschappij");
    assertThat(pacts.approvalCabinets(pact)).isEmpty();

    pacts.negotiateEverything(pact, List.of("OVAM"), false, 0);
    assertThat(pact).isWaitingAt("Task_DraftClusterpact").variables()
        .containsEntry("projectMeansEuro", "250.000,00").containsEntry("permitsOrStandards", false);

    pacts.draft(pact, FIRST_YEAR, 400_000, 0, 0, false);
    assertThat(pact).isWaitingAt("Task_ApproveAsMinister");
    assertThat(pacts.approvalCabinets(pact)).containsExactly("economy");
    assertThat(task("Task_ApproveAsMinister", pact))
        .hasName("Clusterpact goedkeuren – Kabinet van de Vlaamse minister van Economie en Innovatie");

    pacts.decideAsMinister(pact, "economy", "APPROVE", null);
    assertThat(pact).hasPassed("Task_CommitEarmarkedMeans", "Task_RecordConditionalCommitment")
        .isWaitingAt("Task_SignClusterpact");
    pacts.sign(pact);
    assertThat(pact).isWaitingAt("CallActivity_FollowUpYearlyTranches");
    assertThat(pacts.tranches(pact)).hasBusinessKey("CP-CATALISTI-SCENARIO-" + DECISION.getYear());

    pacts.releaseEveryTranche(pact);
    assertThat(pact).isEnded().hasPassed("EndEvent_PactCompleted", "EndEvent_NegotiationConcluded");
    assertThat(historicJson(pact, "clusterpact"))
        .contains("\"businessKey\":\"CP-CATALISTI-SCENARIO-" + DECISION.getYear() + "\"")
        .contains("Industrie 4.0").contains("Circulaire economie").contains("Waterstof")
        .contains("\"agencies\":[\"FIT\",\"WSE\",\"OVAM\"]")
        .contains("\"earmarkedMeans\":[{\"year\":" + FIRST_YEAR + ",\"amountCents\":40000000}");
    assertThat(historicJson(pact, "conditionalCommitment")).contains("\"status\":\"VOORWAARDELIJK\"");
  }

  @Test
  void happyPathWithThreeAdditionalAgenciesAndSeveralMinisters() {
    ProcessInstance pact = pacts.start("Flux50 Scenario", DECISION);
    pacts.selectThemesAndAgencies(pact, List.of("VEKA", "OMG", "VDAB"));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pact.getId())
        .taskDefinitionKey("Task_NegotiateWithAgency").count()).isEqualTo(3);

    pacts.alignWithFit(pact, true);
    pacts.alignWithWse(pact, 80_000);
    pacts.negotiateWithAgency(pact, "VEKA", 300_000, List.of());
    pacts.negotiateWithAgency(pact, "OMG", 0, List.of("VERGUNNINGEN"));
    pacts.negotiateWithAgency(pact, "VDAB", 150_000, List.of());
    pacts.agreeWithResearchGroups(pact);
    pacts.recordTransitionContribution(pact);
    pacts.runAsyncJobs(pact);
    assertThat(pact).isWaitingAt("Task_DraftClusterpact").variables()
        .containsEntry("projectMeansEuro", "450.000,00").containsEntry("permitsOrStandards", true);

    pacts.draft(pact, FIRST_YEAR, 450_000, 450_000, "450000.50", true);
    assertThat(pacts.approvalCabinets(pact))
        .containsExactly("budget", "economy", "environment", "foreign-trade", "work");
    for (String cabinet : List.of("economy", "budget", "work", "foreign-trade", "environment")) {
      pacts.decideAsMinister(pact, cabinet, "APPROVE", null);
    }
    pacts.runAsyncJobs(pact);
    pacts.sign(pact);
    assertThat(pact).isWaitingAt("CallActivity_FollowUpYearlyTranches");
    assertThat(historicJson(pact, "clusterpact")).contains("\"agencies\":[\"FIT\",\"WSE\",\"VEKA\",\"OMG\",\"VDAB\"]")
        .contains("{\"year\":" + (FIRST_YEAR + 2) + ",\"amountCents\":45000050}");
  }

  @Test
  void happyPathWithoutAdditionalAgencies() {
    ProcessInstance pact = pacts.start("MEDVIA Scenario", DECISION);
    pacts.selectThemesAndAgencies(pact, List.of());
    assertThat(pact).isWaitingAt("Task_AlignWithFit", "Task_AlignWithWse", "Task_AgreeWithResearchGroups",
        "Task_RecordTransitionContribution");
    pacts.negotiateEverything(pact, List.of(), false, 0);
    assertThat(pact).isWaitingAt("Task_DraftClusterpact").variables().containsEntry("projectMeansEuro", "0,00");
  }

  @Test
  void budgetOverTheAnnualMaximumGoesBackToDraftingThenIsCorrected() {
    int firstYear = 2060; // years of its own: the maximum below is for this pact alone
    setMaximum(firstYear, 1_500_000_000L);
    setMaximum(firstYear + 1, 40_000_000L);
    setMaximum(firstYear + 2, 1_500_000_000L);
    ProcessInstance pact = toDrafting("SIM Scenario", List.of("EWI"));

    pacts.draft(pact, firstYear, 300_000, 500_000, 300_000, false);
    assertThat(pact).isWaitingAt("Task_DraftClusterpact").hasPassed("BoundaryEvent_AnnualCeilingCheckFailed");
    assertThat((String) engine.getRuntimeService().getVariable(pact.getId(), "budgetCheckMessage"))
        .contains("voor " + (firstYear + 1) + " (€ 500.000,00)").contains("nog € 400.000,00 beschikbaar");
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(pact.getId()).count()).isZero();

    pacts.draft(pact, firstYear, 300_000, 400_000, 300_000, false);
    assertThat(pact).isWaitingAt("Task_ApproveAsMinister");
    assertThat(engine.getRuntimeService().getVariable(pact.getId(), "budgetCheckMessage")).isNull();
  }

  @Test
  void invalidAmountsGoBackToDraftingWithAMessage() {
    ProcessInstance pact = toDrafting("VIL Scenario", List.of("MOW"));

    pacts.draft(pact, FIRST_YEAR, 300_000, -5, 300_000, false);
    assertThat(pact).isWaitingAt("Task_DraftClusterpact").hasPassed("BoundaryEvent_EarmarkInvalid");
    assertThat((String) engine.getRuntimeService().getVariable(pact.getId(), "budgetCheckMessage"))
        .contains("earmarkYear2Euro").contains("negatief");
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(pact.getId()).count()).isZero();

    pacts.draft(pact, FIRST_YEAR, 300_000, 300_000, 300_000, false);
    assertThat(pact).isWaitingAt("Task_ApproveAsMinister");
  }

  @Test
  void oneMinisterRejectsThenApprovalAfterRenegotiation() {
    ProcessInstance pact = toDrafting("Flanders' FOOD Scenario", List.of("LV"));
    assertThat(pact).hasBusinessKey("CP-FLANDERS-FOOD-SCENARIO-" + DECISION.getYear());
    pacts.draft(pact, FIRST_YEAR, 500_000, 500_000, 500_000, false);
    assertThat(pacts.approvalCabinets(pact)).containsExactly("budget", "economy");

    pacts.decideAsMinister(pact, "budget", "REJECT", "Derde jaar te hoog in het licht van de meerjarenraming");
    assertThat(pact).isWaitingAt("Task_DraftClusterpact");
    assertThat(pacts.approvalCabinets(pact)).isEmpty();
    assertThat((String) engine.getRuntimeService().getVariable(pact.getId(), "ministerRejectionMotivation"))
        .contains("Begroting").contains("Derde jaar te hoog");

    pacts.draft(pact, FIRST_YEAR, 500_000, 500_000, 250_000, false);
    assertThat(engine.getRuntimeService().getVariable(pact.getId(), "ministerRejectionMotivation")).isNull();
    pacts.decideAsMinister(pact, "economy", "APPROVE", null);
    pacts.decideAsMinister(pact, "budget", "APPROVE", "Aangepast derde jaar aanvaardbaar");
    pacts.runAsyncJobs(pact);
    pacts.sign(pact);
    assertThat(pact).hasPassed("Task_ReleaseReservationOfRejectedPact").isWaitingAt("CallActivity_FollowUpYearlyTranches");
  }

  @Test
  void rejectingWithoutMotivationIsRefused() {
    ProcessInstance pact = toDrafting("The Blue Cluster Scenario", List.of("MDK"));
    pacts.draft(pact, FIRST_YEAR, 100_000, 0, 0, false);
    assertThatThrownBy(() -> pacts.decideAsMinister(pact, "economy", "REJECT", " "))
        .hasMessageContaining("ministerMotivation");
    assertThat(pact).isWaitingAt("Task_ApproveAsMinister");
  }

  @Test
  void nineMonthReminderIsFollowedUpWhileNegotiationsGoOn() {
    ProcessInstance pact = pacts.start("Catalisti Scenario", DECISION.minusYears(1));
    pacts.selectThemesAndAgencies(pact, List.of("OVAM"));
    pacts.fireTimer(pact, "BoundaryEvent_NineMonthReminder");
    assertThat(pact).isWaitingAt("Task_FollowUpNineMonthReminder", "Task_AlignWithFit");
    assertThat(task("Task_FollowUpNineMonthReminder", pact)).hasCandidateGroup("vlaio-cluster-team");
    complete(task("Task_FollowUpNineMonthReminder", pact), withVariables("reminderFollowUp", "Overleg met OVAM ingepland"));
    assertThat(pact).hasPassed("EndEvent_ReminderFollowedUp").isWaitingAt("Task_AlignWithFit");
  }

  @Test
  void twelveMonthEscalationExtendsTheDeadlineThenThePactIsApproved() {
    ProcessInstance pact = pacts.start("SIM Scenario", DECISION.minusYears(1));
    pacts.selectThemesAndAgencies(pact, List.of());
    pacts.fireTimer(pact, "BoundaryEvent_FirstYearDeadline");
    assertThat(pact).isWaitingAt("Task_DecideOnDeadlineExtension", "Task_AlignWithFit");
    assertThat(task("Task_DecideOnDeadlineExtension", pact)).hasCandidateGroup("hermes-committee");

    LocalDate newDeadline = LocalDate.now().plusMonths(3);
    complete(task("Task_DecideOnDeadlineExtension", pact), withVariables("deadlineDecision", "EXTEND",
        "extendedDeadline", newDeadline.toString(), "deadlineDecisionMotivation", "Onderhandeling met WSE loopt nog"));
    assertThat(pact).isWaitingAt("Timer_ExtendedDeadlineReached");
    assertThat(dateVariable(pact, "firstYearDeadline")).isEqualTo(newDeadline);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(pact.getId())
        .activityId("Timer_ExtendedDeadlineReached").singleResult().getDuedate())
        .isEqualTo(Date.from(newDeadline.atStartOfDay(ZoneId.of("Europe/Brussels")).toInstant()));

    pacts.fireTimer(pact, "Timer_ExtendedDeadlineReached");
    assertThat(pact).isWaitingAt("Task_DecideOnDeadlineExtension");

    pacts.negotiateEverything(pact, List.of(), false, 0);
    pacts.draft(pact, FIRST_YEAR, 200_000, 0, 0, false);
    pacts.decideAsMinister(pact, "economy", "APPROVE", null);
    pacts.runAsyncJobs(pact);
    pacts.sign(pact);
    assertThat(pact).isWaitingAt("CallActivity_FollowUpYearlyTranches").hasNotPassed("EndEvent_PactStopped");
  }

  @Test
  void twelveMonthEscalationStopsThePact() {
    ProcessInstance pact = pacts.start("VIL Scenario", DECISION.minusYears(1));
    pacts.selectThemesAndAgencies(pact, List.of("MOW"));
    pacts.fireTimer(pact, "BoundaryEvent_FirstYearDeadline");
    complete(task("Task_DecideOnDeadlineExtension", pact), withVariables("deadlineDecision", "STOP",
        "deadlineDecisionMotivation", "Geen engagement van de cluster binnen het eerste jaar"));
    pacts.runAsyncJobs(pact);
    assertThat(pact).isEnded().hasPassed("Task_ReleaseReservationOfStoppedPact", "EndEvent_PactStopped")
        .hasNotPassed("EndEvent_PactCompleted");
  }

  @Test
  void anExtensionMustLieAfterTheCurrentDeadline() {
    ProcessInstance pact = pacts.start("MEDVIA Scenario", DECISION.minusYears(1));
    pacts.selectThemesAndAgencies(pact, List.of());
    pacts.fireTimer(pact, "BoundaryEvent_FirstYearDeadline");
    assertThatThrownBy(() -> complete(task("Task_DecideOnDeadlineExtension", pact), withVariables(
        "deadlineDecision", "EXTEND", "extendedDeadline", LocalDate.now().minusDays(1).toString(),
        "deadlineDecisionMotivation", "Te laat")))
        .hasMessageContaining("extendedDeadline");
    assertThat(pact).isWaitingAt("Task_DecideOnDeadlineExtension");
  }

  @Test
  void fitAndWseCannotBeBypassed() {
    ProcessInstance pact = pacts.start("The Blue Cluster Verplicht", DECISION);
    // Ticking FIT and WSE as "additional" agencies does not replace the mandatory alignments.
    pacts.selectThemesAndAgencies(pact, List.of("FIT", "WSE", "MDK"));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pact.getId())
        .taskDefinitionKey("Task_NegotiateWithAgency").count()).isEqualTo(1);
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
    pacts.runAsyncJobs(pact);
    assertThat(pact).isWaitingAt("Task_AlignWithFit").hasNotPassed("Task_DraftClusterpact");
    pacts.alignWithFit(pact, false);
    pacts.runAsyncJobs(pact);
    assertThat(pact).isWaitingAt("Task_DraftClusterpact");
  }

  @Test
  void theCommitteeCannotPickAnUnknownAgency() {
    ProcessInstance pact = pacts.start("Flux50 Scenario", DECISION.minusYears(2));
    assertThatThrownBy(() -> pacts.selectThemesAndAgencies(pact, List.of("NASA")))
        .hasMessageContaining("selectedAgencies").hasMessageContaining("NASA");
    assertThat(pact).isWaitingAt("Task_SelectThemesAndAgencies");
  }

  private ProcessInstance toDrafting(String cluster, List<String> agencies) {
    ProcessInstance pact = pacts.start(cluster, DECISION);
    pacts.selectThemesAndAgencies(pact, agencies);
    pacts.negotiateEverything(pact, agencies, false, 0);
    assertThat(pact).isWaitingAt("Task_DraftClusterpact");
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
