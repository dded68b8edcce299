package be.clusterpact.operations;

import static be.clusterpact.process.ClusterpactProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.budget.HermesLedger;
import be.clusterpact.budget.LedgerEntry;
import be.clusterpact.budget.LedgerEntryKind;
import be.clusterpact.budget.LedgerStep;
import be.clusterpact.testing.Pacts;
import be.clusterpact.testing.Restart;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one PostgreSQL database, both with their job executor on, started at the
 * same moment: one deployment, and every async job of many pacts runs exactly once, on either node.
 */
class TwoNodesIT {

  static final int PACTS = 16;
  static final int YEAR = 2089;

  @Test
  void twoNodesShareTheWorkAndEveryJobsEffectHappensOnce() throws Exception {
    CompletableFuture<ConfigurableApplicationContext> startA =
        CompletableFuture.supplyAsync(() -> Restart.node("--CLUSTERPACT_NODE_NAME=node-a"));
    CompletableFuture<ConfigurableApplicationContext> startB =
        CompletableFuture.supplyAsync(() -> Restart.nodeStartedAlongsideAnother("--CLUSTERPACT_NODE_NAME=node-b"));
    try (ConfigurableApplicationContext a = startA.get(); ConfigurableApplicationContext b = startB.get()) {
      ProcessEngine engineA = a.getBean(ProcessEngine.class);
      ProcessEngine engineB = b.getBean(ProcessEngine.class);
      AbstractAssertions.init(engineA);
      assertThat(latestClusterpact(engineA)).as("both nodes run the same, single deployment").isEqualTo(latestClusterpact(engineB));
      assertThat(engineA.getRepositoryService().createDeploymentQuery().deploymentName("clusterpact").list()
          .stream().filter(d -> d.getId().equals(engineA.getRepositoryService()
              .getProcessDefinition(latestClusterpact(engineA)).getDeploymentId())).count()).isEqualTo(1);

      HermesLedger ledger = a.getBean(HermesLedger.class);
      ledger.setMaximum(new LedgerStep(null, null, "test-maximum", "test"), YEAR, 1_000_000_000L);

      List<ProcessInstance> pacts = new ArrayList<>();
      for (int i = 0; i < PACTS; i++) {
        ProcessEngine engine = i % 2 == 0 ? engineA : engineB;
        AbstractAssertions.init(engine); // the drivers' task helpers use this node
        Pacts driver = new Pacts(engine);
        ProcessInstance pact = driver.start("Twee Knopen " + i, LocalDate.now().minusMonths(2));
        driver.selectThemesAndAgencies(pact, List.of("OVAM"));
        driver.alignWithFit(pact, false);
        driver.alignWithWse(pact, 0);
        driver.negotiateWithAgency(pact, "OVAM", 100_000, List.of());
        driver.agreeWithResearchGroups(pact);
        driver.recordTransitionContribution(pact);
        driver.recordClusterCommitments(pact);
        pacts.add(pact);
      }
      awaitJobsDone(engineA, pacts, TASK_DRAFT_CLUSTERPACT);
      for (int i = 0; i < PACTS; i++) {
        ProcessEngine engine = i % 2 == 0 ? engineB : engineA;
        AbstractAssertions.init(engine);
        new Pacts(engine).submitDraft(pacts.get(i), YEAR, 500_000, 0, 0, false);
      }
      awaitJobsDone(engineA, pacts, TASK_APPROVE_AS_MINISTER);

      for (ProcessInstance pact : pacts) {
        assertThat(ledger.entries(pact.getBusinessKey())).extracting(LedgerEntry::kind)
            .as("one reservation for %s", pact.getBusinessKey()).containsExactly(LedgerEntryKind.RESERVATION);
        assertThat(engineA.getRuntimeService().createIncidentQuery().processInstanceId(pact.getId()).count()).isZero();
      }
      assertThat(ledger.balance(YEAR).orElseThrow().provisionalCents()).isEqualTo(PACTS * 50_000_000L);

      Set<String> pactIds = pacts.stream().map(ProcessInstance::getId).collect(Collectors.toSet());
      List<HistoricJobLog> successes = engineA.getHistoryService().createHistoricJobLogQuery().successLog().list().stream()
          .filter(log -> pactIds.contains(log.getProcessInstanceId())).toList();
      // per pact: the six branches arriving at the join (FIT, WSE, the agency, research groups, transition
      // contribution, the cluster's own commitments), the agency negotiation's async end, the budget checks
      assertThat(successes).hasSize(PACTS * 8);
      assertThat(successes.stream().map(HistoricJobLog::getJobId).distinct().count()).as("no job ran twice")
          .isEqualTo(successes.size());
      assertThat(successes.stream().map(HistoricJobLog::getHostname).collect(Collectors.toSet()))
          .as("both nodes executed jobs").containsExactlyInAnyOrder("node-a", "node-b");
    }
  }


  private static String latestClusterpact(ProcessEngine engine) {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(Pacts.PROCESS)
        .latestVersion().singleResult().getId();
  }

  private static void awaitJobsDone(ProcessEngine engine, List<ProcessInstance> pacts, String waitingAt) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 180_000;
    while (System.currentTimeMillis() < deadline) {
      long arrived = pacts.stream().filter(pact -> engine.getTaskService().createTaskQuery().processInstanceId(pact.getId())
          .taskDefinitionKey(waitingAt).count() > 0).count();
      if (arrived == pacts.size()) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("Not every pact reached " + waitingAt + " within 180 s");
  }
}
