package be.clusterpact.engine;

import be.clusterpact.process.GroupIds;
import static be.clusterpact.process.ClusterpactProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.testing.PostgresDemoApplicationTest;
import be.clusterpact.testing.EngineRest;
import be.clusterpact.testing.Pacts;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A process owner deploys from Camunda Modeler (POST /engine-rest/deployment/create, multipart): the
 * deployment validator refuses what would let a model run foreign code or break the running pacts,
 * with 400 naming each element, and deploys nothing; a complete deployment is accepted and startable.
 */
@PostgresDemoApplicationTest
class ModelDeploymentRestIT {

  static final String OWNER = "eigenaar.demo";
  static final String UPLOAD = "modeler-upload";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  EngineRest rest;

  @BeforeEach
  void connect() {
    rest = new EngineRest(port);
  }

  static String model(String process, String elements) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_Upload" targetNamespace="http://clusterpact.be/bpmn">
          <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="1">
            %s
          </bpmn:process>
        </bpmn:definitions>""".formatted(process, elements).strip();
  }

  HttpResponse<String> deploy(Map<String, String> parts) {
    String boundary = "----modeler" + System.nanoTime();
    StringBuilder body = new StringBuilder();
    parts.forEach((name, content) -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
        .append(name).append('"').append(name.contains(".") ? "; filename=\"" + name + "\"" : "").append("\r\n\r\n")
        .append(content).append("\r\n"));
    body.append("--").append(boundary).append("--\r\n");
    return rest.send(rest.request("/engine-rest/deployment/create", OWNER)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())), OWNER);
  }

  HttpResponse<String> deployModel(String file, String model) {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("deployment-name", UPLOAD);
    parts.put(file, model);
    return deploy(parts);
  }

  void assertRefusedNaming(HttpResponse<String> response, String... names) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"model\"").contains("deployment geweigerd").contains(names);
    assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName(UPLOAD).count()).isZero();
  }

  boolean isAdministrator(String user) {
    return engine.getIdentityService().createGroupQuery().groupMember(user).groupId(GroupIds.ADMINISTRATORS).count() > 0;
  }

  @Test
  void aModelThatMakesItsAuthorAdministratorIsRefusedAndNothingIsDeployed() {
    HttpResponse<String> response = deployModel("attack.bpmn", model("Process_Attack", """
        <bpmn:startEvent id="StartEvent_EverySecond"><bpmn:timerEventDefinition>
          <bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R1/PT1S</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>
        <bpmn:serviceTask id="Task_BecomeAdmin" camunda:expression="${execution.getProcessEngineServices().getIdentityService().createMembership('eigenaar.demo','camunda-admin')}" />"""));
    assertRefusedNaming(response, "attack.bpmn, Task_BecomeAdmin: camunda:expression", "createMembership");
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("Process_Attack").count()).isZero();
    assertThat(engine.getManagementService().createJobQuery().timers().processDefinitionKey("Process_Attack").count()).isZero();
    assertThat(isAdministrator(OWNER)).isFalse();
  }

  @Test
  void reflectionIsRefused() {
    assertRefusedNaming(deployModel("reflection.bpmn", model("Process_Reflection", """
        <bpmn:startEvent id="StartEvent_Reflection" />
        <bpmn:intermediateCatchEvent id="Timer_Reflection"><bpmn:timerEventDefinition>
          <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${''.getClass().forName('java.lang.System').getMethod('exit', ''.getClass())}</bpmn:timeDuration>
        </bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""")), "reflection.bpmn, Timer_Reflection (bpmn:timeDuration)",
        "forName");
  }

  @Test
  void delegatesByClassNameAreRefused() {
    assertRefusedNaming(deployModel("class.bpmn", model("Process_Class", """
        <bpmn:startEvent id="StartEvent_Class" />
        <bpmn:serviceTask id="Task_RunClass" camunda:class="org.camunda.bpm.engine.impl.bpmn.behavior.NoneStartEventActivityBehavior" />""")),
        "class.bpmn, Task_RunClass: camunda:class=");
  }

  @Test
  void anUnknownBeanAndAUserTaskWithoutGroupOrAssigneeAreRefused() {
    assertRefusedNaming(deployModel("incomplete.bpmn", model("Process_Incomplete", """
        <bpmn:startEvent id="StartEvent_Incomplete" />
        <bpmn:serviceTask id="Task_Unknown" camunda:delegateExpression="${transferTheFund}" />
        <bpmn:userTask id="Task_Nobody" name="Niemand" />""")),
        "incomplete.bpmn, Task_Unknown: camunda:delegateExpression: bean 'transferTheFund' bestaat niet",
        "incomplete.bpmn, Task_Nobody: gebruikerstaak zonder kandidaatgroep en zonder toegewezen gebruiker", "2 problemen");
  }

  @Test
  void theClusterpactDiagramAloneAsModelerDeploysItIsRefusedNamingItsFormsAndDecision() throws IOException {
    long versions = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(Pacts.PROCESS).count();
    HttpResponse<String> response = deployModel("clusterpact.bpmn", Files.readString(Path.of("bpmn/clusterpact.bpmn")));
    assertRefusedNaming(response, "clusterpact.bpmn, StartEvent_SupportGranted: formulier 'Form_StartClusterpact'",
        "clusterpact.bpmn, Task_DetermineApprovingMinisters: beslissing 'Decision_ApprovingMinisters'",
        "Include additional files");
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(Pacts.PROCESS).count())
        .isEqualTo(versions);
  }

  @Test
  void theCompleteSetOfModelsAndFormsIsAcceptedAndStartable() throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("deployment-name", UPLOAD);
    parts.put("deployment-source", "Camunda Modeler");
    for (String folder : List.of("bpmn", "forms")) {
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        for (Path file : files.sorted().toList()) {
          parts.put(file.getFileName().toString(), Files.readString(file));
        }
      }
    }
    HttpResponse<String> response = deploy(parts);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Deployment deployment = engine.getRepositoryService().createDeploymentQuery().deploymentName(UPLOAD).singleResult();
    try {
      ProcessDefinition latest = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(Pacts.PROCESS).latestVersion().singleResult();
      assertThat(latest.getDeploymentId()).isEqualTo(deployment.getId());
      HttpResponse<String> startForm = rest.get("/engine-rest/process-definition/" + latest.getId() + "/deployed-start-form",
          "admin");
      assertThat(startForm.statusCode()).as(startForm.body()).isEqualTo(200);
      assertThat(startForm.body()).contains("Form_StartClusterpact");
      ProcessInstance pact = new Pacts(engine).start("VIL Nieuwe Versie", LocalDate.now().minusMonths(1));
      assertThat(pact.getProcessDefinitionId()).isEqualTo(latest.getId());
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pact.getId()).list())
          .extracting(task -> task.getTaskDefinitionKey()).containsExactly(TASK_SELECT_THEMES_AND_AGENCIES);
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void anEmptyTenantIdKeepsTheOneVersionLineOfAKey() {
    String model = model("Process_TenantLine", "<bpmn:startEvent id=\"StartEvent_TenantLine\" />");
    Map<String, String> withoutTenant = new LinkedHashMap<>(Map.of("deployment-name", UPLOAD, "tenant-line.bpmn", model));
    Map<String, String> emptyTenant = new LinkedHashMap<>(withoutTenant);
    emptyTenant.put("tenant-id", "");
    emptyTenant.put("tenant-line.bpmn", model.replace("StartEvent_TenantLine", "StartEvent_TenantLineChanged"));
    try {
      assertThat(deploy(withoutTenant).statusCode()).isEqualTo(200);
      HttpResponse<String> second = deploy(emptyTenant);
      assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
      List<ProcessDefinition> line = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey("Process_TenantLine").orderByProcessDefinitionVersion().asc().list();
      assertThat(line).extracting(ProcessDefinition::getVersion).containsExactly(1, 2);
      assertThat(line).extracting(ProcessDefinition::getTenantId).containsOnlyNulls();
      assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName(UPLOAD).list())
          .extracting(Deployment::getTenantId).containsOnlyNulls();
    } finally {
      engine.getRepositoryService().createDeploymentQuery().deploymentName(UPLOAD).list()
          .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
    }
  }
}
