package be.clusterpact.dossier;

import be.clusterpact.engine.FormFields;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.springframework.stereotype.Component;

/**
 * The Camunda Form of a (finished) task or of a process's start, read from the deployment of its process
 * definition: the element's {@code camunda:formRef} is the {@code id} of a deployed {@code .form}.
 * Deployments never change, so what was read is kept.
 */
@Component
class DeployedForms {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RepositoryService repository;
  /** definitionId + element → the form ({@link FormFields#none()} when it has none). */
  private final Map<String, FormFields> forms = new ConcurrentHashMap<>();

  DeployedForms(RepositoryService repository) {
    this.repository = repository;
  }

  /** The form of a user task of a definition. */
  FormFields ofTask(String processDefinitionId, String taskDefinitionKey) {
    return forms.computeIfAbsent(processDefinitionId + "#" + taskDefinitionKey, key -> {
      BpmnModelInstance model = repository.getBpmnModelInstance(processDefinitionId);
      FlowNode task = model.getModelElementById(taskDefinitionKey);
      return read(processDefinitionId, formRef(task));
    });
  }

  /** The form of the definition's start event (the one without trigger). */
  FormFields ofStart(String processDefinitionId) {
    return forms.computeIfAbsent(processDefinitionId + "#start", key -> {
      BpmnModelInstance model = repository.getBpmnModelInstance(processDefinitionId);
      String ref = model.getModelElementsByType(StartEvent.class).stream()
          .filter(start -> start.getEventDefinitions().isEmpty() && formRef(start) != null)
          .map(DeployedForms::formRef).findFirst().orElse(null);
      return read(processDefinitionId, ref);
    });
  }

  private static String formRef(FlowNode element) {
    return element == null ? null : element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "formRef");
  }

  private FormFields read(String processDefinitionId, String formRef) {
    if (formRef == null) {
      return FormFields.none();
    }
    ProcessDefinition definition = repository.getProcessDefinition(processDefinitionId);
    return formIn(definition.getDeploymentId(), formRef).orElseGet(FormFields::none);
  }

  private Optional<FormFields> formIn(String deploymentId, String formRef) {
    for (String name : repository.getDeploymentResourceNames(deploymentId)) {
      if (name.endsWith(".form")) {
        byte[] content = bytes(deploymentId, name);
        if (formRef.equals(formId(content))) {
          return Optional.of(FormFields.read(new java.io.ByteArrayInputStream(content)));
        }
      }
    }
    return Optional.empty();
  }

  private byte[] bytes(String deploymentId, String name) {
    try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("Form " + name + " of deployment " + deploymentId + " cannot be read", e);
    }
  }

  private static String formId(byte[] content) {
    try {
      return JSON.readTree(content).path("id").asText(null);
    } catch (IOException notJson) {
      return null;
    }
  }
}
