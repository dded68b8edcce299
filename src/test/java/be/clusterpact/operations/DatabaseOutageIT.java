package be.clusterpact.operations;

import static be.clusterpact.process.ClusterpactProcess.*;
import be.clusterpact.process.ClusterpactAnswers;
import be.clusterpact.process.ClusterpactProcess;
import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.budget.HermesLedger;
import be.clusterpact.budget.LedgerEntry;
import be.clusterpact.budget.LedgerEntryKind;
import be.clusterpact.budget.LedgerStep;
import be.clusterpact.negotiation.PactDossiers;
import be.clusterpact.testing.Restart;
import be.clusterpact.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Faults under load: while workers drive pacts through the engine (job executor on), every
 * connection of the application to PostgreSQL is cut several times (pg_terminate_backend, as a
 * database restart does). The application recovers by itself: failed jobs retry, every pact ends at a
 * valid step, and the ledger holds exactly one reservation per pact.
 */
class DatabaseOutageIT {

  static final int PACTS = 24;
  static final int WORKERS = 4;
  static final int YEAR = 2091;
  static final long EARMARK_CENTS = 10_000_000L;
  /** Outages during the load, 1.5 s apart: each ends every open connection, like a database restart. */
  static final int CUTS = 5;

  @Test
  void cuttingEveryDatabaseConnectionUnderLoadLosesAndDoublesNothing() throws Exception {
    // the lock a job keeps when the outage also broke the handling of its failure: seconds, not minutes
    try (ConfigurableApplicationContext app = Restart.node("--camunda.bpm.job-execution.lock-time-in-millis=10000")) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      HermesLedger ledger = app.getBean(HermesLedger.class);
      ledger.setMaximum(new LedgerStep(null, null, "test-maximum", "test"), YEAR, 1_000_000_000L);

      AtomicBoolean loadRunning = new AtomicBoolean(true);
      AtomicInteger faults = new AtomicInteger();
      AtomicInteger cuts = new AtomicInteger();
      AtomicInteger clientRetries = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(WORKERS + 1);
      Future<?> saboteur = pool.submit(() -> {
        for (int cut = 0; cut < CUTS && loadRunning.get(); cut++) {
          sleep(1_500);
          faults.addAndGet(cutApplicationConnections());
          cuts.incrementAndGet();
        }
        return null;
      });
      List<Future<String>> pacts = new ArrayList<>();
      for (int i = 0; i < PACTS; i++) {
        int number = i;
        pacts.add(pool.submit(() -> drivePact(engine, "Storing " + number, clientRetries)));
      }
      List<String> ids = new ArrayList<>();
      for (Future<String> pact : pacts) {
        ids.add(pact.get());
      }
      loadRunning.set(false);
      saboteur.get();
      pool.shutdown();

      int incidentsRetried = awaitAllAt(engine, ids, TASK_APPROVE_AS_MINISTER);
      int duplicates = 0;
      int lost = 0;
      for (String id : ids) {
        ProcessInstance pact = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
        if (pact == null) {
          lost++;
          continue;
        }
        List<LedgerEntry> entries = ledger.entries(pact.getBusinessKey());
        duplicates += Math.max(0, entries.size() - 1);
        assertThat(entries).extracting(LedgerEntry::kind).containsExactly(LedgerEntryKind.RESERVATION);
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(id).count()).isZero();
      }
      System.out.printf("Database outage under load: %d pacts, %d workers, %d connection cuts (%d backends terminated),"
              + " %d client retries, %d incidents retried; lost %d, duplicates %d%n", PACTS, WORKERS, cuts.get(),
          faults.get(), clientRetries.get(), incidentsRetried, lost, duplicates);
      assertThat(faults.get()).as("connections were really cut").isPositive();
      assertThat(lost).isZero();
      assertThat(duplicates).isZero();
      assertThat(ledger.balance(YEAR).orElseThrow().provisionalCents()).isEqualTo(PACTS * EARMARK_CENTS);
    }
  }

  /** Starts a pact and completes its tasks up to drafting, retrying a call the outage broke, as a user would. */
  private static String drivePact(ProcessEngine engine, String cluster, AtomicInteger retries) {
    Map<String, Object> start = ClusterpactAnswers.start(cluster, LocalDate.now().minusMonths(2));
    String id = retry(retries, () -> existingOrStarted(engine, cluster, start));
    long deadline = System.currentTimeMillis() + 180_000;
    while (System.currentTimeMillis() < deadline) {
      Task task = retry(retries, () -> engine.getTaskService().createTaskQuery().processInstanceId(id)
          .active().orderByTaskCreateTime().asc().list().stream().findFirst().orElse(null));
      if (task == null) {
        // the async join after the negotiations has not run yet; an incident the outage left is retried
        retry(retries, () -> retryIncidents(engine, id));
        sleep(200);
        continue;
      }
      if (task.getTaskDefinitionKey().equals(TASK_APPROVE_AS_MINISTER)) {
        return id;
      }
      Map<String, Object> variables = answers(task.getTaskDefinitionKey());
      retry(retries, () -> {
        if (engine.getTaskService().createTaskQuery().taskId(task.getId()).count() > 0) {
          engine.getTaskService().complete(task.getId(), variables);
        }
        return null;
      });
      if (task.getTaskDefinitionKey().equals(TASK_DRAFT_CLUSTERPACT)) {
        return id;
      }
    }
    throw new AssertionError(cluster + " did not reach drafting within 180 s; waits at "
        + engine.getRuntimeService().getActiveActivityIds(id));
  }

  private static String existingOrStarted(ProcessEngine engine, String cluster, Map<String, Object> start) {
    String key = PactDossiers.businessKey(cluster, LocalDate.now().minusMonths(2));
    ProcessInstance existing = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult();
    return existing != null ? existing.getId()
        : engine.getRuntimeService().startProcessInstanceByKey(ClusterpactProcess.KEY, start).getId();
  }

  private static Map<String, Object> answers(String taskKey) {
    return switch (taskKey) {
      case TASK_SELECT_THEMES_AND_AGENCIES -> ClusterpactAnswers.themesAndAgencies(List.of());
      case TASK_ALIGN_WITH_FIT -> ClusterpactAnswers.fitAlignment(false, 0);
      case TASK_ALIGN_WITH_WSE -> ClusterpactAnswers.wseAlignment(0);
      case TASK_AGREE_WITH_RESEARCH_GROUPS -> ClusterpactAnswers.researchGroups();
      case TASK_RECORD_TRANSITION_CONTRIBUTION -> ClusterpactAnswers.transitionContribution();
      case TASK_RECORD_CLUSTER_COMMITMENTS -> ClusterpactAnswers.clusterCommitments();
      case TASK_DRAFT_CLUSTERPACT -> ClusterpactAnswers.draft(YEAR, EARMARK_CENTS / 100, 0, 0, "0", false, null);
      default -> throw new IllegalStateException("No answers for " + taskKey);
    };
  }

  private static <T> T retry(AtomicInteger retries, Supplier<T> call) {
    for (int attempt = 1; ; attempt++) {
      try {
        return call.get();
      } catch (RuntimeException e) {
        if (attempt == 20) {
          throw e;
        }
        retries.incrementAndGet();
        sleep(250);
      }
    }
  }

  /** Retries the pact's failed jobs, as an administrator does in Cockpit; returns how many. */
  private static int retryIncidents(ProcessEngine engine, String processInstanceId) {
    int retried = 0;
    for (var incident : engine.getRuntimeService().createIncidentQuery().processInstanceId(processInstanceId).list()) {
      engine.getManagementService().setJobRetries(incident.getConfiguration(), 1);
      retried++;
    }
    return retried;
  }

  /** Terminates every connection of the application to the test database; returns how many. */
  private static int cutApplicationConnections() throws Exception {
    try (Connection admin = TestDatabase.connect(); Statement statement = admin.createStatement();
         ResultSet killed = statement.executeQuery("select count(*) from (select pg_terminate_backend(pid) from pg_stat_activity"
             + " where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend') t")) {
      killed.next();
      return killed.getInt(1);
    }
  }

  /** Waits for every pact; an incident left by the outage is retried once, as an administrator does in Cockpit. */
  private static int awaitAllAt(ProcessEngine engine, List<String> ids, String taskKey) {
    int incidentsRetried = 0;
    long deadline = System.currentTimeMillis() + 180_000;
    while (System.currentTimeMillis() < deadline) {
      try {
        for (String id : ids) {
          incidentsRetried += retryIncidents(engine, id);
        }
        long arrived = ids.stream().filter(id -> engine.getTaskService().createTaskQuery().processInstanceId(id)
            .taskDefinitionKey(taskKey).count() > 0).count();
        if (arrived == ids.size()) {
          return incidentsRetried;
        }
      } catch (RuntimeException e) {
        // the pool reconnects
      }
      sleep(500);
    }
    List<String> stuck = ids.stream().filter(id -> engine.getTaskService().createTaskQuery().processInstanceId(id)
        .taskDefinitionKey(taskKey).count() == 0).map(id -> id + " at " + engine.getRuntimeService().getActiveActivityIds(id)).toList();
    throw new AssertionError("Not every pact reached " + taskKey + " within 180 s: " + stuck);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
