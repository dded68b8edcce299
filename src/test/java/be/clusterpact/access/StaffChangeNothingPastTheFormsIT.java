package be.clusterpact.access;

import static be.clusterpact.process.ClusterpactProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.testing.WebappsOnPostgresTest;
import be.clusterpact.testing.EngineRest;
import be.clusterpact.testing.Pacts;
import be.clusterpact.testing.WebappSession;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff change a pact through the forms only: the variable endpoints, task updates, assignments to
 * others, BPMN errors and escalations from a task are refused (403) through /engine-rest and through
 * the webapps' own API, and nothing changes in the engine; claiming for oneself, unclaiming and
 * completing through the form still work. Staff change their own password, not their account.
 */
@WebappsOnPostgresTest
class StaffChangeNothingPastTheFormsIT {

  static final LocalDate DECISION = LocalDate.now().minusMonths(2);
  static final String FIT = "fit.demo";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  EngineRest rest;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
    rest = new EngineRest(port);
  }

  @Test
  void aFitUserCannotWriteVariablesEditOrReassignTheFitAlignment() {
    ProcessInstance pact = negotiatingPact("VIL Schrijfrecht");
    String taskId = fitTask(pact).getId();
    assertThat(post("/task/" + taskId + "/claim", "{\"userId\":\"" + FIT + "\"}").statusCode()).isEqualTo(204);
    long detailsBefore = variableHistory(pact);

    String rename = "{\"modifications\":{\"clusterName\":{\"value\":\"Hernoemd\",\"type\":\"String\"}}}";
    String value = "{\"value\":\"Hernoemd\",\"type\":\"String\"}";
    List<HttpResponse<String>> refused = List.of(
        post("/task/" + taskId + "/variables", rename),
        put("/task/" + taskId + "/variables/clusterName", value),
        rest.send(rest.request("/engine-rest/task/" + taskId + "/variables/clusterName", FIT).DELETE(), FIT),
        post("/task/" + taskId + "/localVariables", rename),
        put("/task/" + taskId + "/localVariables/clusterName", value),
        put("/task/" + taskId, "{\"name\":\"Andere taak\",\"assignee\":\"wse.demo\"}"),
        post("/task/" + taskId + "/assignee", "{\"userId\":\"wse.demo\"}"),
        post("/task/" + taskId + "/delegate", "{\"userId\":\"wse.demo\"}"),
        post("/process-instance/" + pact.getId() + "/variables", rename),
        put("/process-instance/" + pact.getId() + "/variables/clusterName", value),
        post("/execution/" + pact.getId() + "/localVariables", rename));
    assertThat(refused).allSatisfy(response -> assertThat(response.statusCode()).as(response.body()).isEqualTo(403));

    Task after = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    assertThat(after.getAssignee()).isEqualTo(FIT);
    assertThat(after.getName()).isEqualTo("Internationalisering afstemmen met FIT");
    assertThat(engine.getRuntimeService().getVariable(pact.getId(), CLUSTER_NAME)).isEqualTo("VIL Schrijfrecht");
    assertThat(engine.getTaskService().getVariablesLocal(taskId)).isEmpty();
    assertThat(variableHistory(pact)).as("no variable written, not even for a moment").isEqualTo(detailsBefore);

    // Claiming for oneself, unclaiming and completing through the form still work.
    HttpResponse<String> unclaimed = post("/task/" + taskId + "/unclaim", "{}");
    assertThat(unclaimed.statusCode()).as(unclaimed.body()).isEqualTo(204);
    assertThat(post("/task/" + taskId + "/claim", "{\"userId\":\"wse.demo\"}").statusCode()).as("claim for a colleague")
        .isEqualTo(403);
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
    assertThat(post("/task/" + taskId + "/claim", "{\"userId\":\"" + FIT + "\"}").statusCode()).isEqualTo(204);
    HttpResponse<String> completed = post("/task/" + taskId + "/complete", """
        {"variables": {"fitInternationalisationAgreements": {"value": "Handelsmissie"},
                       "fitCommitment": {"value": false, "type": "Boolean"}, "fitBudgetEuro": {"value": "0"}}}""");
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getDeleteReason())
        .isEqualTo("completed");
  }

  @Test
  void theWebappsApiRefusesVariableWritesAndReassignmentToo() {
    ProcessInstance pact = negotiatingPact("SIM Schrijfrecht");
    String taskId = fitTask(pact).getId();
    WebappSession tasklist = WebappSession.logIn(port, "tasklist", FIT, EngineRest.DEMO_PASSWORD);
    assertThat(tasklist.engine("POST", "/task/" + taskId + "/claim", "{\"userId\":\"" + FIT + "\"}").statusCode()).isEqualTo(204);

    assertThat(tasklist.engine("POST", "/task/" + taskId + "/variables",
        "{\"modifications\":{\"clusterName\":{\"value\":\"Hernoemd\",\"type\":\"String\"}}}").statusCode()).isEqualTo(403);
    assertThat(tasklist.engine("POST", "/task/" + taskId + "/assignee", "{\"userId\":\"wse.demo\"}").statusCode()).isEqualTo(403);
    assertThat(tasklist.engine("POST", "/task/" + taskId + "/bpmnError", "{\"errorCode\":\"Blokkeer\"}").statusCode())
        .isEqualTo(403);

    assertThat(engine.getRuntimeService().getVariable(pact.getId(), CLUSTER_NAME)).isEqualTo("SIM Schrijfrecht");
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(FIT);
  }

  @Test
  void staffCannotEndATaskWithABpmnErrorOrEscalationSoNoPactWaitsForever() {
    ProcessInstance pact = negotiatingPact("Flux50 Blokkade");
    String taskId = fitTask(pact).getId();
    assertThat(post("/task/" + taskId + "/claim", "{\"userId\":\"" + FIT + "\"}").statusCode()).isEqualTo(204);

    HttpResponse<String> error = post("/task/" + taskId + "/bpmnError",
        "{\"errorCode\":\"Blokkeer\",\"variables\":{\"fitCommitment\":{\"value\":true,\"type\":\"Boolean\"}}}");
    HttpResponse<String> escalation = post("/task/" + taskId + "/bpmnEscalation", "{\"escalationCode\":\"Blokkeer\"}");

    assertThat(error.statusCode()).isEqualTo(403);
    assertThat(error.body()).contains("enkel via haar formulier");
    assertThat(escalation.statusCode()).isEqualTo(403);
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).as("the FIT task stays").isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariable(pact.getId(), FIT_COMMITMENT)).isNull();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pact.getId())
        .activityId(TASK_ALIGN_WITH_FIT).finished().count()).isZero();
  }

  @Test
  void staffChangeTheirOwnPasswordButCannotDeleteOrRenameTheirAccount() {
    User user = engine.getIdentityService().newUser("fit.wachtwoord");
    user.setFirstName("Frieda");
    user.setLastName("FIT");
    user.setEmail("frieda@example.be");
    user.setPassword("Oud-Wachtwoord-2026");
    engine.getIdentityService().saveUser(user);
    engine.getIdentityService().createMembership("fit.wachtwoord", Roles.agency("FIT"));
    String self = "fit.wachtwoord:Oud-Wachtwoord-2026";

    HttpResponse<String> delete = send(self, "/engine-rest/user/fit.wachtwoord", "DELETE", null);
    HttpResponse<String> rename = send(self, "/engine-rest/user/fit.wachtwoord/profile", "PUT",
        "{\"id\":\"fit.wachtwoord\",\"firstName\":\"Minister\",\"lastName\":\"van Economie\",\"email\":\"frieda@example.be\"}");
    assertThat(delete.statusCode()).isEqualTo(403);
    assertThat(rename.statusCode()).isEqualTo(403);
    assertThat(rename.body()).contains("wachtwoord");
    User stored = engine.getIdentityService().createUserQuery().userId("fit.wachtwoord").singleResult();
    assertThat(stored.getFirstName()).isEqualTo("Frieda");
    assertThat(stored.getLastName()).isEqualTo("FIT");

    HttpResponse<String> password = send(self, "/engine-rest/user/fit.wachtwoord/credentials", "PUT",
        "{\"password\":\"Nieuw-Wachtwoord-2026\",\"authenticatedUserPassword\":\"Oud-Wachtwoord-2026\"}");
    assertThat(password.statusCode()).as(password.body()).isEqualTo(204);
    assertThat(engine.getIdentityService().checkPassword("fit.wachtwoord", "Nieuw-Wachtwoord-2026")).isTrue();

    Authorization own = engine.getAuthorizationService().createAuthorizationQuery().userIdIn("fit.wachtwoord")
        .resourceType(Resources.USER).resourceId("fit.wachtwoord").singleResult();
    assertThat(own.isPermissionGranted(Permissions.DELETE)).isFalse();
    assertThat(own.isPermissionGranted(Permissions.UPDATE)).isTrue();
  }

  @Test
  void aUserCreatedByAnAdministratorGetsTheNarrowGrantOnThemselves() {
    HttpResponse<String> created = send("admin:it-Beheer-Geheim-42", "/engine-rest/user/create", "POST", """
        {"profile": {"id": "wse.nieuw", "firstName": "Wim", "lastName": "WSE", "email": "wim@example.be"},
         "credentials": {"password": "Wim-Wachtwoord-2026"}}""");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
    Authorization own = engine.getAuthorizationService().createAuthorizationQuery().userIdIn("wse.nieuw")
        .resourceType(Resources.USER).resourceId("wse.nieuw").singleResult();
    assertThat(own.getPermissions(Permissions.values())).contains(Permissions.READ, Permissions.UPDATE)
        .doesNotContain(Permissions.DELETE, Permissions.ALL);
    assertThat(send("wse.nieuw:Wim-Wachtwoord-2026", "/engine-rest/user/wse.nieuw", "DELETE", null).statusCode())
        .isEqualTo(403);
    assertThat(engine.getIdentityService().createUserQuery().userId("wse.nieuw").count()).isEqualTo(1);
  }

  @Test
  void taskWorkersHoldTaskWorkNotUpdate() {
    ProcessInstance pact = negotiatingPact("Catalisti Taakrecht");
    String taskId = fitTask(pact).getId();
    Map<String, Authorization> grants = new java.util.HashMap<>();
    engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taskId).list()
        .forEach(grant -> grants.put(grant.getGroupId(), grant));
    Authorization fit = grants.get(Roles.agency("FIT"));
    assertThat(fit.isPermissionGranted(Permissions.TASK_WORK)).isTrue();
    assertThat(fit.isPermissionGranted(Permissions.UPDATE)).isFalse();
  }

  private ProcessInstance negotiatingPact(String cluster) {
    Pacts pacts = new Pacts(engine);
    ProcessInstance pact = pacts.start(cluster, DECISION);
    pacts.selectThemesAndAgencies(pact, List.of());
    return pact;
  }

  private Task fitTask(ProcessInstance pact) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pact.getId()).taskDefinitionKey(TASK_ALIGN_WITH_FIT)
        .singleResult();
  }

  private long variableHistory(ProcessInstance pact) {
    return engine.getHistoryService().createHistoricDetailQuery().processInstanceId(pact.getId()).variableUpdates().count();
  }

  private HttpResponse<String> post(String path, String json) {
    return rest.post("/engine-rest" + path, FIT, json);
  }

  private HttpResponse<String> put(String path, String json) {
    return rest.send(rest.request("/engine-rest" + path, FIT).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)), FIT);
  }

  private HttpResponse<String> send(String credentials, String path, String method, String json) {
    try {
      return be.clusterpact.testing.Http.send(be.clusterpact.testing.Http.request(port, path, credentials)
          .header("Content-Type", "application/json")
          .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
