package be.clusterpact.operations;

import be.clusterpact.process.GroupIds;
import static be.clusterpact.process.ClusterpactProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import be.clusterpact.budget.HermesLedger;
import be.clusterpact.budget.LedgerStep;
import be.clusterpact.testing.Pacts;
import be.clusterpact.testing.PostgresEngineTest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A real v1 → v2 change of the clusterpact on running instances: in v2 a task is renamed, a task is
 * added after drafting and the nine-month follow-up task is removed. Instances at several steps move
 * with their variables and timers; the one waiting at the removed task is reported and stays.
 */
@PostgresEngineTest
class InstanceMigrationIT {

  @Autowired ProcessEngine engine;
  @Autowired InstanceMigration migration;
  @Autowired HermesLedger ledger;
  Pacts pacts;
  Deployment v2;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    pacts = new Pacts(engine);
  }

  /**
   * The migration moved every running pact of the database to v2 (other tests' pacts too, as it
   * would in production). The unchanged models are deployed again as the latest version, so pacts
   * started from now on run the real model; nothing is deleted.
   */
  @AfterEach
  void makeTheRealModelsLatestAgain() throws IOException {
    if (v2 != null) {
      ModelDeployments.deployAll(engine, "clusterpact");
    }
  }

  @Test
  void runningPactsAtSeveralStepsMoveToTheNewVersionWithVariablesAndTimers() throws IOException {
    LocalDate decision = LocalDate.now().minusMonths(2);
    ProcessInstance atSelection = pacts.start("Catalisti Migratie", decision);
    ProcessInstance inNegotiations = pacts.start("Flux50 Migratie", decision);
    pacts.selectThemesAndAgencies(inNegotiations, List.of("OVAM"));
    pacts.alignWithFit(inNegotiations, false);
    ProcessInstance atDrafting = pacts.start("SIM Migratie", decision);
    pacts.selectThemesAndAgencies(atDrafting, List.of());
    pacts.negotiateEverything(atDrafting, List.of(), false, 0);
    ProcessInstance atReminder = pacts.start("VIL Migratie", decision);
    pacts.selectThemesAndAgencies(atReminder, List.of());
    pacts.fireTimer(atReminder, START_EVENT_NINE_MONTH_REMINDER);
    List<ProcessInstance> ours = List.of(atSelection, inNegotiations, atDrafting, atReminder);
    Map<String, Date> deadlinesBefore = timerDueDates(ours);
    ProcessDefinition v1 = definitionOf(atSelection);

    v2 = deployVersionTwo();
    ProcessDefinition target = engine.getRepositoryService().createProcessDefinitionQuery()
        .deploymentId(v2.getId()).processDefinitionKey(Pacts.PROCESS).singleResult();

    InstanceMigration.Report dryRun = migration.migrate(Pacts.PROCESS, v1.getVersion(), null, true);
    assertThat(dryRun.target()).isEqualTo(target.getId());
    assertThat(dryRun.batchId()).isNull();
    assertThat(definitionOf(atSelection).getId()).as("a dry run moves nothing").isEqualTo(v1.getId());

    InstanceMigration.Report report = migration.migrate(Pacts.PROCESS, v1.getVersion(), null, false);
    assertThat(report.instructions()).contains("Task_DraftClusterpact -> Task_DraftClusterpact",
        "StartEvent_FirstYearDeadline -> StartEvent_FirstYearDeadline (event trigger updated)");
    assertThat(report.migrated()).contains(atSelection.getId(), inNegotiations.getId(), atDrafting.getId())
        .doesNotContain(atReminder.getId());
    assertThat(report.notMigratable()).filteredOn(r -> r.processInstanceId().equals(atReminder.getId()))
        .singleElement().satisfies(r -> {
          assertThat(r.businessKey()).isEqualTo("CP-VIL-MIGRATIE-" + decision.getYear());
          assertThat(r.reason()).contains(TASK_FOLLOW_UP_NINE_MONTH_REMINDER);
        });
    runBatch(report.batchId());

    for (ProcessInstance pact : List.of(atSelection, inNegotiations, atDrafting)) {
      assertThat(definitionOf(pact).getId()).isEqualTo(target.getId());
      assertThat(engine.getRuntimeService().getVariable(pact.getId(), CLUSTER_NAME)).asString().endsWith("Migratie");
    }
    assertThat(definitionOf(atReminder).getId()).isEqualTo(v1.getId());
    assertThat(timerDueDates(ours)).as("timers keep their due dates").isEqualTo(deadlinesBefore);
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(atDrafting.getId()).count()).isZero();

    assertThat(inNegotiations).isWaitingAt(TASK_ALIGN_WITH_WSE, TASK_NEGOTIATE_WITH_AGENCY);
    // A task already waiting keeps the name it was created with; tasks created from now on get the new one.
    assertThat(task(TASK_DRAFT_CLUSTERPACT, atDrafting)).hasName("Clusterpact opstellen");
    ProcessInstance afterwards = pacts.start("MEDVIA Migratie", decision);
    pacts.selectThemesAndAgencies(afterwards, List.of());
    pacts.negotiateEverything(afterwards, List.of(), false, 0);
    assertThat(task(TASK_DRAFT_CLUSTERPACT, afterwards)).hasName("Clusterpact opstellen en nalezen");
    ledger.setMaximum(new LedgerStep(null, null, "test-maximum", "test"), 2086, 100_000_000L);
    pacts.draft(atDrafting, 2086, 100_000, 0, 0, false);
    assertThat(atDrafting).isWaitingAt("Task_CheckLegalQuality");
    complete(task("Task_CheckLegalQuality", atDrafting));
    pacts.runAsyncJobs(atDrafting);
    assertThat(atDrafting).isWaitingAt(TASK_APPROVE_AS_MINISTER);
  }

  @Test
  void aVersionThatDoesNotExistIsRefusedNamingTheField() {
    assertThatThrownBy(() -> migration.migrate(Pacts.PROCESS, 999, null, true)).hasMessageStartingWith("sourceVersion:");
    assertThatThrownBy(() -> migration.migrate(" ", 1, null, true)).hasMessageStartingWith("processDefinitionKey:");
    int latest = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(Pacts.PROCESS)
        .latestVersion().singleResult().getVersion();
    assertThatThrownBy(() -> migration.migrate(Pacts.PROCESS, latest, null, true)).hasMessageStartingWith("targetVersion:");
  }

  private ProcessDefinition definitionOf(ProcessInstance pact) {
    String id = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pact.getId()).singleResult()
        .getProcessDefinitionId();
    return engine.getRepositoryService().getProcessDefinition(id);
  }

  private Map<String, Date> timerDueDates(List<ProcessInstance> instances) {
    return instances.stream().flatMap(pact -> engine.getManagementService().createJobQuery().processInstanceId(pact.getId())
            .timers().list().stream())
        .collect(Collectors.toMap(job -> job.getProcessInstanceId() + "/" + activityOf(job), Job::getDuedate));
  }

  private String activityOf(Job job) {
    return engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
        .singleResult().getActivityId();
  }

  private void runBatch(String batchId) {
    Batch batch = engine.getManagementService().createBatchQuery().batchId(batchId).singleResult();
    for (int round = 0; round < 20; round++) {
      List<Job> jobs = Stream.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(), batch.getMonitorJobDefinitionId())
          .flatMap(definition -> engine.getManagementService().createJobQuery().jobDefinitionId(definition).list().stream())
          .toList();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    throw new IllegalStateException("Batch " + batchId + " does not finish");
  }

  /** Everything in bpmn/ and forms/ again, with the clusterpact changed as a process owner would in Modeler. */
  private Deployment deployVersionTwo() throws IOException {
    return ModelDeployments.deployAll(engine, "clusterpact-migration-test", InstanceMigrationIT::versionTwo);
  }

  static BpmnModelInstance versionTwo(BpmnModelInstance model) {
    UserTask draft = model.getModelElementById(TASK_DRAFT_CLUSTERPACT);
    draft.setName("Clusterpact opstellen en nalezen");

    SubProcess negotiation = model.getModelElementById(SUB_PROCESS_NEGOTIATION);
    UserTask legal = model.newInstance(UserTask.class);
    legal.setId("Task_CheckLegalQuality");
    legal.setName("Juridische kwaliteit van het ontwerp nakijken");
    legal.setCamundaCandidateGroups(GroupIds.VLAIO_CLUSTER_TEAM);
    negotiation.addChildElement(legal);
    SequenceFlow draftToValidation = model.getModelElementById("Flow_DraftToValidation");
    FlowNode validation = draftToValidation.getTarget();
    draftToValidation.setTarget(legal);
    SequenceFlow legalToValidation = model.newInstance(SequenceFlow.class);
    legalToValidation.setId("Flow_LegalQualityToValidation");
    negotiation.addChildElement(legalToValidation);
    legalToValidation.setSource(legal);
    legalToValidation.setTarget(validation);

    UserTask reminder = model.getModelElementById(TASK_FOLLOW_UP_NINE_MONTH_REMINDER);
    SequenceFlow reminderToTask = model.getModelElementById("Flow_ReminderToFollowUp");
    reminderToTask.setTarget((EndEvent) model.getModelElementById(END_EVENT_REMINDER_FOLLOWED_UP));
    SequenceFlow taskToEnd = model.getModelElementById("Flow_FollowUpToEnd");
    removeWithDiagram(model, taskToEnd);
    removeWithDiagram(model, reminder);
    return model;
  }

  private static void removeWithDiagram(BpmnModelInstance model, ModelElementInstance element) {
    String id = element.getAttributeValue("id");
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      if (shape.getBpmnElement() != null && id.equals(shape.getBpmnElement().getId())) {
        shape.getParentElement().removeChildElement(shape);
      }
    }
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      if (edge.getBpmnElement() != null && id.equals(edge.getBpmnElement().getId())) {
        edge.getParentElement().removeChildElement(edge);
      }
    }
    element.getParentElement().removeChildElement(element);
  }
}
