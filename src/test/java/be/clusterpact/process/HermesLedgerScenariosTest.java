package be.clusterpact.process;

import static be.clusterpact.process.HermesTrancheReleaseProcess.*;
import static be.clusterpact.budget.LedgerEntryKind.COMMITMENT;
import static be.clusterpact.budget.LedgerEntryKind.COMMITMENT_CANCELLED;
import static be.clusterpact.budget.LedgerEntryKind.COMMITMENT_REDUCED;
import static be.clusterpact.budget.LedgerEntryKind.MAXIMUM_SET;
import static be.clusterpact.budget.LedgerEntryKind.RESERVATION;
import static be.clusterpact.budget.LedgerEntryKind.RESERVATION_RELEASED;
import static be.clusterpact.budget.LedgerEntryKind.TRANCHE_RELEASED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import be.clusterpact.budget.HermesLedger;
import be.clusterpact.budget.LedgerEntry;
import be.clusterpact.budget.LedgerStep;
import be.clusterpact.budget.PactYearPosition;
import be.clusterpact.budget.YearBalance;
import be.clusterpact.testing.FullProcessTestCoverage;
import be.clusterpact.testing.Pacts;
import be.clusterpact.testing.InMemoryEngineTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Hermes fund ledger through the processes: the yearly maximum, reservations, commitments and
 * the yearly release of tranches. Each scenario books in budget years of its own, so the totals it
 * checks are its own, and pacts of its own (the ledger knows a pact by its business key). The build fails unless these scenarios cover every element of the annual
 * maximum and tranche models.
 */
@InMemoryEngineTest
@FullProcessTestCoverage(coveredElsewhere = {Pacts.PROCESS})
class HermesLedgerScenariosTest {

  static final LocalDate DECISION = LocalDate.now().minusMonths(2);
  static final long MILLION = 100_000_000L;

  @Autowired ProcessEngine engine;
  @Autowired HermesLedger ledger;
  Pacts pacts;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    pacts = new Pacts(engine);
  }

  @Test
  void aYearWithoutMaximumIsReservedConditionallyAndBecomesNormalWhenAFittingMaximumIsApproved() {
    ProcessInstance pact = toDrafting("Catalisti Jaarplafond");
    pacts.draft(pact, 2070, 400_000, 0, 0, false);
    assertThat(pact).isWaitingAt(ClusterpactProcess.TASK_APPROVE_AS_MINISTER).hasNotPassed(ClusterpactProcess.BOUNDARY_EVENT_ANNUAL_CEILING_CHECK_FAILED);
    assertThat((String) engine.getRuntimeService().getVariable(pact.getId(), ClusterpactProcess.EARMARK_CONDITION_NOTE))
        .startsWith("Voor 2070 is het jaarlijkse maximum van de geoormerkte middelen nog niet vastgelegd: dat bedrag is"
            + " voorwaardelijk gereserveerd, in afwachting van het jaarlijkse maximum.");
    assertThat(ledger.balance(2070)).contains(YearBalance.withoutMaximum(2070, 40_000_000L, 0));
    assertThat(ledger.entries(pact.getBusinessKey()))
        .extracting(LedgerEntry::year, LedgerEntry::kind, LedgerEntry::amountCents, LedgerEntry::conditional)
        .containsExactly(tuple(2070, RESERVATION, 40_000_000L, true));

    ProcessInstance maximum = proposeMaximum(2070, "15000000");
    assertThat(maximum).hasBusinessKey("HERMES-MAX-2070").isWaitingAtExactly(HermesAnnualMaximumProcess.TASK_APPROVE_ANNUAL_MAXIMUM);
    assertThat(task(HermesAnnualMaximumProcess.TASK_APPROVE_ANNUAL_MAXIMUM, maximum)).hasCandidateGroup("cabinet-economy");
    assertThat(engine.getRuntimeService().getVariable(maximum.getId(), HermesAnnualMaximumProcess.YEAR_POSITION))
        .isEqualTo("Voor 2070 is nog geen maximum vastgelegd; clusterpacten hielden dit jaar in afwachting van het"
            + " jaarlijkse maximum al aan (voorwaardelijk vastgelegd: € 0,00; voorlopig gereserveerd: € 400.000,00)."
            + " Dit maximum wordt daaraan getoetst.");
    assertThat(engine.getRuntimeService().getVariable(maximum.getId(), HermesAnnualMaximumProcess.MAXIMUM_WARNING)).isNull();
    approveMaximum(maximum);
    assertThat(maximum).isEnded().hasPassed(HermesAnnualMaximumProcess.TASK_RECORD_ANNUAL_MAXIMUM, HermesAnnualMaximumProcess.END_EVENT_MAXIMUM_RECORDED);
    YearBalance year = ledger.balance(2070).orElseThrow();
    assertThat(year).isEqualTo(new YearBalance(2070, 15 * MILLION, 40_000_000L, 0, 0, 40_000_000L));
    assertThat(year.conditional()).isFalse();
    assertThat(year.availableCents()).isEqualTo(15 * MILLION - 40_000_000L);

    pacts.decideAsMinister(pact, "economy", "APPROVE", null);
    assertThat(ledger.entries(pact.getBusinessKey()))
        .extracting(LedgerEntry::year, LedgerEntry::kind, LedgerEntry::amountCents, LedgerEntry::conditional)
        .containsExactly(tuple(2070, RESERVATION, 40_000_000L, true), tuple(2070, COMMITMENT, 40_000_000L, false));
  }

  @Test
  void aMaximumBelowWhatAYearHoldsConditionallyGoesToTheCommitteeWhenItsBudgetYearBegins() {
    ProcessInstance pact = toDrafting("VIL Voorwaardelijk");
    pacts.draft(pact, 2075, 400_000, 0, 0, false);
    ProcessInstance maximum = proposeMaximum(2075, "300000");
    assertThat((String) engine.getRuntimeService().getVariable(maximum.getId(), HermesAnnualMaximumProcess.MAXIMUM_WARNING))
        .contains("€ 100.000,00 lager");
    approveMaximum(maximum);
    assertThat(ledger.balance(2075)).contains(new YearBalance(2075, 30_000_000L, 40_000_000L, 0, 0, 40_000_000L));
    assertThat(ledger.balance(2075).orElseThrow().overcommitted()).isTrue();

    for (String cabinet : pacts.approvalCabinets(pact)) {
      pacts.decideAsMinister(pact, cabinet, "APPROVE", null);
    }
    pacts.runAsyncJobs(pact);
    pacts.sign(pact);
    ProcessInstance tranches = pacts.tranches(pact);
    assertThat(tranches).isWaitingAtExactly(Pacts.inYearlyTranche(TIMER_BUDGET_YEAR_STARTED));
    pacts.startBudgetYear(tranches);
    assertThat(tranches).isWaitingAtExactly(Pacts.inYearlyTranche(TASK_DECIDE_ON_LOWERED_MAXIMUM)).variables()
        .containsEntry(YEAR_MAXIMUM_LABEL, "€ 300.000,00").containsEntry(YEAR_COMMITMENTS_LABEL, "€ 400.000,00")
        .containsEntry(PRO_RATA_AMOUNT_LABEL, "€ 300.000,00");
    pacts.decideOnLoweredMaximum(tranches, "REDUCE_PRO_RATA");
    pacts.endBudgetYear(tranches);
    pacts.assessAnnualReport(tranches, "APPROVE", null);
    assertThat(tranches).isEnded();
    assertThat(ledger.balance(2075)).contains(new YearBalance(2075, 30_000_000L, 0, 30_000_000L, 30_000_000L, 40_000_000L));
  }

  @Test
  void aTrancheFollowUpWaitsForTheMaximumOfItsYearAndTheCommitteeDecidesOnWhatDoesNotFit() {
    setMaximum(2058, 15 * MILLION);
    ProcessInstance waiting = pacts.approvedPact("Catalisti Wacht", DECISION, 2059, 6_000_000, 0, 0);
    ProcessInstance earlier = pacts.approvedPact("Flux50 Wacht", DECISION, 2058, 1_000_000, 6_000_000, 0);
    assertThat(ledger.balance(2059)).contains(YearBalance.withoutMaximum(2059, 0, 12 * MILLION));
    ProcessInstance waitingTranches = pacts.tranches(waiting);
    ProcessInstance earlierTranches = pacts.tranches(earlier);

    // 1 January 2059 without maximum: no incident, the follow-up waits for it.
    pacts.startBudgetYear(waitingTranches);
    assertThat(waitingTranches).isWaitingAtExactly(Pacts.inYearlyTranche(EVENT_ANNUAL_MAXIMUM_SET));
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(waitingTranches.getId()).count()).isZero();
    assertThat(waiting).isWaitingAtExactly(ClusterpactProcess.CALL_ACTIVITY_FOLLOW_UP_YEARLY_TRANCHES);
    // The other pact's follow-up is still in 2058.
    pacts.startBudgetYear(earlierTranches);
    assertThat(earlierTranches).isWaitingAtExactly(Pacts.inYearlyTranche(GATEWAY_BUDGET_YEAR_RUNNING));

    ProcessInstance maximum = proposeMaximum(2059, "8000000");
    assertThat((String) engine.getRuntimeService().getVariable(maximum.getId(), HermesAnnualMaximumProcess.YEAR_POSITION))
        .contains("in afwachting van het jaarlijkse maximum").contains("voorwaardelijk vastgelegd: € 12.000.000,00");
    assertThat((String) engine.getRuntimeService().getVariable(maximum.getId(), HermesAnnualMaximumProcess.MAXIMUM_WARNING)).contains("€ 4.000.000,00 lager");
    assertThat(waitingTranches).as("a proposal is not a maximum")
        .isWaitingAtExactly(Pacts.inYearlyTranche(EVENT_ANNUAL_MAXIMUM_SET));
    approveMaximum(maximum);
    pacts.runAsyncJobs(waitingTranches);
    assertThat(waitingTranches).hasPassed(EVENT_ANNUAL_MAXIMUM_SET)
        .isWaitingAtExactly(Pacts.inYearlyTranche(TASK_DECIDE_ON_LOWERED_MAXIMUM))
        .variables().containsEntry(YEAR_MAXIMUM_LABEL, "€ 8.000.000,00")
        .containsEntry(YEAR_COMMITMENTS_LABEL, "€ 12.000.000,00").containsEntry(PRO_RATA_AMOUNT_LABEL, "€ 4.000.000,00");
    assertThat(task(TASK_DECIDE_ON_LOWERED_MAXIMUM, waitingTranches))
        .hasName("Beslissen over een te laag jaarlijks maximum – Catalisti Wacht 2059");
    assertThat(earlierTranches).isWaitingAtExactly(Pacts.inYearlyTranche(GATEWAY_BUDGET_YEAR_RUNNING));

    pacts.decideOnLoweredMaximum(waitingTranches, "REDUCE_PRO_RATA");
    assertThat(waitingTranches).isWaitingAtExactly(Pacts.inYearlyTranche(GATEWAY_BUDGET_YEAR_RUNNING));
    pacts.endBudgetYear(waitingTranches);
    pacts.assessAnnualReport(waitingTranches, "APPROVE", null);
    assertThat(waitingTranches).isEnded().hasPassed(TASK_RELEASE_TRANCHE, END_EVENT_TRANCHES_FOLLOWED_UP);

    // The other pact reaches 2059 after the maximum was set: the committee decides for it too.
    pacts.endBudgetYear(earlierTranches);
    pacts.assessAnnualReport(earlierTranches, "APPROVE", null);
    assertThat(earlierTranches).isWaitingAtExactly(Pacts.inYearlyTranche(TIMER_BUDGET_YEAR_STARTED));
    pacts.startBudgetYear(earlierTranches);
    assertThat(earlierTranches).isWaitingAtExactly(Pacts.inYearlyTranche(TASK_DECIDE_ON_LOWERED_MAXIMUM)).variables()
        .containsEntry(PRO_RATA_AMOUNT_LABEL, "€ 4.000.000,00");
    pacts.decideOnLoweredMaximum(earlierTranches, "REDUCE_PRO_RATA");
    pacts.endBudgetYear(earlierTranches);
    pacts.assessAnnualReport(earlierTranches, "APPROVE", null);
    assertThat(earlierTranches).isEnded();

    assertThat(ledger.balance(2059)).contains(new YearBalance(2059, 8 * MILLION, 0, 8 * MILLION, 8 * MILLION, 12 * MILLION));
    assertThat(ledger.entries(waiting.getBusinessKey()))
        .extracting(LedgerEntry::kind, LedgerEntry::amountCents, LedgerEntry::conditional)
        .containsExactly(tuple(RESERVATION, 6 * MILLION, true), tuple(COMMITMENT, 6 * MILLION, true),
            tuple(COMMITMENT_REDUCED, 2 * MILLION, false), tuple(TRANCHE_RELEASED, 4 * MILLION, false));
  }

  @Test
  void aMaximumSetAgainDuringTheBudgetYearIsCheckedAgainBeforeTheAnnualReport() {
    setMaximum(2063, 15 * MILLION);
    ProcessInstance pact = pacts.approvedPact("MEDVIA Bijsturing", DECISION, 2063, 9_000_000, 0, 0);
    ProcessInstance tranches = pacts.tranches(pact);
    pacts.startBudgetYear(tranches);
    assertThat(tranches).isWaitingAtExactly(Pacts.inYearlyTranche(GATEWAY_BUDGET_YEAR_RUNNING));

    approveMaximum(proposeMaximum(2063, "20000000"));
    pacts.runAsyncJobs(tranches);
    assertThat(tranches).as("a higher maximum still covers the commitment").hasPassed(EVENT_ANNUAL_MAXIMUM_RESET)
        .isWaitingAtExactly(Pacts.inYearlyTranche(GATEWAY_BUDGET_YEAR_RUNNING));

    approveMaximum(proposeMaximum(2063, "6000000"));
    pacts.runAsyncJobs(tranches);
    assertThat(tranches).isWaitingAtExactly(Pacts.inYearlyTranche(TASK_DECIDE_ON_LOWERED_MAXIMUM)).variables()
        .containsEntry(PRO_RATA_AMOUNT_LABEL, "€ 6.000.000,00");
    pacts.decideOnLoweredMaximum(tranches, "REDUCE_PRO_RATA");
    assertThat(tranches).isWaitingAtExactly(Pacts.inYearlyTranche(GATEWAY_BUDGET_YEAR_RUNNING));

    approveMaximum(proposeMaximum(2063, "3000000"));
    pacts.runAsyncJobs(tranches);
    assertThat(tranches).isWaitingAtExactly(Pacts.inYearlyTranche(TASK_DECIDE_ON_LOWERED_MAXIMUM)).variables()
        .containsEntry(PRO_RATA_AMOUNT_LABEL, "€ 3.000.000,00");
    pacts.decideOnLoweredMaximum(tranches, "REDUCE_PRO_RATA");

    pacts.endBudgetYear(tranches);
    pacts.assessAnnualReport(tranches, "APPROVE", null);
    assertThat(tranches).isEnded();
    assertThat(ledger.entries(pact.getBusinessKey())).filteredOn(e -> e.kind() == COMMITMENT_REDUCED)
        .extracting(LedgerEntry::amountCents, LedgerEntry::step)
        .containsExactly(tuple(3 * MILLION, "reduced-pro-rata-3"), tuple(3 * MILLION, "reduced-pro-rata-4"));
    assertThat(ledger.balance(2063)).contains(new YearBalance(2063, 3 * MILLION, 0, 3 * MILLION, 3 * MILLION, 6 * MILLION));
  }

  @Test
  void aRejectedMaximumIsRevisedAndApprovedOrWithdrawn() {
    ProcessInstance revised = proposeMaximum(2071, "20000000");
    decideOnMaximum(revised, "REJECT", "Niet in lijn met de meerjarenraming");
    assertThat(revised).isWaitingAtExactly(HermesAnnualMaximumProcess.TASK_REVISE_PROPOSAL);
    assertThat(task(HermesAnnualMaximumProcess.TASK_REVISE_PROPOSAL, revised)).hasCandidateGroup(GroupIds.HERMES_FUND_MANAGER);
    assertThatThrownBy(() -> complete(task(HermesAnnualMaximumProcess.TASK_REVISE_PROPOSAL, revised), withVariables(
        HermesAnnualMaximumProcess.REVISION_DECISION, "RESUBMIT", HermesAnnualMaximumProcess.MAXIMUM_EURO, "-3", HermesAnnualMaximumProcess.PROPOSAL_MOTIVATION, "Bijgesteld")))
        .hasMessageContaining(HermesAnnualMaximumProcess.MAXIMUM_EURO);
    complete(task(HermesAnnualMaximumProcess.TASK_REVISE_PROPOSAL, revised), withVariables(
        HermesAnnualMaximumProcess.REVISION_DECISION, "RESUBMIT", HermesAnnualMaximumProcess.MAXIMUM_EURO, "12000000", HermesAnnualMaximumProcess.PROPOSAL_MOTIVATION, "Bijgesteld na overleg"));
    assertThat(revised).isWaitingAtExactly(HermesAnnualMaximumProcess.TASK_APPROVE_ANNUAL_MAXIMUM).variables().containsEntry(HermesAnnualMaximumProcess.PROPOSED_MAXIMUM_LABEL, "€ 12.000.000,00");
    approveMaximum(revised);
    assertThat(ledger.balance(2071).orElseThrow().maximumCents()).isEqualTo(12 * MILLION);

    ProcessInstance withdrawn = proposeMaximum(2072, "20000000");
    decideOnMaximum(withdrawn, "REJECT", "Te hoog");
    complete(task(HermesAnnualMaximumProcess.TASK_REVISE_PROPOSAL, withdrawn), withVariables(HermesAnnualMaximumProcess.REVISION_DECISION, "WITHDRAW"));
    assertThat(withdrawn).isEnded().hasPassed(HermesAnnualMaximumProcess.END_EVENT_PROPOSAL_WITHDRAWN);
    assertThat(ledger.balance(2072)).isEmpty();
  }

  @Test
  void aProposalWithoutValidAmountIsRefusedAtTheStart() {
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(HermesAnnualMaximumProcess.KEY,
        withVariables(HermesAnnualMaximumProcess.BUDGET_YEAR, 2073, HermesAnnualMaximumProcess.MAXIMUM_EURO, "vijftien miljoen", HermesAnnualMaximumProcess.PROPOSAL_MOTIVATION, "Begroting")))
        .hasMessageContaining(HermesAnnualMaximumProcess.MAXIMUM_EURO);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("HERMES-MAX-2073").count()).isZero();
  }

  @Test
  void reservationThenApprovalThenThreeYearlyReleases() {
    setMaximum(2041, 15 * MILLION);
    setMaximum(2042, 15 * MILLION);
    setMaximum(2043, 15 * MILLION);
    ProcessInstance pact = toDrafting("Flux50 Tranches");
    pacts.draft(pact, 2041, 500_000, 400_000, 300_000, false);
    assertThat(ledger.balance(2042).orElseThrow().provisionalCents()).isEqualTo(40_000_000L);

    for (String cabinet : pacts.approvalCabinets(pact)) {
      pacts.decideAsMinister(pact, cabinet, "APPROVE", null);
    }
    pacts.runAsyncJobs(pact);
    assertThat(ledger.balance(2042)).contains(new YearBalance(2042, 15 * MILLION, 0, 40_000_000L, 0, 0));
    pacts.sign(pact);

    ProcessInstance tranches = pacts.tranches(pact);
    assertThat(tranches).isWaitingAtExactly(Pacts.inYearlyTranche(TIMER_BUDGET_YEAR_STARTED));
    for (int year = 2041; year <= 2043; year++) {
      assertThat(timerDue(tranches, TIMER_BUDGET_YEAR_STARTED)).isEqualTo(newYearInBrussels(year));
      pacts.startBudgetYear(tranches);
      // The year has only begun: its maximum is checked, its annual report cannot exist yet.
      assertThat(tranches).isWaitingAtExactly(Pacts.inYearlyTranche(GATEWAY_BUDGET_YEAR_RUNNING));
      assertThat(timerDue(tranches, TIMER_BUDGET_YEAR_ENDED)).isEqualTo(newYearInBrussels(year + 1));
      pacts.endBudgetYear(tranches);
      assertThat(tranches).isWaitingAtExactly(Pacts.inYearlyTranche(TASK_ASSESS_ANNUAL_REPORT));
      assertThat(task(TASK_ASSESS_ANNUAL_REPORT, tranches))
          .hasName("Jaarverslag over het afgelopen begrotingsjaar beoordelen – Flux50 Tranches " + year);
      assertThat(engine.getTaskService().getVariable(task(TASK_ASSESS_ANNUAL_REPORT, tranches).getId(), TRANCHE_YEAR))
          .as("the report covers the year that has just ended").isEqualTo(year);
      pacts.assessAnnualReport(tranches, "APPROVE", null);
    }
    assertThat(tranches).isEnded().hasPassed(TASK_RELEASE_TRANCHE, END_EVENT_TRANCHES_FOLLOWED_UP).hasNotPassed(TASK_WITHHOLD_TRANCHE);
    assertThat(pact).isEnded().hasPassed(ClusterpactProcess.END_EVENT_PACT_COMPLETED);

    assertThat(ledger.entries(pact.getBusinessKey())).extracting(LedgerEntry::year, LedgerEntry::kind, LedgerEntry::amountCents)
        .containsExactly(
            tuple(2041, RESERVATION, 50_000_000L), tuple(2042, RESERVATION, 40_000_000L), tuple(2043, RESERVATION, 30_000_000L),
            tuple(2041, COMMITMENT, 50_000_000L), tuple(2042, COMMITMENT, 40_000_000L), tuple(2043, COMMITMENT, 30_000_000L),
            tuple(2041, TRANCHE_RELEASED, 50_000_000L), tuple(2042, TRANCHE_RELEASED, 40_000_000L),
            tuple(2043, TRANCHE_RELEASED, 30_000_000L));
    assertThat(ledger.balance(2043)).contains(new YearBalance(2043, 15 * MILLION, 0, 30_000_000L, 30_000_000L, 0));
    assertThat(ledger.entries(pact.getBusinessKey())).allSatisfy(e -> assertThat(e.recordedBy()).isNotBlank());
  }

  @Test
  void aRejectedAnnualReportWithholdsThatYearsTranche() {
    setMaximum(2044, 15 * MILLION);
    setMaximum(2045, 15 * MILLION);
    setMaximum(2046, 15 * MILLION);
    ProcessInstance pact = pacts.approvedPact("SIM Jaarverslag", DECISION, 2044, 300_000, 300_000, 300_000);
    ProcessInstance tranches = pacts.tranches(pact);

    pacts.startBudgetYear(tranches);
    pacts.endBudgetYear(tranches);
    pacts.assessAnnualReport(tranches, "APPROVE", null);
    pacts.startBudgetYear(tranches);
    pacts.endBudgetYear(tranches);
    assertThatThrownBy(() -> complete(task(TASK_ASSESS_ANNUAL_REPORT, tranches), withVariables(
        ANNUAL_REPORT_SUMMARY, "Verslag", REPORT_DECISION, "REJECT"))).hasMessageContaining(REPORT_DECISION_MOTIVATION);
    pacts.assessAnnualReport(tranches, "REJECT", "Geen voortgang op de kernprojecten");
    assertThat(tranches).hasPassed(TASK_WITHHOLD_TRANCHE, END_EVENT_TRANCHE_WITHHELD)
        .isWaitingAtExactly(Pacts.inYearlyTranche(TIMER_BUDGET_YEAR_STARTED));
    pacts.startBudgetYear(tranches);
    pacts.endBudgetYear(tranches);
    pacts.assessAnnualReport(tranches, "APPROVE", null);
    assertThat(tranches).isEnded();

    assertThat(ledger.position(pact.getBusinessKey(), 2045)).isEqualTo(new PactYearPosition(2045, 0, 0, 0));
    assertThat(ledger.position(pact.getBusinessKey(), 2046)).isEqualTo(new PactYearPosition(2046, 0, 30_000_000L, 30_000_000L));
    assertThat(ledger.balance(2045).orElseThrow().availableCents()).isEqualTo(15 * MILLION);
    assertThat(ledger.entries(pact.getBusinessKey())).filteredOn(e -> e.kind() == COMMITMENT_CANCELLED)
        .singleElement().satisfies(e -> assertThat(e.note()).isEqualTo("Geen voortgang op de kernprojecten"));
  }

  @Test
  void aMinisterRejectionReleasesTheReservationAndTheRedraftReservesAgain() {
    setMaximum(2047, 15 * MILLION);
    setMaximum(2048, 15 * MILLION);
    setMaximum(2049, 15 * MILLION);
    ProcessInstance pact = toDrafting("Flanders' FOOD Herwerking");
    pacts.draft(pact, 2047, 500_000, 500_000, 500_000, false);
    pacts.decideAsMinister(pact, "budget", "REJECT", "Te hoog");
    assertThat(pact).hasPassed(ClusterpactProcess.TASK_RELEASE_RESERVATION_OF_REJECTED_PACT).isWaitingAt(ClusterpactProcess.TASK_DRAFT_CLUSTERPACT);
    assertThat(ledger.balance(2047).orElseThrow().provisionalCents()).isZero();

    pacts.draft(pact, 2047, 500_000, 500_000, 200_000, false);
    assertThat(ledger.entries(pact.getBusinessKey())).extracting(LedgerEntry::year, LedgerEntry::kind, LedgerEntry::step)
        .containsExactly(
            tuple(2047, RESERVATION, "reservation-1"), tuple(2048, RESERVATION, "reservation-1"),
            tuple(2049, RESERVATION, "reservation-1"),
            tuple(2047, RESERVATION_RELEASED, "reservation-1-released"), tuple(2048, RESERVATION_RELEASED, "reservation-1-released"),
            tuple(2049, RESERVATION_RELEASED, "reservation-1-released"),
            tuple(2047, RESERVATION, "reservation-2"), tuple(2048, RESERVATION, "reservation-2"),
            tuple(2049, RESERVATION, "reservation-2"));
    assertThat(ledger.balance(2049).orElseThrow().provisionalCents()).isEqualTo(20_000_000L);
  }

  @Test
  void aStoppedPactGivesItsReservationBack() {
    setMaximum(2074, 15 * MILLION);
    ProcessInstance pact = pacts.start("VIL Stopzetting", DECISION);
    pacts.selectThemesAndAgencies(pact, List.of());
    pacts.negotiateEverything(pact, List.of(), false, 0);
    pacts.draft(pact, 2074, 700_000, 0, 0, false);
    assertThat(ledger.balance(2074).orElseThrow().provisionalCents()).isEqualTo(70_000_000L);

    pacts.fireTimer(pact, ClusterpactProcess.START_EVENT_FIRST_YEAR_DEADLINE);
    complete(task(ClusterpactProcess.TASK_DECIDE_ON_DEADLINE_EXTENSION, pact), withVariables(ClusterpactProcess.DEADLINE_DECISION, "STOP",
        ClusterpactProcess.DEADLINE_DECISION_MOTIVATION, "Ministers niet akkoord binnen het jaar"));
    pacts.runAsyncJobs(pact);
    assertThat(pact).isEnded().hasPassed(ClusterpactProcess.TASK_RELEASE_RESERVATION_OF_STOPPED_PACT, ClusterpactProcess.END_EVENT_PACT_STOPPED);
    assertThat(ledger.balance(2074).orElseThrow().provisionalCents()).isZero();
    assertThat(ledger.entries(pact.getBusinessKey())).extracting(LedgerEntry::kind).containsExactly(RESERVATION, RESERVATION_RELEASED);
  }

  @Test
  void aMaximumLoweredBelowTheCommitmentsIsReducedProRataForEveryPact() {
    setMaximum(2050, 15 * MILLION);
    ProcessInstance first = pacts.approvedPact("Catalisti Verlaging", DECISION, 2050, 6_000_000, 0, 0);
    ProcessInstance second = pacts.approvedPact("Flux50 Verlaging", DECISION, 2050, 6_000_000, 0, 0);

    ProcessInstance lowering = proposeMaximum(2050, "8000000");
    assertThat((String) engine.getRuntimeService().getVariable(lowering.getId(), HermesAnnualMaximumProcess.MAXIMUM_WARNING))
        .contains("€ 4.000.000,00 lager");
    approveMaximum(lowering);
    assertThat(ledger.balance(2050).orElseThrow().overcommitted()).isTrue();

    for (ProcessInstance pact : List.of(first, second)) {
      ProcessInstance tranches = pacts.tranches(pact);
      pacts.startBudgetYear(tranches);
      assertThat(tranches).isWaitingAtExactly(Pacts.inYearlyTranche(TASK_DECIDE_ON_LOWERED_MAXIMUM)).variables()
          .containsEntry(PRO_RATA_AMOUNT_LABEL, "€ 4.000.000,00");
      pacts.decideOnLoweredMaximum(tranches, "REDUCE_PRO_RATA");
      pacts.endBudgetYear(tranches);
      pacts.assessAnnualReport(tranches, "APPROVE", null);
      assertThat(tranches).isEnded().hasPassed(GATEWAY_FUNDING_STOPPED, TASK_RELEASE_TRANCHE);
    }
    assertThat(ledger.balance(2050)).contains(new YearBalance(2050, 8 * MILLION, 0, 8 * MILLION, 8 * MILLION, 12 * MILLION));
    assertThat(ledger.entries(first.getBusinessKey())).filteredOn(e -> e.kind() == COMMITMENT_REDUCED)
        .singleElement().extracting(LedgerEntry::amountCents).isEqualTo(2 * MILLION);
  }

  @Test
  void aMaximumLoweredBelowTheCommitmentsIsKeptByDecisionOfTheCommittee() {
    setMaximum(2053, 15 * MILLION);
    ProcessInstance pact = pacts.approvedPact("MEDVIA Behoud", DECISION, 2053, 9_000_000, 0, 0);
    approveMaximum(proposeMaximum(2053, "5000000"));

    ProcessInstance tranches = pacts.tranches(pact);
    pacts.startBudgetYear(tranches);
    pacts.decideOnLoweredMaximum(tranches, "KEEP");
    assertThat(tranches).isWaitingAtExactly(Pacts.inYearlyTranche(GATEWAY_BUDGET_YEAR_RUNNING));
    pacts.endBudgetYear(tranches);
    pacts.assessAnnualReport(tranches, "APPROVE", null);
    assertThat(tranches).isEnded().hasPassed(TASK_RELEASE_TRANCHE);
    assertThat(ledger.position(pact.getBusinessKey(), 2053)).isEqualTo(new PactYearPosition(2053, 0, 9 * MILLION, 9 * MILLION));
    assertThat(ledger.balance(2053).orElseThrow().availableCents()).isEqualTo(-4 * MILLION);
  }

  @Test
  void aMaximumLoweredBelowTheCommitmentsStopsThePactsFunding() {
    setMaximum(2055, 15 * MILLION);
    setMaximum(2056, 15 * MILLION);
    setMaximum(2057, 15 * MILLION);
    ProcessInstance pact = pacts.approvedPact("The Blue Cluster Stopzetting", DECISION, 2055, 3_000_000, 2_000_000, 1_000_000);
    approveMaximum(proposeMaximum(2055, "1000000"));

    ProcessInstance tranches = pacts.tranches(pact);
    pacts.startBudgetYear(tranches);
    pacts.decideOnLoweredMaximum(tranches, "STOP");
    assertThat(tranches).isEnded().hasPassed(END_EVENT_FUNDING_STOPPED_THROWN, END_EVENT_PACT_FUNDING_STOPPED)
        .hasNotPassed(TASK_ASSESS_ANNUAL_REPORT);
    pacts.runAsyncJobs(pact);
    assertThat(pact).isEnded().hasPassed(ClusterpactProcess.END_EVENT_PACT_COMPLETED);
    for (int year = 2055; year <= 2057; year++) {
      assertThat(ledger.position(pact.getBusinessKey(), year).committedCents()).as("commitment of %d", year).isZero();
    }
    assertThat(ledger.balance(2056).orElseThrow().availableCents()).isEqualTo(15 * MILLION);
  }

  private ProcessInstance toDrafting(String cluster) {
    ProcessInstance pact = pacts.start(cluster, DECISION);
    pacts.selectThemesAndAgencies(pact, List.of());
    pacts.negotiateEverything(pact, List.of(), false, 0);
    return pact;
  }

  private Date timerDue(ProcessInstance instance, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId(activityId).singleResult().getDuedate();
  }

  private static Date newYearInBrussels(int year) {
    return Date.from(LocalDate.of(year, 1, 1).atStartOfDay(ZoneId.of("Europe/Brussels")).toInstant());
  }

  private void setMaximum(int year, long cents) {
    ledger.setMaximum(new LedgerStep(null, null, "test-maximum", "test"), year, cents);
  }

  private ProcessInstance proposeMaximum(int year, String euro) {
    ProcessInstance proposal = engine.getRuntimeService().startProcessInstanceByKey(HermesAnnualMaximumProcess.KEY,
        withVariables(HermesAnnualMaximumProcess.BUDGET_YEAR, year, HermesAnnualMaximumProcess.MAXIMUM_EURO, euro, HermesAnnualMaximumProcess.PROPOSAL_MOTIVATION, "Begrotingsbeslissing " + year));
    assertThat(proposal).isWaitingAtExactly(HermesAnnualMaximumProcess.TASK_APPROVE_ANNUAL_MAXIMUM);
    return proposal;
  }

  private void approveMaximum(ProcessInstance proposal) {
    decideOnMaximum(proposal, "APPROVE", null);
    new Pacts(engine).runAsyncJobs(proposal);
    assertThat(proposal).isEnded();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(proposal.getId())
        .variableName(HermesAnnualMaximumProcess.BUDGET_YEAR).singleResult()).isNotNull();
    int year = (Integer) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(proposal.getId())
        .variableName(HermesAnnualMaximumProcess.BUDGET_YEAR).singleResult().getValue();
    assertThat(ledger.entries(proposal.getBusinessKey())).extracting(LedgerEntry::year, LedgerEntry::kind)
        .contains(tuple(year, MAXIMUM_SET));
  }

  private void decideOnMaximum(ProcessInstance proposal, String decision, String motivation) {
    complete(task(HermesAnnualMaximumProcess.TASK_APPROVE_ANNUAL_MAXIMUM, proposal), withVariables(
        HermesAnnualMaximumProcess.MAXIMUM_DECISION, decision, HermesAnnualMaximumProcess.MAXIMUM_DECISION_MOTIVATION, motivation));
  }
}
