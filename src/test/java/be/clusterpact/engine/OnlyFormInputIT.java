package be.clusterpact.engine;

import be.clusterpact.process.GroupIds;
import static be.clusterpact.process.HermesAnnualMaximumProcess.*;
import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.process.HermesAnnualMaximumProcess;
import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.budget.HermesLedger;
import be.clusterpact.testing.PostgresDemoApplicationTest;
import be.clusterpact.testing.EngineRest;
import be.clusterpact.testing.Pacts;
import be.clusterpact.testing.TasklistSubmission;
import be.clusterpact.testing.WebappSession;
import java.io.FileInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A task is completed and a process started with the fields of its deployed Camunda Form only,
 * whichever API and URL the user takes: an undeclared variable and a changed read-only field are
 * refused with 400 naming the field and nothing is stored; a read-only field sent back as shown (as
 * Tasklist does) is accepted and not taken; a task without a readable form takes no variables.
 */
@PostgresDemoApplicationTest
class OnlyFormInputIT {

  static final LocalDate DECISION = LocalDate.now().minusMonths(2);
  static final String COMMITTEE = "comite.demo";
  static final String SELECTION = """
      {"variables": {"clusterSpecificThemes": {"value": "Waterstof"}, "selectedAgencies": {"value": "[]", "type": "Json"},
                     "selectionMotivation": {"value": "Test"}%s}}""";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired HermesLedger ledger;
  EngineRest rest;
  Pacts pacts;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
    rest = new EngineRest(port);
    pacts = new Pacts(engine);
  }

  @Test
  void tasklistsOwnApiRefusesAVariableTheFormDoesNotHave() {
    ProcessInstance pact = pacts.start("VIL Webapp", DECISION);
    String taskId = selectionTask(pact);
    WebappSession tasklist = WebappSession.logIn(port, "tasklist", COMMITTEE, EngineRest.DEMO_PASSWORD);
    assertThat(tasklist.engine("POST", "/task/" + taskId + "/claim", "{\"userId\":\"" + COMMITTEE + "\"}").statusCode())
        .isEqualTo(204);

    HttpResponse<String> refused = tasklist.engine("POST", "/task/" + taskId + "/submit-form",
        SELECTION.formatted(", \"pactRejected\": {\"value\": true, \"type\": \"Boolean\"}"));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("pactRejected: dit veld hoort niet bij het formulier");
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariables(pact.getId())).doesNotContainKeys(ClusterpactProcess.PACT_REJECTED, ClusterpactProcess.SELECTION_MOTIVATION);

    HttpResponse<String> submitted = tasklist.engine("POST", "/task/" + taskId + "/submit-form", SELECTION.formatted(""));
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
    assertThat(engine.getRuntimeService().getVariable(pact.getId(), ClusterpactProcess.SELECTION_MOTIVATION)).isEqualTo("Test");
  }

  @Test
  void urlVariantsOfCompleteAreRefusedToo() {
    ProcessInstance pact = pacts.start("SIM Varianten", DECISION);
    String taskId = selectionTask(pact);
    String extra = SELECTION.formatted(", \"pactRejected\": {\"value\": true, \"type\": \"Boolean\"}");
    for (String path : List.of("/complete", "/complete;x=1", "/complete/", "/submit-form;x=1", "/resolve")) {
      HttpResponse<String> response = rest.post("/engine-rest/task/" + taskId + path, COMMITTEE, extra);
      assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(400, 404);
      if (response.statusCode() == 400) {
        assertThat(response.body()).as(path).contains("\"field\":\"pactRejected\"");
      }
    }
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariables(pact.getId())).doesNotContainKey(ClusterpactProcess.PACT_REJECTED);
  }

  @Test
  void aStartByIdWithAVariableTheStartFormDoesNotHaveIsRefused() {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(Pacts.PROCESS)
        .latestVersion().singleResult().getId();
    long before = engine.getRuntimeService().createProcessInstanceQuery().count();
    StringBuilder variables = new StringBuilder("{\"pactRejected\":{\"value\":true,\"type\":\"Boolean\"}");
    Pacts.startVariables("Flux50 Per Id", DECISION).forEach((name, value) ->
        variables.append(",\"").append(name).append("\":{\"value\":\"").append(value).append("\"}"));
    String body = "{\"variables\":" + variables + "}}";

    for (String path : List.of("/start", "/submit-form")) {
      HttpResponse<String> response = rest.post("/engine-rest/process-definition/" + definitionId + path, "cluster.demo", body);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
      assertThat(response.body()).contains("\"field\":\"pactRejected\"");
    }
    WebappSession tasklist = WebappSession.logIn(port, "tasklist", "cluster.demo", EngineRest.DEMO_PASSWORD);
    HttpResponse<String> webapp = tasklist.engine("POST", "/process-definition/" + definitionId + "/submit-form", body);
    assertThat(webapp.statusCode()).as(webapp.body()).isEqualTo(400);
    assertThat(webapp.body()).contains(ClusterpactProcess.PACT_REJECTED);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void aTaskWithoutAReadableFormTakesNoVariables() {
    Deployment deployment = engine.getRepositoryService().createDeployment().name("no-form-check")
        .addModelInstance("no-form.bpmn", Bpmn.createExecutableProcess("Process_NoFormCheck").camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_NoForm").camundaCandidateGroups(GroupIds.HERMES_COMMITTEE).endEvent().done())
        .deploy();
    try {
      ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("Process_NoFormCheck");
      String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
      String complete = "/engine-rest/task/" + taskId + "/complete";

      HttpResponse<String> refused = rest.post(complete, COMMITTEE, "{\"variables\":{\"anything\":{\"value\":1}}}");
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.body()).contains("\"field\":\"anything\"");
      assertThat(engine.getRuntimeService().getVariables(instance.getId())).isEmpty();

      assertThat(rest.post(complete, COMMITTEE, "{}").statusCode()).isEqualTo(204);
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void aChangedBudgetYearInTheApprovalOfAnAnnualMaximumIsRefusedAndTheShownOneIsNotTaken() {
    ProcessInstance proposal = engine.getRuntimeService().startProcessInstanceByKey(HermesAnnualMaximumProcess.KEY,
        Variables.putValue(BUDGET_YEAR, 2081).putValue(MAXIMUM_EURO, "15000000").putValue(PROPOSAL_MOTIVATION, "Begroting 2081"));
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(proposal.getId()).singleResult().getId();
    String complete = "/engine-rest/task/" + taskId + "/complete";
    String decision = "\"maximumDecision\":{\"value\":\"APPROVE\"},\"maximumDecisionMotivation\":{\"value\":\"Akkoord\"}";

    HttpResponse<String> otherYear = rest.post(complete, "economie.demo",
        "{\"variables\":{" + decision + ",\"budgetYear\":{\"value\":2082}}}");
    HttpResponse<String> ownMaximum = rest.post(complete, "economie.demo",
        "{\"variables\":{" + decision + ",\"proposedMaximumCents\":{\"value\":90000000000,\"type\":\"Long\"}}}");

    assertThat(otherYear.statusCode()).isEqualTo(400);
    assertThat(otherYear.body()).contains("\"field\":\"budgetYear\"").contains("alleen-lezen");
    assertThat(ownMaximum.statusCode()).isEqualTo(400);
    assertThat(ownMaximum.body()).contains("\"field\":\"proposedMaximumCents\"");
    assertThat(engine.getRuntimeService().getVariable(proposal.getId(), BUDGET_YEAR)).isEqualTo(2081);
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    assertThat(ledger.balance(2081)).isEmpty();
    assertThat(ledger.balance(2082)).isEmpty();

    // Tasklist sends the read-only fields back as it showed them (the year as text): accepted, not taken.
    Map<String, Object> shown = engine.getTaskService().getVariables(taskId);
    StringBuilder echo = new StringBuilder("{\"variables\":{" + decision + ",\"budgetYear\":{\"value\":\"2081\"}");
    for (String readOnly : List.of(PROPOSED_MAXIMUM_LABEL, PROPOSAL_MOTIVATION, YEAR_POSITION)) {
      echo.append(",\"").append(readOnly).append("\":{\"value\":\"").append(shown.get(readOnly)).append("\"}");
    }
    HttpResponse<String> approved = rest.post(complete, "economie.demo", echo + "}}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);
    pacts.runAsyncJobs(proposal);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(proposal.getId())
        .variableName(BUDGET_YEAR).singleResult().getValue()).isEqualTo(2081);
    assertThat(ledger.balance(2081)).isPresent();
    assertThat(ledger.balance(2082)).isEmpty();
  }

  @Test
  void aCabinetNameWithHtmlInTheMinisterApprovalIsRefused() {
    ProcessInstance pact = pacts.start("Catalisti Kabinet", DECISION);
    pacts.selectThemesAndAgencies(pact, List.of());
    pacts.negotiateEverything(pact, List.of(), false, 0);
    for (int year = DECISION.getYear() + 1; year < DECISION.getYear() + 4; year++) {
      if (ledger.balance(year).isEmpty()) {
        ledger.setMaximum(new be.clusterpact.budget.LedgerStep(null, null, "test-maximum", "test"), year, 1_500_000_000L);
      }
    }
    pacts.draft(pact, DECISION.getYear() + 1, 100_000, 100_000, 100_000, false);
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(pact.getId())
        .taskDefinitionKey(ClusterpactProcess.TASK_APPROVE_AS_MINISTER).taskCandidateGroup("cabinet-economy").singleResult().getId();
    String shownCabinet = (String) engine.getTaskService().getVariable(taskId, ClusterpactProcess.CABINET_NAME);

    HttpResponse<String> refused = rest.post("/engine-rest/task/" + taskId + "/complete", "economie.demo",
        "{\"variables\":{\"ministerDecision\":{\"value\":\"APPROVE\"},\"cabinetName\":{\"value\":\"<b>Minister van Economie</b>\"}}}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("\"field\":\"cabinetName\"");
    assertThat(engine.getTaskService().getVariable(taskId, ClusterpactProcess.CABINET_NAME)).isEqualTo(shownCabinet);
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariable(pact.getId(), "ministerDecision_economy")).isNull();

    // Completed without claiming it first, with the name sent back as shown: the decision says who decided.
    HttpResponse<String> approved = rest.post("/engine-rest/task/" + taskId + "/complete", "economie.demo",
        "{\"variables\":{\"ministerDecision\":{\"value\":\"APPROVE\"},\"cabinetName\":{\"value\":\"" + shownCabinet + "\"}}}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);
    Map<?, ?> decision = (Map<?, ?>) engine.getRuntimeService().getVariable(pact.getId(), "ministerDecision_economy");
    assertThat(decision.get("decidedBy")).isEqualTo("economie.demo");
  }

  @Test
  void theApplicationsOwnCallsWithoutAUserAreNotChecked() {
    ProcessInstance pact = pacts.start("VIL Intern", DECISION);
    engine.getTaskService().complete(selectionTask(pact), Variables.putValue(ClusterpactProcess.CLUSTER_SPECIFIC_THEMES, "Waterstof")
        .putValue(ClusterpactProcess.SELECTED_AGENCIES, Variables.objectValue(List.of()).serializationDataFormat("application/json").create())
        .putValue(ClusterpactProcess.SELECTION_MOTIVATION, "Intern").putValue("internalNote", "door de toepassing zelf"));
    assertThat(engine.getRuntimeService().getVariable(pact.getId(), "internalNote")).isEqualTo("door de toepassing zelf");
  }

  /**
   * Issue 33: Tasklist sends a structured variable (the draft's ticked policy domains, kept as a JSON
   * object variable) back serialized, as it read it; the guard must pass it on without reading it as a
   * Java value ("Object is not deserialized" was a 500 for every draft).
   */
  @Test
  void theDraftAsTasklistSubmitsItIsStoredWithItsTickedDomains() throws IOException {
    ProcessInstance pact = pacts.start("Flux50 Tasklist", DECISION);
    pacts.selectThemesAndAgencies(pact, List.of());
    pacts.negotiateEverything(pact, List.of(), false, 0);
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(pact.getId())
        .taskDefinitionKey(ClusterpactProcess.TASK_DRAFT_CLUSTERPACT).singleResult().getId();
    WebappSession tasklist = WebappSession.logIn(port, "tasklist", "cluster.demo", EngineRest.DEMO_PASSWORD);
    assertThat(tasklist.engine("POST", "/task/" + taskId + "/claim", "{\"userId\":\"cluster.demo\"}").statusCode())
        .isEqualTo(204);
    int year = DECISION.getYear() + 1;
    Map<String, Object> typed = Map.of(ClusterpactProcess.FIRST_EARMARK_YEAR, year,
        ClusterpactProcess.EARMARK_YEAR1_EURO, "150.000", ClusterpactProcess.EARMARK_YEAR2_EURO, 100000,
        ClusterpactProcess.EARMARK_YEAR3_EURO, 50000, ClusterpactProcess.PERMITS_OR_STANDARDS, false);
    List<String> shown;
    try (FileInputStream form = new FileInputStream("forms/draft-clusterpact.form")) {
      shown = FormFields.read(form).fields().keySet().stream().filter(name -> !typed.containsKey(name)).toList();
    }
    String body = TasklistSubmission.body(tasklist, taskId, shown, typed);
    assertThat(body).as("the domains go back as Tasklist read them").contains("\"policyDomains\":{\"type\":\"Object\"");

    HttpResponse<String> submitted = tasklist.engine("POST", "/task/" + taskId + "/submit-form", body);

    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isZero();
    assertThat(engine.getRuntimeService().getVariable(pact.getId(), ClusterpactProcess.EARMARK_YEAR1_EURO)).isNotNull();
    assertThat(engine.getRuntimeService().getVariable(pact.getId(), ClusterpactProcess.POLICY_DOMAINS)).isInstanceOf(List.class);
  }

  private String selectionTask(ProcessInstance pact) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pact.getId())
        .taskDefinitionKey(ClusterpactProcess.TASK_SELECT_THEMES_AND_AGENCIES).singleResult().getId();
  }
}
