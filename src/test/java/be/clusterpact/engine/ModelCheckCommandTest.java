package be.clusterpact.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model check of tools/modeling/check.sh, without the application or a database. */
class ModelCheckCommandTest {

  @TempDir Path project;
  final ByteArrayOutputStream output = new ByteArrayOutputStream();

  @Test
  void theModelsAndFormsOfThisProjectPass() throws IOException {
    copyModels();

    assertThat(check()).as(output()).isTrue();
    assertThat(output()).startsWith("model check: ").contains("clean");
  }

  @Test
  void aDiagramReferringToAFormThatDoesNotExistFailsNamingFileElementAndForm() throws IOException {
    copyModels();
    Path clusterpact = project.resolve("bpmn/clusterpact.bpmn");
    String model = Files.readString(clusterpact);
    Files.writeString(clusterpact, model.replace("camunda:formRef=\"Form_StartClusterpact\"",
        "camunda:formRef=\"Form_StartClusterpactNieuw\""));

    assertThat(check()).isFalse();
    assertThat(output().lines()).contains("model check: FAILED, 1 problem(s)").anySatisfy(line -> assertThat(line)
        .startsWith("bpmn/clusterpact.bpmn, StartEvent_SupportGranted: formulier 'Form_StartClusterpactNieuw'"
            + " (camunda:formRef) zit niet in deze deployment"));
  }

  @Test
  void whatOnlyTheEnginesParserKnowsIsReportedToo() throws IOException {
    copyModels();
    Files.writeString(project.resolve("bpmn/wait.bpmn"), ModelCheckTest.model("""
        <bpmn:intermediateCatchEvent id="Event_Wait"><bpmn:timerEventDefinition id="Timer_Wait" /></bpmn:intermediateCatchEvent>"""));

    assertThat(check()).isFalse();
    assertThat(output().lines()).anySatisfy(line -> assertThat(line).startsWith("bpmn/wait.bpmn, Event_Wait: de engine"
        + " weigert het model: ").contains("timeDate, timeCycle or timeDuration"));
  }

  @Test
  void aFormThatIsNotJsonAndAnUnknownBeanAreNamed() throws IOException {
    copyModels();
    Files.writeString(project.resolve("forms/broken.form"), "{\"id\": ");
    Files.writeString(project.resolve("bpmn/bean.bpmn"), ModelCheckTest.model("""
        <bpmn:serviceTask id="Task_Unknown" camunda:delegateExpression="${sendMoneyAbroad}" />""")
        .replace("Process_Check", "Process_Bean"));

    assertThat(check()).isFalse();
    assertThat(output().lines())
        .anySatisfy(line -> assertThat(line).startsWith("forms/broken.form: het formulier kan niet gelezen worden"))
        .anySatisfy(line -> assertThat(line).startsWith("bpmn/bean.bpmn, Task_Unknown: camunda:delegateExpression:"
            + " bean 'sendMoneyAbroad' bestaat niet in deze toepassing"));
  }

  @Test
  void anEmptyFolderIsAProblemNotASuccess() {
    assertThat(check()).isFalse();
    assertThat(output()).contains("geen .bpmn-, .dmn- of .form-bestanden");
  }

  private boolean check() {
    return ModelCheckCommand.run(project, new PrintStream(output, true, StandardCharsets.UTF_8));
  }

  private String output() {
    return output.toString(StandardCharsets.UTF_8);
  }

  private void copyModels() throws IOException {
    for (String folder : new String[] {"bpmn", "forms"}) {
      Files.createDirectories(project.resolve(folder));
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        for (Path file : files.toList()) {
          Files.copy(file, project.resolve(folder).resolve(file.getFileName()));
        }
      }
    }
  }
}
