package be.clusterpact.access;

import be.clusterpact.process.GroupIds;
import static be.clusterpact.process.ClusterpactProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.budget.HermesLedger;
import be.clusterpact.budget.LedgerStep;
import be.clusterpact.demo.DemoUsers;
import be.clusterpact.negotiation.AgencyCatalogue;
import be.clusterpact.testing.PostgresDemoApplicationTest;
import be.clusterpact.testing.EngineRest;
import be.clusterpact.testing.Pacts;
import be.clusterpact.testing.RestVariables;
import be.clusterpact.process.ClusterpactAnswers;
import be.clusterpact.testing.WebappLogin;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The roles through the REST API, as a Tasklist user's browser or any client sees them: for each
 * role, the task it lists, claims and completes; a user of another role neither sees that task nor
 * claims or completes it (403); anonymous callers get 401.
 */
@PostgresDemoApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixRestIT {

  static final LocalDate DECISION = LocalDate.now().minusMonths(2);
  static final int FIRST_YEAR = DECISION.getYear() + 1;
  static final List<String> ADDITIONAL_AGENCIES = AgencyCatalogue.codes().stream()
      .filter(code -> !AgencyCatalogue.MANDATORY.contains(code)).toList();
  static final List<String> CABINETS = List.of("economy", "budget", "work", "foreign-trade", "environment",
      "mobility", "agriculture", "education");

  /** One line of the matrix: a role's task in one of the pacts, its demo user, a user of another role. */
  record Row(String group, String pact, String taskKey, String intruderGroup, String completion) {

    String user() {
      return DemoUsers.ofGroup(group).id();
    }

    String intruder() {
      return DemoUsers.ofGroup(intruderGroup).id();
    }

    @Override
    public String toString() {
      return group + " on " + taskKey + " (other role: " + intruderGroup + ")";
    }
  }

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired HermesLedger ledger;
  EngineRest rest;
  Map<String, ProcessInstance> pacts;

  @BeforeAll
  void startPactsWithWorkForEveryRole() {
    AbstractAssertions.init(engine);
    rest = new EngineRest(port);
    for (int year = FIRST_YEAR; year < FIRST_YEAR + 3; year++) {
      ledger.setMaximum(new LedgerStep(null, null, "test-maximum", "test"), year, 1_500_000_000L);
    }
    Pacts driver = new Pacts(engine);
    ProcessInstance atSelection = driver.start("VIL Rollen", DECISION);
    ProcessInstance inNegotiation = driver.start("MEDVIA Rollen", DECISION);
    driver.selectThemesAndAgencies(inNegotiation, ADDITIONAL_AGENCIES);
    // FIT commits, WSE brings budget, OMG grants permits, MOW and LV reserve project means, education is
    // ticked in the draft, three years: every cabinet must approve.
    ProcessInstance atApproval = driver.start("Flanders' FOOD Rollen", DECISION);
    driver.selectThemesAndAgencies(atApproval, List.of("OMG", "MOW", "LV"));
    driver.alignWithFit(atApproval, true);
    driver.alignWithWse(atApproval, 80_000);
    driver.negotiateWithAgency(atApproval, "OMG", 0, List.of("VERGUNNINGEN"));
    driver.negotiateWithAgency(atApproval, "MOW", 100_000, List.of());
    driver.negotiateWithAgency(atApproval, "LV", 100_000, List.of());
    driver.agreeWithResearchGroups(atApproval);
    driver.recordTransitionContribution(atApproval);
    driver.recordClusterCommitments(atApproval);
    driver.runAsyncJobs(atApproval);
    driver.draft(atApproval, FIRST_YEAR, 500_000, 500_000, 500_000, List.of("ONW"));
    assertThat(driver.approvalCabinets(atApproval)).containsExactlyInAnyOrderElementsOf(CABINETS);
    pacts = Map.of("selection", atSelection, "negotiation", inNegotiation, "approval", atApproval);
  }

  Stream<Row> matrix() {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(GroupIds.HERMES_COMMITTEE, "selection", TASK_SELECT_THEMES_AND_AGENCIES, GroupIds.VLAIO_CLUSTER_TEAM,
        RestVariables.json(ClusterpactAnswers.themesAndAgencies("Slimme logistiek", List.of()))));
    rows.add(new Row(GroupIds.VLAIO_CLUSTER_TEAM, "negotiation", TASK_AGREE_WITH_RESEARCH_GROUPS, GroupIds.HERMES_COMMITTEE,
        RestVariables.json(ClusterpactAnswers.researchGroups())));
    rows.add(new Row(Roles.agency("FIT"), "negotiation", TASK_ALIGN_WITH_FIT, Roles.agency("WSE"),
        RestVariables.json(ClusterpactAnswers.fitAlignment(false, "0"))));
    rows.add(new Row(Roles.agency("WSE"), "negotiation", TASK_ALIGN_WITH_WSE, Roles.agency("FIT"),
        RestVariables.json(ClusterpactAnswers.wseAlignment("0"))));
    for (int i = 0; i < ADDITIONAL_AGENCIES.size(); i++) {
      String other = ADDITIONAL_AGENCIES.get((i + 1) % ADDITIONAL_AGENCIES.size());
      rows.add(new Row(Roles.agency(ADDITIONAL_AGENCIES.get(i)), "negotiation", TASK_NEGOTIATE_WITH_AGENCY, Roles.agency(other),
          RestVariables.json(ClusterpactAnswers.agencyAgreement(ADDITIONAL_AGENCIES.get(i), "100000", List.of()))));
    }
    for (int i = 0; i < CABINETS.size(); i++) {
      String other = CABINETS.get((i + 1) % CABINETS.size());
      rows.add(new Row(Roles.cabinet(CABINETS.get(i)), "approval", TASK_APPROVE_AS_MINISTER, Roles.cabinet(other),
          RestVariables.json(ClusterpactAnswers.ministerDecision("APPROVE", null))));
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("matrix")
  void eachRoleListsClaimsAndCompletesOnlyItsOwnTask(Row row) {
    ProcessInstance pact = pacts.get(row.pact());
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(pact.getId())
        .taskDefinitionKey(row.taskKey()).taskCandidateGroup(row.group()).singleResult().getId();
    String query = "/engine-rest/task?processInstanceId=" + pact.getId() + "&taskDefinitionKey=" + row.taskKey();

    assertThat(taskIds(query, row.user())).containsExactly(taskId);

    assertThat(taskIds(query, row.intruder())).doesNotContain(taskId);
    assertThat(rest.get("/engine-rest/task/" + taskId, row.intruder()).statusCode()).isEqualTo(404);
    assertThat(rest.post("/engine-rest/task/" + taskId + "/claim", row.intruder(), claim(row.intruder())).statusCode()).isEqualTo(403);
    assertThat(rest.post("/engine-rest/task/" + taskId + "/complete", row.intruder(), "{\"variables\":" + row.completion() + "}")
        .statusCode()).isEqualTo(403);
    assertThat(rest.post("/engine-rest/task/" + taskId + "/claim", null, claim(row.user())).statusCode()).isEqualTo(401);

    assertThat(rest.post("/engine-rest/task/" + taskId + "/claim", row.user(), claim(row.user())).statusCode()).isEqualTo(204);
    assertThat(rest.json("/engine-rest/task/" + taskId, row.user()).prop("assignee").stringValue()).isEqualTo(row.user());
    var completed = rest.post("/engine-rest/task/" + taskId + "/complete", row.user(), "{\"variables\":" + row.completion() + "}");
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);

    HistoricTaskInstance done = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
    assertThat(done.getDeleteReason()).isEqualTo("completed");
    assertThat(done.getAssignee()).isEqualTo(row.user());
  }

  @Test
  void anonymousCallersGet401() {
    Task any = engine.getTaskService().createTaskQuery().processInstanceId(pacts.get("negotiation").getId()).list().get(0);
    assertThat(rest.get("/engine-rest/task", null).statusCode()).isEqualTo(401);
    assertThat(rest.get("/engine-rest/task/" + any.getId(), null).statusCode()).isEqualTo(401);
    assertThat(rest.post("/engine-rest/task/" + any.getId() + "/complete", null, "{}").statusCode()).isEqualTo(401);
    assertThat(rest.get("/engine-rest/filter", null).statusCode()).isEqualTo(401);
    assertThat(rest.post("/engine-rest/process-definition/key/Process_Clusterpact/start", null, "{}").statusCode()).isEqualTo(401);
  }

  @Test
  void rolesWithoutWorkInThesePactsSeeNoneOfTheirTasks() {
    for (String user : List.of("fonds.demo", "eu.demo", "eigenaar.demo")) {
      for (ProcessInstance pact : pacts.values()) {
        assertThat(taskIds("/engine-rest/task?processInstanceId=" + pact.getId(), user)).as(user).isEmpty();
      }
    }
    assertThat(taskIds("/engine-rest/task?processInstanceId=" + pacts.get("selection").getId(), "admin")).hasSize(1);
  }

  @Test
  void onlyTheClusterTeamStartsAPact() {
    String start = "{\"variables\":" + startVariables() + "}";
    assertThat(rest.post("/engine-rest/process-definition/key/Process_Clusterpact/start", "fit.demo", start).statusCode())
        .isEqualTo(403);
    assertThat(rest.post("/engine-rest/process-definition/key/Process_Clusterpact/start", "comite.demo", start).statusCode())
        .isEqualTo(403);
    var started = rest.post("/engine-rest/process-definition/key/Process_Clusterpact/start", "cluster.demo", start);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    assertThat(started.body()).contains("\"businessKey\":\"CP-VIL-STARTRECHT-" + DECISION.getYear() + "\"");
    // Whoever started it reads the new pact (Tasklist tells them its deadline), before any task of theirs.
    String id = org.camunda.spin.Spin.JSON(started.body()).prop("id").stringValue();
    assertThat(rest.get("/engine-rest/process-instance/" + id + "/variables/" + FIRST_YEAR_DEADLINE_LABEL, "cluster.demo").body())
        .contains(be.clusterpact.kernel.Dates.typed(DECISION.plusMonths(12)));
    assertThat(rest.get("/engine-rest/process-instance/" + id + "/variables/" + FIRST_YEAR_DEADLINE_LABEL, "fit.demo").statusCode())
        .isEqualTo(403);
  }

  @Test
  void eachRoleSeesOnlyTheProcessDefinitionsItNeeds() {
    assertThat(keys("/engine-rest/process-definition", "fit.demo")).containsOnly(AccessRules.CLUSTERPACT);
    assertThat(keys("/engine-rest/process-definition", "economie.demo"))
        .containsOnly(AccessRules.CLUSTERPACT, AccessRules.HERMES_ANNUAL_MAXIMUM);
    assertThat(keys("/engine-rest/process-definition", "fonds.demo")).doesNotContain(AccessRules.CLUSTERPACT);
    assertThat(keys("/engine-rest/process-definition", "eu.demo")).doesNotContain(AccessRules.CLUSTERPACT);
    assertThat(keys("/engine-rest/process-definition", "eigenaar.demo")).contains(AccessRules.CLUSTERPACT);
    assertThat(keys("/engine-rest/process-definition?startablePermissionCheck=true&startableInTasklist=true", "cluster.demo"))
        .containsOnly(AccessRules.CLUSTERPACT);
    assertThat(keys("/engine-rest/process-definition?startablePermissionCheck=true&startableInTasklist=true", "fit.demo"))
        .isEmpty();
    assertThat(keys("/engine-rest/decision-definition", "fit.demo")).isEmpty();
    assertThat(keys("/engine-rest/decision-definition", "eigenaar.demo")).contains("Decision_ApprovingMinisters");
  }

  @Test
  void aRoleReadsThePactsItHasWorkInAndNoOthers() {
    // A pact of its own: the matrix completes the agencies' tasks in the shared pacts, and staff stop
    // reading a pact once their work in it is done (StaffReadOnlyWhileTheyWorkIT).
    Pacts driver = new Pacts(engine);
    ProcessInstance reading = driver.start("MEDVIA Lezen", DECISION);
    driver.selectThemesAndAgencies(reading, List.of("OVAM"));
    String negotiation = reading.getId();
    String selection = pacts.get("selection").getId();
    assertThat(rest.get("/engine-rest/process-instance/" + negotiation + "/variables/clusterName", "ovam.demo").body())
        .contains("MEDVIA");
    assertThat(rest.get("/engine-rest/process-instance/" + selection + "/variables/clusterName", "ovam.demo").statusCode())
        .isEqualTo(403);
    assertThat(rest.json("/engine-rest/process-instance?processInstanceIds=" + selection, "ovam.demo").elements()).isEmpty();
    assertThat(rest.json("/engine-rest/process-instance?processInstanceIds=" + selection, "comite.demo").elements()).hasSize(1);
  }

  @Test
  void historyIsReadByProcessOwnersAndAdministratorsNotByStaff() {
    String selection = pacts.get("selection").getId();
    String history = "/engine-rest/history/process-instance?processInstanceId=" + selection;
    assertThat(rest.json(history, "eigenaar.demo").elements()).hasSize(1);
    assertThat(rest.json(history, "admin").elements()).hasSize(1);
    assertThat(rest.json(history, "ovam.demo").elements()).isEmpty();
    assertThat(rest.json("/engine-rest/history/task?processInstanceId=" + selection, "ovam.demo").elements()).isEmpty();
    assertThat(rest.json("/engine-rest/history/variable-instance?processInstanceId=" + selection, "fit.demo").elements())
        .isEmpty();
  }

  @Test
  void processOwnersDeployModelsAndStaffCannot() {
    assertThat(deploy("fit.demo").statusCode()).isEqualTo(403);
    HttpResponse<String> deployed = deploy("eigenaar.demo");
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    Deployment deployment = engine.getRepositoryService().createDeploymentQuery().deploymentName("rights-check").singleResult();
    assertThat(deployment).isNotNull();
    engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
  }

  @Test
  void tasklistForStaffCockpitForProcessOwnersAdminForAdministrators() {
    assertThat(WebappLogin.status(port, "tasklist", "fit.demo", "demo")).isEqualTo(200);
    assertThat(WebappLogin.status(port, "cockpit", "fit.demo", "demo")).isEqualTo(403);
    assertThat(WebappLogin.status(port, "admin", "fit.demo", "demo")).isEqualTo(403);
    assertThat(WebappLogin.status(port, "tasklist", "economie.demo", "demo")).isEqualTo(200);
    assertThat(WebappLogin.status(port, "cockpit", "economie.demo", "demo")).isEqualTo(403);
    assertThat(WebappLogin.status(port, "cockpit", "eigenaar.demo", "demo")).isEqualTo(200);
    assertThat(WebappLogin.status(port, "admin", "eigenaar.demo", "demo")).isEqualTo(403);
    assertThat(WebappLogin.status(port, "admin", "admin", "it-Beheer-Geheim-42")).isEqualTo(200);
    assertThat(WebappLogin.status(port, "cockpit", "admin", "it-Beheer-Geheim-42")).isEqualTo(200);
    // (a wrong password delays that user's next logins, so an unknown user stands in for it here)
    assertThat(WebappLogin.status(port, "tasklist", "onbekend", "demo")).isEqualTo(401);
  }

  @Test
  void eachRoleSeesItsFiltersWithThePactVariables() {
    assertThat(names("/engine-rest/filter", "fit.demo"))
        .containsExactlyInAnyOrder("Mijn taken", "Werk van mijn groepen", "Deadline binnen 30 dagen");
    assertThat(names("/engine-rest/filter", "begroting.demo"))
        .containsExactlyInAnyOrder("Mijn taken", "Werk van mijn groepen", "Goedkeuringen door ministers", "Deadline binnen 30 dagen");
    assertThat(names("/engine-rest/filter", "admin")).contains("Alle taken", "Goedkeuringen door ministers");

    String groupsFilter = rest.json("/engine-rest/filter?name=Werk%20van%20mijn%20groepen", "cluster.demo").elements().get(0)
        .prop("id").stringValue();
    HttpResponse<String> list = rest.send(rest.request("/engine-rest/filter/" + groupsFilter + "/list", "cluster.demo")
        .header("Accept", "application/hal+json").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"processInstanceId\":\"" + pacts.get("negotiation").getId()
            + "\",\"taskDefinitionKey\":\"Task_RecordTransitionContribution\"}")), "cluster.demo");
    assertThat(list.statusCode()).isEqualTo(200);
    SpinJsonNode tasks = org.camunda.spin.Spin.JSON(list.body()).prop("_embedded").prop("task");
    assertThat(tasks.elements()).hasSize(1);
    assertThat(tasks.elements().get(0).prop("_embedded").prop("variable").toString())
        .contains("\"name\":\"clusterName\"").contains("\"value\":\"MEDVIA Rollen\"")
        .contains("\"name\":\"pactBusinessKey\"").contains("\"value\":\"CP-MEDVIA-ROLLEN-" + DECISION.getYear() + "\"")
        .contains("\"name\":\"firstYearDeadlineLabel\"");
  }

  private List<String> taskIds(String path, String user) {
    return rest.json(path, user).elements().stream().map(task -> task.prop("id").stringValue()).toList();
  }

  private List<String> keys(String path, String user) {
    return rest.json(path, user).elements().stream().map(definition -> definition.prop("key").stringValue()).toList();
  }

  private List<String> names(String path, String user) {
    return rest.json(path, user).elements().stream().map(filter -> filter.prop("name").stringValue()).toList();
  }

  private HttpResponse<String> deploy(String user) {
    String boundary = "clusterpact-boundary";
    String model = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
        + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"Definitions_RightsCheck\" targetNamespace=\"http://clusterpact.be/bpmn\">"
        + "<bpmn:process id=\"Process_RightsCheck\" isExecutable=\"true\" camunda:historyTimeToLive=\"1\">"
        + "<bpmn:startEvent id=\"StartEvent_RightsCheck\"/></bpmn:process></bpmn:definitions>";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nrights-check\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"rights-check.bpmn\"; filename=\"rights-check.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + model + "\r\n--" + boundary + "--\r\n";
    return rest.send(rest.request("/engine-rest/deployment/create", user)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body)), user);
  }

  private static String startVariables() {
    return RestVariables.json(ClusterpactAnswers.start("VIL Startrecht", DECISION));
  }

  private static String claim(String user) {
    return "{\"userId\":\"" + user + "\"}";
  }
}
