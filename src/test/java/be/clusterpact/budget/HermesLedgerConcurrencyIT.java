package be.clusterpact.budget;

import static be.clusterpact.process.HermesAnnualMaximumProcess.*;
import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.process.HermesAnnualMaximumProcess;
import be.clusterpact.process.HermesTrancheReleaseProcess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import be.clusterpact.testing.Pacts;
import be.clusterpact.testing.PostgresEngineTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger under concurrency and duplicate execution, on PostgreSQL: the year's totals never
 * exceed its maximum (what a year held conditionally before its maximum was set is visible as
 * overcommitted), and no step books twice. Each test books in budget years of its own.
 */
@PostgresEngineTest
class HermesLedgerConcurrencyIT {

  @Autowired HermesLedger ledger;
  @Autowired ProcessEngine engine;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
  }

  @Test
  void thousandReservationsFromThirtyTwoThreadsNeverExceedTheMaximum() throws Exception {
    int reservations = 1_000;
    int threads = 32;
    long perReservation = 1_000_000L; // € 10 000 in each year
    setMaximum(2080, 250 * perReservation);      // room for exactly 250
    setMaximum(2081, 300 * perReservation);
    setMaximum(2082, 10_000 * perReservation);
    EarmarkPlan plan = new EarmarkPlan(List.of(new EarmarkPlan.YearAmount(2080, perReservation),
        new EarmarkPlan.YearAmount(2081, perReservation), new EarmarkPlan.YearAmount(2082, perReservation)));

    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < reservations; i++) {
        String pact = "CP-LOAD-" + i + "-2079";
        futures.add(pool.submit(() -> {
          boolean ok = ledger.reserve(new LedgerStep("load-" + pact, pact, "reservation-1", "load-test"), plan).accepted();
          (ok ? accepted : refused).incrementAndGet();
        }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - started) / 1e9;

    YearBalance first = ledger.balance(2080).orElseThrow();
    YearBalance second = ledger.balance(2081).orElseThrow();
    System.out.printf("Hermes ledger: %d reservations from %d threads in %.2f s (%.0f/s): %d accepted, %d refused;"
            + " 2080 maximum %s, provisional %s; 2081 provisional %s%n", reservations, threads, seconds,
        reservations / seconds, accepted.get(), refused.get(), EuroAmounts.format(first.maximumCents()),
        EuroAmounts.format(first.provisionalCents()), EuroAmounts.format(second.provisionalCents()));

    assertThat(accepted.get()).as("exactly what fits").isEqualTo(250);
    assertThat(refused.get()).isEqualTo(750);
    assertThat(first.provisionalCents() + first.committedCents()).isEqualTo(first.maximumCents());
    assertThat(second.provisionalCents()).isEqualTo(250 * perReservation);
    assertThat(sumOfEntries(2080)).as("totals are the sum of the entries").isEqualTo(first.provisionalCents());
    assertThat(sumOfEntries(2082)).isEqualTo(250 * perReservation);
  }

  @Test
  void conditionalReservationsRacingTheMaximumNeverExceedItUnnoticed() throws Exception {
    int year = 2076; // no maximum yet, no row yet: the first reservations create the year
    long per = 1_000_000L;
    long maximum = 200 * per;
    int reservations = 400;
    EarmarkPlan plan = new EarmarkPlan(List.of(new EarmarkPlan.YearAmount(year, per)));
    AtomicInteger done = new AtomicInteger();
    CountDownLatch hundredDone = new CountDownLatch(100);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<?>> futures = new ArrayList<>();
      futures.add(pool.submit(() -> {
        hundredDone.await();
        ledger.setMaximum(new LedgerStep("max-pi-" + year, "HERMES-MAX-" + year, "maximum", "cabinet"), year, maximum);
        return null;
      }));
      for (int i = 0; i < reservations; i++) {
        String pact = "CP-RACE-" + i + "-2075";
        futures.add(pool.submit(() -> {
          ledger.reserve(new LedgerStep("race-" + pact, pact, "reservation-1", "race-test"), plan);
          done.incrementAndGet();
          hundredDone.countDown();
          return null;
        }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }

    // Entries are numbered under the year's lock: those before the maximum were conditional, none after.
    List<Map<String, Object>> entries = jdbc.queryForList("select kind, amount_cents, conditional from cp_hermes_ledger_entry"
        + " where budget_year = ? order by entry_id", year);
    int maximumAt = 0;
    while (!"MAXIMUM_SET".equals(entries.get(maximumAt).get("kind"))) {
      maximumAt++;
    }
    List<Map<String, Object>> before = entries.subList(0, maximumAt);
    List<Map<String, Object>> after = entries.subList(maximumAt + 1, entries.size());
    assertThat(before).isNotEmpty().allSatisfy(e -> assertThat(e.get("conditional")).isEqualTo(true));
    assertThat(after).allSatisfy(e -> assertThat(e.get("conditional")).isEqualTo(false));
    long conditionalCents = before.size() * per;
    long checkedCents = after.size() * per;

    YearBalance balance = ledger.balance(year).orElseThrow();
    System.out.printf("Conditional race: %d reservations booked before the maximum of %s, %d after; year holds %s%n",
        before.size(), EuroAmounts.format(maximum), after.size(), EuroAmounts.format(balance.heldCents()));
    assertThat(balance.reductionBasisCents()).as("what was held when the maximum was set").isEqualTo(conditionalCents);
    assertThat(balance.heldCents()).isEqualTo(conditionalCents + checkedCents);
    assertThat(checkedCents).as("reservations checked against the maximum only take what it leaves")
        .isEqualTo(Math.max(0, maximum - conditionalCents));
    if (balance.heldCents() > maximum) {
      assertThat(balance.overcommitted()).as("an excess is always visible").isTrue();
      assertThat(checkedCents).isZero();
    } else {
      assertThat(balance.heldCents()).isEqualTo(maximum);
    }
  }

  @Test
  void followUpsCheckingAYearWhileItsMaximumIsSetNeverMissIt() throws Exception {
    int year = 2077;
    Pacts pacts = new Pacts(engine);
    List<ProcessInstance> followUps = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      ProcessInstance pact = pacts.approvedPact("Race " + i + " Maximum", LocalDate.now().minusMonths(2), year, 3_000_000, 0, 0);
      ProcessInstance tranches = pacts.tranches(pact);
      engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
          .processInstanceId(tranches.getId()).timers().singleResult().getId());
      followUps.add(tranches);
    }
    ProcessInstance proposal = engine.getRuntimeService().startProcessInstanceByKey(HermesAnnualMaximumProcess.KEY,
        Map.of(BUDGET_YEAR, year, MAXIMUM_EURO, "6000000", PROPOSAL_MOTIVATION, "Begroting " + year));
    complete(task(TASK_APPROVE_ANNUAL_MAXIMUM, proposal), Map.of(MAXIMUM_DECISION, "APPROVE"));

    // The four checks and the recording of the maximum run at the same moment, as on several nodes.
    List<Job> jobs = new ArrayList<>();
    jobs.add(engine.getManagementService().createJobQuery().processInstanceId(proposal.getId()).singleResult());
    for (ProcessInstance tranches : followUps) {
      jobs.add(engine.getManagementService().createJobQuery().processInstanceId(tranches.getId()).singleResult());
    }
    CyclicBarrier together = new CyclicBarrier(jobs.size());
    ExecutorService nodes = Executors.newFixedThreadPool(jobs.size());
    List<Future<?>> runs = new ArrayList<>();
    for (Job job : jobs) {
      runs.add(nodes.submit(() -> {
        together.await();
        engine.getManagementService().executeJob(job.getId());
        return null;
      }));
    }
    for (Future<?> run : runs) {
      run.get();
    }
    nodes.shutdown();
    followUps.forEach(pacts::runAsyncJobs);

    assertThat(ledger.balance(year)).contains(new YearBalance(year, 6 * 100_000_000L, 0, 12 * 100_000_000L, 0, 12 * 100_000_000L));
    for (ProcessInstance tranches : followUps) {
      assertThat(tranches).as("whichever came first, the overcommitted year reaches the committee")
          .isWaitingAtExactly(Pacts.inYearlyTranche(HermesTrancheReleaseProcess.TASK_DECIDE_ON_LOWERED_MAXIMUM));
    }
  }

  @Test
  void theSameStepBookedTwiceBooksOnce() {
    setMaximum(2083, 100_000_000L);
    EarmarkPlan plan = new EarmarkPlan(List.of(new EarmarkPlan.YearAmount(2083, 5_000_000L)));
    LedgerStep step = new LedgerStep("pi-retry", "CP-RETRY-2083", "reservation-1", "test");
    assertThat(ledger.reserve(step, plan).accepted()).isTrue();
    assertThat(ledger.reserve(step, plan).accepted()).isTrue();
    ledger.commit(new LedgerStep("pi-retry", "CP-RETRY-2083", "commitment", "test"));
    ledger.commit(new LedgerStep("pi-retry", "CP-RETRY-2083", "commitment", "test"));
    assertThat(ledger.entries("CP-RETRY-2083")).extracting(LedgerEntry::kind)
        .containsExactly(LedgerEntryKind.RESERVATION, LedgerEntryKind.COMMITMENT);
    assertThat(ledger.balance(2083).orElseThrow().committedCents()).isEqualTo(5_000_000L);
  }

  @Test
  void aReservationJobRolledBackByACrashAndRetriedBooksOnce() {
    setMaximum(2084, 100_000_000L);
    ProcessInstance pact = pactWithReservationJobPending("Catalisti Herstart", 2084);
    Job job = reservationJob(pact);

    // The node crashes after the delegates ran but before the commit: everything rolls back together.
    transactions.executeWithoutResult(status -> {
      engine.getManagementService().executeJob(job.getId());
      assertThat(ledger.entries(pact.getBusinessKey())).hasSize(1);
      status.setRollbackOnly();
    });
    assertThat(ledger.entries(pact.getBusinessKey())).isEmpty();
    assertThat(ledger.balance(2084).orElseThrow().provisionalCents()).isZero();

    engine.getManagementService().executeJob(job.getId());
    assertThat(ledger.entries(pact.getBusinessKey())).singleElement()
        .satisfies(e -> assertThat(e.kind()).isEqualTo(LedgerEntryKind.RESERVATION));
    assertThat(ledger.balance(2084).orElseThrow().provisionalCents()).isEqualTo(40_000_000L);
  }

  @Test
  void aReservationJobExecutedByTwoNodesAtOnceBooksOnce() throws Exception {
    setMaximum(2085, 100_000_000L);
    ProcessInstance pact = pactWithReservationJobPending("Flux50 Dubbel", 2085);
    Job job = reservationJob(pact);

    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    List<Future<String>> outcomes = new ArrayList<>();
    for (int node = 0; node < 2; node++) {
      outcomes.add(nodes.submit(() -> {
        together.await();
        try {
          engine.getManagementService().executeJob(job.getId());
          return "completed";
        } catch (OptimisticLockingException e) {
          return "optimistic-lock";
        }
      }));
    }
    List<String> results = new ArrayList<>();
    for (Future<String> outcome : outcomes) {
      results.add(outcome.get());
    }
    nodes.shutdown();

    assertThat(results).containsExactlyInAnyOrder("completed", "optimistic-lock");
    assertThat(ledger.entries(pact.getBusinessKey())).hasSize(1);
    assertThat(ledger.balance(2085).orElseThrow().provisionalCents()).isEqualTo(40_000_000L);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pact.getId())
        .taskDefinitionKey(ClusterpactProcess.TASK_APPROVE_AS_MINISTER).count()).isEqualTo(1);
  }

  private ProcessInstance pactWithReservationJobPending(String cluster, int year) {
    Pacts pacts = new Pacts(engine);
    ProcessInstance pact = pacts.start(cluster, LocalDate.now().minusMonths(2));
    pacts.selectThemesAndAgencies(pact, List.of());
    pacts.negotiateEverything(pact, List.of(), false, 0);
    pacts.submitDraft(pact, year, 400_000, 0, 0, false);
    return pact;
  }

  private Job reservationJob(ProcessInstance pact) {
    return engine.getManagementService().createJobQuery().processInstanceId(pact.getId())
        .activityId(ClusterpactProcess.TASK_VALIDATE_EARMARK_AMOUNTS).singleResult();
  }

  private void setMaximum(int year, long cents) {
    ledger.setMaximum(new LedgerStep(null, null, "test-maximum", "test"), year, cents);
  }

  private long sumOfEntries(int year) {
    return jdbc.queryForObject("select coalesce(sum(amount_cents), 0) from cp_hermes_ledger_entry"
        + " where budget_year = ? and kind = 'RESERVATION'", Long.class, year);
  }
}
