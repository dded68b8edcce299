package be.clusterpact.process;

import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.testing.Pacts;
import be.clusterpact.testing.PostgresEngineTest;
import be.clusterpact.testing.Restart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Every model and form reaches the engine, once, and every bean a model names exists. */
@PostgresEngineTest
class DeploymentIT {

  @Autowired ProcessEngine engine;
  @Autowired ApplicationContext context;

  static List<String> modelFiles() throws IOException {
    try (Stream<Path> bpmn = Files.list(Path.of("bpmn")); Stream<Path> forms = Files.list(Path.of("forms"))) {
      return Stream.concat(bpmn, forms).map(Path::toString).filter(p -> p.matches(".*\\.(bpmn|dmn|form)$")).sorted().toList();
    }
  }

  Deployment latest() {
    return engine.getRepositoryService().createDeploymentQuery().deploymentName("clusterpact")
        .orderByDeploymentTime().desc().list().get(0);
  }

  @Test
  void everyFileInBpmnAndFormsIsDeployedTogether() throws IOException {
    List<String> resources = engine.getRepositoryService().getDeploymentResourceNames(latest().getId());
    assertThat(resources).containsExactlyInAnyOrderElementsOf(modelFiles());
  }

  @Test
  void formsAreServedFromTheDeploymentForTheStartEventAndTasks() throws IOException {
    var definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(Pacts.PROCESS).latestVersion().singleResult();
    try (InputStream startForm = engine.getFormService().getDeployedStartForm(definition.getId())) {
      assertThat(new String(startForm.readAllBytes(), StandardCharsets.UTF_8)).contains("\"id\": \"Form_StartClusterpact\"");
    }
    ProcessInstance pact = new Pacts(engine).start("VIL Herstart", LocalDate.now().minusYears(3));
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(pact.getId()).singleResult().getId();
    try (InputStream taskForm = engine.getFormService().getDeployedTaskForm(taskId)) {
      assertThat(new String(taskForm.readAllBytes(), StandardCharsets.UTF_8)).contains("\"id\": \"Form_SelectThemesAndAgencies\"");
    }
    engine.getRuntimeService().deleteProcessInstance(pact.getId(), "test done");
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void aRestartWithUnchangedModelsCreatesNoNewVersionAndLogsNoSecret(CapturedOutput output) {
    String before = latest().getId();
    long definitions = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(Pacts.PROCESS).count();
    Restart.ofTheApplication("--logging.level.org.camunda=info", "--logging.level.org.springframework.boot=info");
    assertThat(output.getAll()).as("start-up log").contains("in deployment 'clusterpact'")
        .doesNotContain(restartedPassword());
    assertThat(latest().getId()).isEqualTo(before);
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(Pacts.PROCESS).count())
        .isEqualTo(definitions);
  }

  private static String restartedPassword() {
    return "it-Beheer-Geheim-42"; // CLUSTERPACT_ADMIN_PASSWORD of application-test.yaml
  }

  @Test
  void everyDelegateExpressionResolvesToABean() throws IOException {
    Pattern delegate = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");
    int found = 0;
    for (String file : modelFiles()) {
      Matcher m = delegate.matcher(Files.readString(Path.of(file)));
      while (m.find()) {
        found++;
        assertThat(context.containsBean(m.group(1))).as(file + " names bean " + m.group(1)).isTrue();
      }
    }
    assertThat(found).isGreaterThanOrEqualTo(10);
  }
}
