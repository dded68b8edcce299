package be.clusterpact.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

/** What Modeler and Tasklist need of every model in bpmn/ and forms/. */
class ModelFilesTest {

  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  static List<Path> files(String folder, String extension) throws IOException {
    try (Stream<Path> paths = Files.list(Path.of(folder))) {
      return paths.filter(p -> p.toString().endsWith(extension)).sorted().toList();
    }
  }

  static Set<String> formIds() throws IOException {
    Set<String> ids = new HashSet<>();
    for (Path form : files("forms", ".form")) {
      JsonNode json = new ObjectMapper().readTree(form.toFile());
      assertThat(json.path("id").asText()).as(form + " has an id").isNotBlank();
      assertThat(ids.add(json.path("id").asText())).as("form id of " + form + " is unique").isTrue();
    }
    return ids;
  }

  @Test
  void everyUserTaskAndStartFormReferencesADeployedFormFile() throws IOException {
    Set<String> forms = formIds();
    Set<String> referenced = new HashSet<>();
    for (Path bpmn : files("bpmn", ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(bpmn.toFile());
      List<FlowNode> needForms = new ArrayList<>(model.getModelElementsByType(UserTask.class));
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getParentElement() instanceof Process process
            && !"false".equals(process.getAttributeValueNs(CAMUNDA_NS, "isStartableInTasklist"))) {
          needForms.add(start);
        }
      }
      for (FlowNode node : needForms) {
        String formRef = node.getAttributeValueNs(CAMUNDA_NS, "formRef");
        assertThat(formRef).as(bpmn + " " + node.getId() + " has a camunda:formRef").isNotBlank();
        assertThat(forms).as(bpmn + " " + node.getId() + " references an existing form").contains(formRef);
        assertThat(node.getAttributeValueNs(CAMUNDA_NS, "formRefBinding")).as(node.getId()).isEqualTo("deployment");
        referenced.add(formRef);
      }
    }
    assertThat(referenced).as("every form file is used by a model").containsExactlyInAnyOrderElementsOf(forms);
  }

  @Test
  void everyElementHasDiagramLayoutAndEveryProcessAHistoryTimeToLive() throws IOException {
    for (Path bpmn : files("bpmn", ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(bpmn.toFile());
      Set<String> shapes = new HashSet<>();
      model.getModelElementsByType(BpmnShape.class).forEach(s -> shapes.add(s.getBpmnElement().getId()));
      Set<String> edges = new HashSet<>();
      model.getModelElementsByType(BpmnEdge.class).forEach(e -> edges.add(e.getBpmnElement().getId()));
      Collection<FlowElement> elements = new ArrayList<>();
      model.getModelElementsByType(Process.class).forEach(p -> elements.addAll(p.getFlowElements()));
      model.getModelElementsByType(SubProcess.class).forEach(s -> elements.addAll(s.getFlowElements()));
      for (FlowElement element : elements) {
        if (element instanceof SequenceFlow) {
          assertThat(edges).as(bpmn + ": sequence flow " + element.getId() + " has an edge").contains(element.getId());
        } else if (element instanceof FlowNode) {
          assertThat(shapes).as(bpmn + ": " + element.getId() + " has a shape").contains(element.getId());
        }
      }
      for (Process process : model.getModelElementsByType(Process.class)) {
        assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId() + " historyTimeToLive").isNotBlank();
      }
    }
  }

  @Test
  void everyDecisionHasAHistoryTimeToLive() throws IOException {
    for (Path dmn : files("bpmn", ".dmn")) {
      var model = org.camunda.bpm.model.dmn.Dmn.readModelFromFile(new File(dmn.toString()));
      model.getModelElementsByType(org.camunda.bpm.model.dmn.instance.Decision.class).forEach(d ->
          assertThat(d.getCamundaHistoryTimeToLiveString()).as(dmn + " " + d.getId()).isNotBlank());
    }
  }
}
