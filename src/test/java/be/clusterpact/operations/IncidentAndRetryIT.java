package be.clusterpact.operations;

import static be.clusterpact.process.ClusterpactProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import be.clusterpact.budget.HermesLedger;
import be.clusterpact.budget.LedgerStep;
import be.clusterpact.testing.Pacts;
import be.clusterpact.testing.PostgresEngineTest;
import be.clusterpact.testing.TestDatabase;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/** What an administrator sees in Cockpit when a delegate fails, and how a retry recovers it. */
@PostgresEngineTest
class IncidentAndRetryIT {

  @Autowired ProcessEngine engine;
  @Autowired HermesLedger ledger;
  Pacts pacts;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    pacts = new Pacts(engine);
  }

  @Test
  void aFailingReservationBecomesAnIncidentAndTheRetryCompletesItOnceTheCauseIsGone() throws Exception {
    ledger.setMaximum(new LedgerStep(null, null, "test-maximum", "test"), 2087, 100_000_000L);
    ProcessInstance pact = pacts.start("Catalisti Incident", LocalDate.now().minusMonths(2));
    pacts.selectThemesAndAgencies(pact, List.of());
    pacts.negotiateEverything(pact, List.of(), false, 0);
    pacts.submitDraft(pact, 2087, 400_000, 0, 0, false);
    Job job = engine.getManagementService().createJobQuery().processInstanceId(pact.getId())
        .activityId(TASK_VALIDATE_EARMARK_AMOUNTS).singleResult();

    // Someone holds the ledger row of 2087 (a long manual correction): the reservation cannot lock it.
    try (Connection blocker = TestDatabase.connect()) {
      blocker.setAutoCommit(false);
      try (Statement statement = blocker.createStatement()) {
        statement.execute("select * from cp_hermes_year where budget_year = 2087 for update");
      }
      for (int attempt = 1; attempt <= 3; attempt++) {
        Instant failedAt = Instant.now();
        assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId())).hasMessageContaining("lock timeout");
        Job retried = engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult();
        assertThat(retried.getRetries()).isEqualTo(3 - attempt);
        if (attempt < 3) {
          assertThat(Duration.between(failedAt, retried.getDuedate().toInstant())).as("R3/PT5M")
              .isBetween(Duration.ofMinutes(4), Duration.ofMinutes(6));
        }
      }
      Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(pact.getId()).singleResult();
      assertThat(incident.getIncidentType()).isEqualTo("failedJob");
      assertThat(incident.getActivityId()).isEqualTo(TASK_VALIDATE_EARMARK_AMOUNTS);
      assertThat(incident.getIncidentMessage()).contains("lock timeout");
      assertThat(engine.getManagementService().getJobExceptionStacktrace(job.getId())).contains("HermesLedger");
      blocker.rollback();
    }

    // Cause gone; the administrator presses "retry" in Cockpit.
    engine.getManagementService().setJobRetries(job.getId(), 1);
    engine.getManagementService().executeJob(job.getId());
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(pact.getId()).count()).isZero();
    assertThat(pact).isWaitingAt(TASK_APPROVE_AS_MINISTER);
    assertThat(ledger.entries(pact.getBusinessKey())).hasSize(1);
  }

  @Test
  void engineLogLinesCarryTheBusinessKeyAndProcessInstance() {
    ledger.setMaximum(new LedgerStep(null, null, "test-maximum", "test"), 2088, 100_000_000L);
    ProcessInstance pact = pacts.start("Flux50 Logboek", LocalDate.now().minusMonths(2));
    pacts.selectThemesAndAgencies(pact, List.of());
    pacts.negotiateEverything(pact, List.of(), false, 0);
    pacts.submitDraft(pact, 2088, 400_000, 0, 0, false);

    Logger ledgerLog = (Logger) LoggerFactory.getLogger(HermesLedger.class);
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    ledgerLog.addAppender(lines);
    try {
      pacts.runAsyncJobs(pact);
    } finally {
      ledgerLog.detachAppender(lines);
    }
    assertThat(lines.list).filteredOn(e -> e.getFormattedMessage().startsWith("Ledger 2088 RESERVATION"))
        .singleElement().satisfies(e -> assertThat(e.getMDCPropertyMap())
            .containsEntry("businessKey", pact.getBusinessKey())
            .containsEntry("processInstanceId", pact.getId())
            .containsEntry("activityId", TASK_RESERVE_EARMARK_WITHIN_ANNUAL_CEILING));
  }

  @Test
  void historyAndRetriesAreConfiguredForOperations() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHistory()).isEqualTo("full");
    assertThat(configuration.getFailedJobRetryTimeCycle()).isEqualTo("R3/PT5M");
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().list())
        .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isEqualTo(3650));
  }
}
