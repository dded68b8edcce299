package be.clusterpact.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The deployment validator's checks, without an engine. */
class ModelCheckTest {

  static final Set<String> BEANS = Set.of("recordCompletingUser", "openPactDossier", "hermesCalendar");
  final ModelCheck check = new ModelCheck(BEANS);

  static String model(String elements) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_Check" targetNamespace="http://clusterpact.be/bpmn">
          <bpmn:process id="Process_Check" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:startEvent id="StartEvent_Check" />
            %s
          </bpmn:process>
        </bpmn:definitions>""".formatted(elements).strip();
  }

  List<String> problems(Map<String, String> files) {
    return check.problems(files.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
        e -> e.getValue().getBytes(StandardCharsets.UTF_8))));
  }

  List<String> problems(String elements) {
    return problems(Map.of("bpmn/check.bpmn", model(elements)));
  }

  @Test
  void aModelWithAllowedExpressionsAndBeansPasses() {
    assertThat(problems("""
        <bpmn:serviceTask id="Task_Open" camunda:delegateExpression="${openPactDossier}" />
        <bpmn:userTask id="Task_Work" camunda:candidateGroups="cabinet-${ministerCabinet}" camunda:dueDate="${firstYearDeadline}">
          <bpmn:extensionElements><camunda:taskListener delegateExpression="${recordCompletingUser}" event="complete" /></bpmn:extensionElements>
        </bpmn:userTask>
        <bpmn:intermediateCatchEvent id="Timer_Year"><bpmn:timerEventDefinition>
          <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${hermesCalendar.startOfYear(trancheYear)}</bpmn:timeDate>
        </bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
        <bpmn:sequenceFlow id="Flow_Stop" sourceRef="Task_Work" targetRef="Task_Open">
          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${deadlineDecision == 'STOP' and !pactRejected}</bpmn:conditionExpression>
        </bpmn:sequenceFlow>""")).isEmpty();
  }

  @Test
  void theAttackOfTheSecurityReviewIsRefusedNamingTheElement() {
    List<String> problems = problems("""
        <bpmn:startEvent id="StartEvent_EverySecond"><bpmn:timerEventDefinition>
          <bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R1/PT1S</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>
        <bpmn:serviceTask id="Task_BecomeAdmin"
          camunda:expression="${execution.getProcessEngineServices().getIdentityService().createMembership('eigenaar.demo','camunda-admin')}" />""");
    assertThat(problems).singleElement().asString().startsWith("bpmn/check.bpmn, Task_BecomeAdmin: camunda:expression")
        .contains("createMembership").contains("gebruik een variabele");
  }

  @Test
  void expressionsAreCheckedInEveryPlaceOfAModel() {
    List<String> problems = problems("""
        <bpmn:userTask id="Task_Assignee" camunda:assignee="${execution.getVariable('x')}" />
        <bpmn:userTask id="Task_Groups" camunda:candidateGroups="${x.getClass()}" camunda:priority="${x.length()}" />
        <bpmn:serviceTask id="Task_Mapping" camunda:delegateExpression="${openPactDossier}"><bpmn:extensionElements>
          <camunda:inputOutput><camunda:inputParameter name="a">${''.getClass().forName('java.lang.System')}</camunda:inputParameter>
            <camunda:outputParameter name="b"><camunda:list><camunda:value>${b.c()}</camunda:value></camunda:list></camunda:outputParameter>
          </camunda:inputOutput>
          <camunda:executionListener event="start" expression="${execution.setVariable('pactRejected', true)}" />
        </bpmn:extensionElements>
        <bpmn:multiInstanceLoopCharacteristics camunda:collection="${list.subList(0, 1)}">
          <bpmn:completionCondition xsi:type="bpmn:tFormalExpression">${nrOfInstances.intValue() > 1}</bpmn:completionCondition>
        </bpmn:multiInstanceLoopCharacteristics></bpmn:serviceTask>
        <bpmn:callActivity id="Call_Other" calledElement="Process_Other">
          <bpmn:extensionElements><camunda:in businessKey="#{execution.getProcessEngine()}" /></bpmn:extensionElements>
        </bpmn:callActivity>
        <bpmn:sequenceFlow id="Flow_X" sourceRef="Task_Assignee" targetRef="Task_Groups">
          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${T(java.lang.Runtime).getRuntime()}</bpmn:conditionExpression>
        </bpmn:sequenceFlow>""");
    assertThat(problems).hasSize(10).anySatisfy(p -> assertThat(p).startsWith("bpmn/check.bpmn, Task_Assignee: camunda:assignee"))
        .anySatisfy(p -> assertThat(p).startsWith("bpmn/check.bpmn, Task_Groups: camunda:candidateGroups"))
        .anySatisfy(p -> assertThat(p).startsWith("bpmn/check.bpmn, Task_Groups: camunda:priority"))
        .anySatisfy(p -> assertThat(p).startsWith("bpmn/check.bpmn, Task_Mapping (camunda:inputParameter)"))
        .anySatisfy(p -> assertThat(p).startsWith("bpmn/check.bpmn, Task_Mapping (camunda:value)"))
        .anySatisfy(p -> assertThat(p).startsWith("bpmn/check.bpmn, Task_Mapping (camunda:executionListener): expression"))
        .anySatisfy(p -> assertThat(p).startsWith("bpmn/check.bpmn, Task_Mapping (bpmn:multiInstanceLoopCharacteristics)"))
        .anySatisfy(p -> assertThat(p).startsWith("bpmn/check.bpmn, Task_Mapping (bpmn:completionCondition)"))
        .anySatisfy(p -> assertThat(p).startsWith("bpmn/check.bpmn, Call_Other (camunda:in): businessKey"))
        .anySatisfy(p -> assertThat(p).startsWith("bpmn/check.bpmn, Flow_X (bpmn:conditionExpression)"));
  }

  @Test
  void formFieldDefaultsAreExpressionsToo() {
    assertThat(problems("""
        <bpmn:userTask id="Task_Form" camunda:assignee="demo"><bpmn:extensionElements><camunda:formData>
          <camunda:formField id="field" type="string" defaultValue="${x.toString()}">
            <camunda:validation><camunda:constraint name="validator" config="com.evil.Validator" /></camunda:validation>
          </camunda:formField></camunda:formData></bpmn:extensionElements></bpmn:userTask>"""))
        .hasSize(2).allSatisfy(p -> assertThat(p).startsWith("bpmn/check.bpmn, field"));
  }

  @Test
  void classesScriptsExternalResourcesConnectorsAndHtmlFormsAreRefused() {
    List<String> problems = problems("""
        <bpmn:serviceTask id="Task_Class" camunda:class="java.lang.Runtime" />
        <bpmn:scriptTask id="Task_Script" scriptFormat="javascript"><bpmn:script>java.lang.System.exit(1)</bpmn:script></bpmn:scriptTask>
        <bpmn:serviceTask id="Task_Listener" camunda:delegateExpression="${openPactDossier}"><bpmn:extensionElements>
          <camunda:executionListener event="start" class="be.clusterpact.Anything" />
          <camunda:taskListener event="create"><camunda:script scriptFormat="groovy" resource="deployment://x.groovy" /></camunda:taskListener>
          <camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>
        </bpmn:extensionElements></bpmn:serviceTask>
        <bpmn:userTask id="Task_Html" camunda:formKey="embedded:deployment:x.html" camunda:assignee="demo" />
        <bpmn:sequenceFlow id="Flow_Script" sourceRef="Task_Class" targetRef="Task_Script">
          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="groovy">true</bpmn:conditionExpression>
        </bpmn:sequenceFlow>""");
    assertThat(problems).hasSize(7)
        .anySatisfy(p -> assertThat(p).startsWith("bpmn/check.bpmn, Task_Class: camunda:class=\"java.lang.Runtime\""))
        .anySatisfy(p -> assertThat(p).startsWith("bpmn/check.bpmn, Task_Script: scripts zijn niet toegelaten"))
        .anySatisfy(p -> assertThat(p).startsWith("bpmn/check.bpmn, Task_Listener (camunda:executionListener): class=\""))
        .anySatisfy(p -> assertThat(p).startsWith("bpmn/check.bpmn, Task_Listener (camunda:script): scripts"))
        .anySatisfy(p -> assertThat(p).startsWith("bpmn/check.bpmn, Task_Listener (camunda:connector)"))
        .anySatisfy(p -> assertThat(p).startsWith("bpmn/check.bpmn, Task_Html: camunda:formKey"))
        .anySatisfy(p -> assertThat(p).startsWith("bpmn/check.bpmn, Flow_Script (bpmn:conditionExpression): scripts"));
  }

  @Test
  void unknownBeansAndUserTasksWithoutGroupOrAssigneeAreRefused() {
    assertThat(problems("""
        <bpmn:serviceTask id="Task_Unknown" camunda:delegateExpression="${sendEveryoneMoney}" />
        <bpmn:serviceTask id="Task_NotABean" camunda:delegateExpression="${a.b()}" />
        <bpmn:userTask id="Task_Nobody" />
        <bpmn:userTask id="Task_Candidate" camunda:candidateGroups="vlaio-cluster-team" />""")).containsExactly(
        "bpmn/check.bpmn, Task_Unknown: camunda:delegateExpression: bean 'sendEveryoneMoney' bestaat niet in deze"
            + " toepassing — kies een bestaande bean (zie README) of laat een ontwikkelaar ze toevoegen",
        "bpmn/check.bpmn, Task_NotABean: camunda:delegateExpression=\"${a.b()}\" is geen verwijzing naar een bean —"
            + " schrijf ${naamVanDeBean} met een bean van deze toepassing",
        "bpmn/check.bpmn, Task_Nobody: gebruikerstaak zonder kandidaatgroep en zonder toegewezen gebruiker: niemand ziet"
            + " ze in Tasklist — vul in Camunda Modeler onder 'User assignment' de 'Candidate groups' in (bv."
            + " vlaio-cluster-team)");
  }

  @Test
  void formsDecisionsAndCalledProcessesBoundToTheDeploymentMustBeInIt() {
    String main = model("""
        <bpmn:userTask id="Task_Form" camunda:formRef="Form_Check" camunda:formRefBinding="deployment" camunda:assignee="a" />
        <bpmn:userTask id="Task_Latest" camunda:formRef="Form_Elsewhere" camunda:assignee="a" />
        <bpmn:businessRuleTask id="Task_Decide" camunda:decisionRef="Decision_Check" camunda:decisionRefBinding="deployment" />
        <bpmn:callActivity id="Call_Other" calledElement="Process_Other" camunda:calledElementBinding="deployment" />""");
    assertThat(problems(Map.of("bpmn/main.bpmn", main))).hasSize(3)
        .anySatisfy(p -> assertThat(p).startsWith("bpmn/main.bpmn, Task_Form: formulier 'Form_Check'").contains("Include additional files"))
        .anySatisfy(p -> assertThat(p).startsWith("bpmn/main.bpmn, Task_Decide: beslissing 'Decision_Check'"))
        .anySatisfy(p -> assertThat(p).startsWith("bpmn/main.bpmn, Call_Other: opgeroepen proces 'Process_Other'"));

    String other = model("").replace("Process_Check", "Process_Other");
    String dmn = """
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="D" name="D" namespace="n">
          <decision id="Decision_Check" name="Check"><decisionTable id="T"><input id="I"><inputExpression id="E" typeRef="string">
          <text>clusterName</text></inputExpression></input><output id="O" name="out" typeRef="string" />
          <rule id="R"><inputEntry id="IE"><text>"VIL"</text></inputEntry><outputEntry id="OE"><text>"ja"</text></outputEntry></rule>
          </decisionTable></decision></definitions>""";
    assertThat(problems(Map.of("bpmn/main.bpmn", main, "bpmn/other.bpmn", other, "bpmn/check.dmn", dmn,
        "forms/check.form", "{\"id\": \"Form_Check\", \"components\": []}"))).isEmpty();
  }

  @Test
  void decisionsMayUseFeelOrAllowedJuelButNoScriptsNorExternalFunctions() {
    String dmn = """
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="D" name="D" namespace="n">
          <decision id="Decision_Check" name="Check"><decisionTable id="T">
          <input id="I1"><inputExpression id="E1" typeRef="string" expressionLanguage="javascript"><text>java.lang.System.exit(1)</text></inputExpression></input>
          <input id="I2"><inputExpression id="E2" typeRef="string" expressionLanguage="juel"><text>execution.getProcessEngineServices()</text></inputExpression></input>
          <input id="I3"><inputExpression id="E3" typeRef="string" expressionLanguage="juel"><text>${clusterName}</text></inputExpression></input>
          <output id="O" name="out" typeRef="string" />
          <rule id="R"><inputEntry id="IE"><text>function(x) external {java: {class: "java.lang.System", method signature: "exit(int)"}}</text></inputEntry>
          <inputEntry id="IE2"><text>-</text></inputEntry><inputEntry id="IE3"><text>"VIL"</text></inputEntry><outputEntry id="OE"><text>"ja"</text></outputEntry></rule>
          </decisionTable></decision></definitions>""";
    assertThat(problems(Map.of("bpmn/check.dmn", dmn))).hasSize(3)
        .anySatisfy(p -> assertThat(p).startsWith("bpmn/check.dmn, E1: expressietaal 'javascript'"))
        .anySatisfy(p -> assertThat(p).startsWith("bpmn/check.dmn, E2 (text)"))
        .anySatisfy(p -> assertThat(p).startsWith("bpmn/check.dmn, IE (text): externe FEEL-functies"));
  }

  @Test
  void unreadableFilesAndCmmnAreRefused() {
    assertThat(problems(Map.of("bpmn/broken.bpmn", "<bpmn:definitions><unclosed>", "forms/broken.form", "{",
        "case.cmmn", "<definitions/>", "bpmn/xxe.bpmn", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM"
            + " \"file:///etc/passwd\">]><d>&x;</d>"))).hasSize(4)
        .allSatisfy(p -> assertThat(p).doesNotContain("root:"));
  }

  @Test
  void theClusterpactModelAloneNamesItsFormsAndDecisionAndHowToIncludeThem() throws IOException {
    List<String> problems = problems(Map.of("clusterpact.bpmn", Files.readString(Path.of("bpmn/clusterpact.bpmn"))));
    assertThat(String.join("\n", problems)).contains("StartEvent_SupportGranted: formulier 'Form_StartClusterpact'")
        .contains("Task_DetermineApprovingMinisters: beslissing 'Decision_ApprovingMinisters'")
        .contains("opgeroepen proces 'Process_HermesTrancheRelease'").contains("Include additional files");
  }
}
