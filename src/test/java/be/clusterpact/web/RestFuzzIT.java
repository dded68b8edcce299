package be.clusterpact.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.testing.PostgresDemoApplicationTest;
import be.clusterpact.testing.EngineRest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every write endpoint of the REST API, sent malformed bodies and unknown IDs by an administrator
 * (who passes every authorization, so the request reaches the engine): never a 5xx.
 */
@PostgresDemoApplicationTest
class RestFuzzIT {

  static final String ADMIN = "admin";
  static final String UNKNOWN = "onbekend-0000";

  /** Write endpoints, {id} standing for an unknown ID. */
  static final List<String> ENDPOINTS = List.of(
      "POST /task/{id}/complete", "POST /task/{id}/submit-form", "POST /task/{id}/resolve", "POST /task/{id}/claim",
      "POST /task/{id}/unclaim", "POST /task/{id}/assignee", "POST /task/{id}/delegate", "POST /task/{id}/bpmnError",
      "POST /task/{id}/bpmnEscalation", "POST /task/{id}/variables", "PUT /task/{id}/variables/naam",
      "DELETE /task/{id}/variables/naam", "POST /task/{id}/localVariables", "PUT /task/{id}/localVariables/naam",
      "PUT /task/{id}", "POST /task/{id}/identity-links", "POST /task/{id}/comment/create", "DELETE /task/{id}",
      "POST /process-instance/{id}/variables", "PUT /process-instance/{id}/variables/naam",
      "DELETE /process-instance/{id}/variables/naam", "POST /process-instance/{id}/modification",
      "PUT /process-instance/{id}/suspended", "DELETE /process-instance/{id}",
      "POST /execution/{id}/localVariables", "PUT /execution/{id}/localVariables/naam", "POST /execution/{id}/signal",
      "POST /process-definition/{id}/start", "POST /process-definition/{id}/submit-form",
      "POST /process-definition/key/{id}/start", "POST /process-definition/key/{id}/submit-form",
      "PUT /process-definition/{id}/suspended", "PUT /job/{id}/retries", "POST /job/{id}/execute", "PUT /job/{id}/suspended",
      "PUT /job/{id}/duedate", "POST /message", "POST /signal", "POST /external-task/{id}/complete",
      "PUT /group/{id}/members/{id}", "PUT /group/camunda-admin/members/{id}", "POST /user/create", "POST /group/create",
      "PUT /user/{id}/profile", "PUT /user/{id}/credentials", "DELETE /user/{id}", "DELETE /group/{id}",
      "POST /authorization/create", "PUT /authorization/{id}", "POST /filter/create", "POST /filter/{id}/list",
      "POST /task", "POST /process-instance", "POST /history/process-instance", "POST /incident/{id}/annotation");

  static final List<String> BODIES = List.of(
      "", "{", "[]", "null", "\"tekst\"", "{\"variables\": 5}", "{\"variables\": {\"naam\": 5}}",
      "{\"variables\": {\"naam\": {\"value\": \"a\\u0000b\"}}, \"value\": \"a\\u0000b\", \"userId\": \"a\\u0000b\"}",
      "{\"variables\": {\"naam\": {\"value\": \"{}\", \"type\": \"Object\", \"valueInfo\": {\"objectTypeName\":"
          + " \"java.io.File\", \"serializationDataFormat\": \"application/json\"}}}}",
      "{\"value\": 12, \"type\": \"Integer\", \"retries\": -1, \"userId\": 12, \"messageName\": 5, \"name\": [1]}",
      "[".repeat(5000) + "]".repeat(5000),
      "{\"a\":".repeat(3000) + "1" + "}".repeat(3000));

  @LocalServerPort int port;

  @Test
  void noWriteEndpointAnswersMalformedBodiesOrUnknownIdsWithA5xx() {
    EngineRest rest = new EngineRest(port);
    List<String> serverErrors = new ArrayList<>();
    for (String endpoint : ENDPOINTS) {
      String method = endpoint.substring(0, endpoint.indexOf(' '));
      String path = "/engine-rest" + endpoint.substring(endpoint.indexOf(' ') + 1).replace("{id}", UNKNOWN);
      for (String body : BODIES) {
        HttpRequest.BodyPublisher publisher = body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body);
        HttpResponse<String> response = rest.send(rest.request(path, ADMIN).header("Content-Type", "application/json")
            .method(method, publisher), ADMIN);
        if (response.statusCode() >= 500) {
          serverErrors.add(endpoint + " <- " + abbreviate(body) + ": " + response.statusCode() + " " + abbreviate(response.body()));
        }
      }
    }
    assertThat(serverErrors).isEmpty();
  }

  @Test
  void badPagingAndNulCharactersInQueriesAre400() {
    EngineRest rest = new EngineRest(port);
    for (String query : List.of("/task?maxResults=-1", "/process-instance?firstResult=-5", "/task?maxResults=abc",
        "/history/process-instance?maxResults=-1", "/task?name=a%00b", "/process-instance?businessKey=a%00b",
        "/task?dueBefore=2020-13-45T00:00:00.000%2B0000", "/task?dueBefore=2026-01-01T25:99:00.000%2B0000")) {
      HttpResponse<String> response = rest.get("/engine-rest" + query, ADMIN);
      assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(400);
    }
  }

  @Test
  void aDateOrTimeThatDoesNotExistIsRefusedInABodyAndTheDatesThatExistPass() {
    EngineRest rest = new EngineRest(port);
    HttpResponse<String> body = rest.post("/engine-rest/task", ADMIN, "{\"dueBefore\": \"2020-02-30T10:00:00.000+0000\"}");
    assertThat(body.statusCode()).isEqualTo(400);
    assertThat(body.body()).contains("2020-02-30");
    assertThat(rest.post("/engine-rest/task", ADMIN, "{\"dueBefore\": \"2028-02-29T23:59:59.000+0000\"}").statusCode())
        .isEqualTo(200);
  }

  @Test
  void aChunkedBodyOverTheLimitIs413AndANulCharacterIsRefusedInTheWebappsApiToo() {
    EngineRest rest = new EngineRest(port);
    byte[] big = ("{\"variables\": {\"naam\": {\"value\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}}}")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    HttpResponse<String> chunked = rest.send(rest.request("/engine-rest/process-definition/key/Process_Clusterpact/start", ADMIN)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))), ADMIN);
    assertThat(chunked.statusCode()).isEqualTo(413);

    be.clusterpact.testing.WebappSession tasklist =
        be.clusterpact.testing.WebappSession.logIn(port, "tasklist", "cluster.demo", EngineRest.DEMO_PASSWORD);
    HttpResponse<String> nul = tasklist.engine("POST", "/process-definition/key/Process_Clusterpact/submit-form",
        "{\"variables\": {\"clusterName\": {\"value\": \"VIL\\u0000\"}}}");
    assertThat(nul.statusCode()).isEqualTo(400);
    assertThat(nul.body()).contains("NUL");
  }

  private static String abbreviate(String text) {
    return text.length() > 120 ? text.substring(0, 120) + "…" : text;
  }
}
