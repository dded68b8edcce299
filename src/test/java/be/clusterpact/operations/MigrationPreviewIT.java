package be.clusterpact.operations;

import static be.clusterpact.process.ClusterpactProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clusterpact.kernel.InvalidInputException;
import be.clusterpact.testing.Pacts;
import be.clusterpact.testing.PostgresEngineTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A process owner asks, before deploying a changed clusterpact diagram (the selection task got another
 * ID, the nine-month follow-up task is removed, the drafting task renamed), what the running pacts would
 * meet: the activities without a counterpart and the pacts waiting there; nothing is deployed.
 */
@PostgresEngineTest
class MigrationPreviewIT {

  static final String RENAMED = "Task_ChooseThemesAndAgencies";

  @Autowired ProcessEngine engine;
  @Autowired MigrationPreview preview;
  Pacts pacts;

  @BeforeEach
  void setUp() {
    pacts = new Pacts(engine);
  }

  @Test
  void aRemovedAndARenamedTaskAreReportedWithThePactsWaitingThereAndNothingIsDeployed() throws IOException {
    LocalDate decision = LocalDate.now().minusMonths(2);
    ProcessInstance atSelection = pacts.start("Catalisti Voorvertoning", decision);
    ProcessInstance atReminder = pacts.start("VIL Voorvertoning", decision);
    pacts.selectThemesAndAgencies(atReminder, List.of());
    pacts.fireTimer(atReminder, START_EVENT_NINE_MONTH_REMINDER);
    ProcessDefinition current = latest();
    assertThat(definitionId(atSelection)).isEqualTo(current.getId());
    long deployments = engine.getRepositoryService().createDeploymentQuery().count();

    MigrationPreview.Preview result = preview.preview(changedModels());

    assertThat(result.deployed()).isFalse();
    MigrationPreview.Process clusterpact = result.processes().stream()
        .filter(process -> process.processDefinitionKey().equals(Pacts.PROCESS)).findFirst().orElseThrow();
    assertThat(clusterpact.newVersion()).isEqualTo(current.getVersion() + 1);
    MigrationPreview.Version running = clusterpact.runningVersions().stream()
        .filter(version -> version.source().equals(current.getId())).findFirst().orElseThrow();
    assertThat(running.planProblem()).isNull();
    assertThat(running.running()).isEqualTo(runningOn(current, null));
    assertThat(running.withoutCounterpart())
        .containsExactlyInAnyOrder(TASK_SELECT_THEMES_AND_AGENCIES, TASK_FOLLOW_UP_NINE_MONTH_REMINDER);
    assertThat(running.waiting()).contains(
        new MigrationPreview.Waiting(TASK_SELECT_THEMES_AND_AGENCIES,
            "Thema's en agentschappen voor het clusterpact selecteren",
            (int) runningOn(current, TASK_SELECT_THEMES_AND_AGENCIES), false, null),
        new MigrationPreview.Waiting(TASK_FOLLOW_UP_NINE_MONTH_REMINDER, nameOf(current, TASK_FOLLOW_UP_NINE_MONTH_REMINDER),
            (int) runningOn(current, TASK_FOLLOW_UP_NINE_MONTH_REMINDER), false, null));
    assertThat(running.waiting()).filteredOn(w -> w.activityId().equals(TASK_SELECT_THEMES_AND_AGENCIES))
        .singleElement().satisfies(w -> assertThat(w.instances()).isPositive());
    assertThat(running.waiting()).filteredOn(w -> w.activityId().equals(TASK_ALIGN_WITH_FIT)).singleElement()
        .satisfies(w -> assertThat(w.mappedTo()).as("an unchanged task has its counterpart").isEqualTo(TASK_ALIGN_WITH_FIT));

    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).as("nothing deployed").isEqualTo(deployments);
    assertThat(latest().getId()).isEqualTo(current.getId());
    assertThat(definitionId(atSelection)).isEqualTo(current.getId());
    ProcessInstance afterwards = pacts.start("SIM Voorvertoning", decision);
    assertThat(definitionId(afterwards)).as("pacts keep starting on the deployed version").isEqualTo(current.getId());
    assertThat(pacts.activeActivities(afterwards)).contains(TASK_SELECT_THEMES_AND_AGENCIES);
  }

  @Test
  void anIncompleteSetIsRefusedAsADeploymentWouldBeNamingWhatIsMissing() throws IOException {
    long deployments = engine.getRepositoryService().createDeploymentQuery().count();
    Map<String, byte[]> diagramAlone = Map.of("clusterpact.bpmn", Files.readAllBytes(Path.of("bpmn/clusterpact.bpmn")));

    assertThatThrownBy(() -> preview.preview(diagramAlone)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Form_StartClusterpact").hasMessageContaining("Decision_ApprovingMinisters");
    assertThatThrownBy(() -> preview.preview(Map.of())).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("files:");
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
  }

  /** Everything in bpmn/ and forms/, with the clusterpact diagram changed as a process owner would in Modeler. */
  static Map<String, byte[]> changedModels() throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    for (String folder : List.of("bpmn", "forms")) {
      try (Stream<Path> paths = Files.list(Path.of(folder))) {
        for (Path file : paths.toList()) {
          files.put(file.getFileName().toString(), Files.readAllBytes(file));
        }
      }
    }
    String changed = Bpmn.convertToString(InstanceMigrationIT.versionTwo(Bpmn.readModelFromFile(
        Path.of("bpmn/clusterpact.bpmn").toFile()))).replace(TASK_SELECT_THEMES_AND_AGENCIES, RENAMED);
    files.put("clusterpact.bpmn", changed.getBytes(StandardCharsets.UTF_8));
    return files;
  }

  private ProcessDefinition latest() {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(Pacts.PROCESS)
        .latestVersion().singleResult();
  }

  private String definitionId(ProcessInstance pact) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pact.getId()).singleResult()
        .getProcessDefinitionId();
  }

  private long runningOn(ProcessDefinition definition, String activityId) {
    var query = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(definition.getId());
    return activityId == null ? query.count() : query.activityIdIn(activityId).count();
  }

  private String nameOf(ProcessDefinition definition, String activityId) {
    return engine.getRepositoryService().getBpmnModelInstance(definition.getId()).getModelElementById(activityId)
        .getAttributeValue("name");
  }
}
