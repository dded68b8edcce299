package be.clusterpact.web;

import static be.clusterpact.process.ClusterpactProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.testing.Http;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Bad input through the REST API: a 4xx with a message naming the field, never a 500, nothing half written. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles({"postgres", "test"})
class RestBadInputIT {

  static final String ADMIN = "admin:it-Beheer-Geheim-42";
  static final String START = "/engine-rest/process-definition/key/Process_Clusterpact/start";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  @Test
  void aStartWithoutClusterNameIsABadRequestNamingTheField() throws Exception {
    long before = engine.getRuntimeService().createProcessInstanceQuery().count();
    HttpResponse<String> response = post(START, """
        {"variables": {"supportDecisionDate": {"value": "%s"}, "longTermStrategy": {"value": "Strategie"}}}"""
        .formatted(LocalDate.now().minusMonths(1)));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"clusterName\"").contains("Naam van de speerpuntcluster: ");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).as("nothing half written").isEqualTo(before);
  }

  @Test
  void scriptOrHtmlInATextFieldIsRefused() throws Exception {
    HttpResponse<String> response = post(START, startBody("Catalisti REST", "<script>alert(1)</script>"));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"longTermStrategy\"").contains("HTML");
  }

  @Test
  void aTaskCompletedWithBadDataIsABadRequestAndTheTaskStays() throws Exception {
    HttpResponse<String> started = post(START, startBody("Flux50 REST", "Strategie 2030"));
    assertThat(started.statusCode()).isEqualTo(200);
    String instanceId = started.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    Task selection = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();

    HttpResponse<String> unknownAgency = post("/engine-rest/task/" + selection.getId() + "/complete", """
        {"variables": {"clusterSpecificThemes": {"value": "Waterstof"},
                       "selectedAgencies": {"value": "[\\"NASA\\"]", "type": "Json"},
                       "selectionMotivation": {"value": "Test"}}}""");
    assertThat(unknownAgency.statusCode()).isEqualTo(400);
    assertThat(unknownAgency.body()).contains("\"field\":\"selectedAgencies\"").contains("NASA");
    assertThat(engine.getTaskService().createTaskQuery().taskId(selection.getId()).count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariable(instanceId, SELECTION_MOTIVATION)).as("rolled back").isNull();
  }

  @Test
  void malformedJsonAndAWrongContentTypeAreClientErrors() throws Exception {
    assertThat(post(START, "{\"variables\": {").statusCode()).isEqualTo(400);
    HttpResponse<String> text = Http.send(Http.request(port, START, ADMIN)
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("clusterName=x")));
    assertThat(text.statusCode()).isEqualTo(415);
  }

  @Test
  void aTenMegabytePayloadIsRefusedBeforeAnythingIsStored() throws Exception {
    long before = engine.getRuntimeService().createProcessInstanceQuery().count();
    HttpResponse<String> response = post(START, startBody("MEDVIA REST", "x".repeat(10 * 1024 * 1024)));
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("groter dan");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void aSecondPactForTheSameClusterAndYearIsRefused() throws Exception {
    assertThat(post(START, startBody("SIM Dubbel", "Strategie")).statusCode()).isEqualTo(200);
    HttpResponse<String> second = post(START, startBody("SIM  dubbel", "Andere strategie"));
    assertThat(second.statusCode()).isEqualTo(400);
    assertThat(second.body()).contains("\"field\":\"clusterName\"").contains("CP-SIM-DUBBEL-");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKeyLike("CP-SIM-DUBBEL-%").count())
        .isEqualTo(1);
  }

  @Test
  void twoStartsOfTheSamePactAtOnceMakeOnePact() throws Exception {
    Callable<Integer> start = () -> post(START, startBody("MEDVIA Tegelijk", "Strategie")).statusCode();
    assertThat(together(start, start)).containsExactlyInAnyOrder(200, 400);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKeyLike("CP-MEDVIA-TEGELIJK-%").count())
        .isEqualTo(1);
  }

  @Test
  void twoUsersClaimingOrCompletingTheSameTaskAtOnceGetOneWinnerAndAConflict() throws Exception {
    HttpResponse<String> started = post(START, startBody("Catalisti Gelijktijdig", "Strategie"));
    String instanceId = started.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult().getId();

    List<Integer> claims = together(() -> post("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"comite.een\"}").statusCode(),
        () -> post("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"comite.twee\"}").statusCode());
    assertThat(claims).containsExactlyInAnyOrder(204, 409);

    String completion = """
        {"variables": {"clusterSpecificThemes": {"value": "Waterstof"}, "selectedAgencies": {"value": "[]", "type": "Json"},
                       "selectionMotivation": {"value": "Eerste"}}}""";
    List<Integer> completions = together(() -> post("/engine-rest/task/" + taskId + "/complete", completion).statusCode(),
        () -> post("/engine-rest/task/" + taskId + "/complete", completion).statusCode());
    assertThat(completions).contains(204).doesNotContain(500);
    assertThat(completions.stream().filter(status -> status == 204)).hasSize(1);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instanceId)
        .taskDefinitionKey(TASK_SELECT_THEMES_AND_AGENCIES).finished().count()).isEqualTo(1);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey(TASK_ALIGN_WITH_FIT).count()).as("no duplicate side effect").isEqualTo(1);
  }

  private static List<Integer> together(Callable<Integer> one, Callable<Integer> other) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(2);
    CyclicBarrier barrier = new CyclicBarrier(2);
    Future<Integer> first = clients.submit(() -> {
      barrier.await();
      return one.call();
    });
    Future<Integer> second = clients.submit(() -> {
      barrier.await();
      return other.call();
    });
    List<Integer> statuses = List.of(first.get(), second.get());
    clients.shutdown();
    return statuses;
  }

  @Test
  void variablesTheFormDoesNotDeclareAreRefused() throws Exception {
    HttpResponse<String> start = post(START, """
        {"variables": {"clusterName": {"value": "VIL Onbekend"}, "pactRejected": {"value": true, "type": "Boolean"}}}""");
    assertThat(start.statusCode()).isEqualTo(400);
    assertThat(start.body()).contains("\"field\":\"pactRejected\"");

    HttpResponse<String> started = post(START, startBody("VIL Onbekend", "Strategie"));
    String instanceId = started.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    HttpResponse<String> complete = post("/engine-rest/task/" + taskId + "/complete", """
        {"variables": {"clusterSpecificThemes": {"value": "Waterstof"}, "selectedAgencies": {"value": "[]", "type": "Json"},
                       "selectionMotivation": {"value": "Test"}, "earmarkPlan": {"value": "[]", "type": "Json"}}}""");
    assertThat(complete.statusCode()).isEqualTo(400);
    assertThat(complete.body()).contains("\"field\":\"earmarkPlan\"");
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void aDateThatDoesNotExistIsRefused() throws Exception {
    HttpResponse<String> response = post(START, """
        {"variables": {"clusterName": {"value": "VIL REST"}, "supportDecisionDate": {"value": "2026-02-31"},
                       "longTermStrategy": {"value": "Strategie"}, "clusterOrganisation": {"value": "VIL vzw"},
                       "clusterContactName": {"value": "An"}, "clusterContactEmail": {"value": "an@example.be"}}}""");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"supportDecisionDate\"");
  }

  private String startBody(String cluster, String strategy) {
    return """
        {"variables": {"clusterName": {"value": "%s"}, "clusterOrganisation": {"value": "%s vzw"},
                       "clusterContactName": {"value": "An Peeters"}, "clusterContactEmail": {"value": "an@example.be"},
                       "supportDecisionDate": {"value": "%s"}, "longTermStrategy": {"value": "%s"}}}"""
        .formatted(cluster, cluster, LocalDate.now().minusMonths(1), strategy);
  }

  private HttpResponse<String> post(String path, String json) throws Exception {
    return Http.send(Http.request(port, path, ADMIN).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }
}
