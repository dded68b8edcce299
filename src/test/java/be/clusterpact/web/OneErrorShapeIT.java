package be.clusterpact.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.testing.Http;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every error this application answers has one shape, {@code {"type", "message", "field"?}}: the
 * application's API, the REST API and the filters in front of both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles({"postgres", "test"})
class OneErrorShapeIT {

  static final String ADMIN = "admin:it-Beheer-Geheim-42";

  @LocalServerPort int port;

  @Test
  void theApplicationsApiAnswersTypeMessageAndField() throws Exception {
    assertError(Http.get(port, "/api/hermes/years/tweeduizend", ADMIN), 400, "InvalidInputException", "year");
    assertError(Http.get(port, "/api/hermes/pacts/CP-ONBEKEND-2026", ADMIN), 404, "NotFound", null);
  }

  @Test
  void theRestApiAnswersTheSameShape() throws Exception {
    HttpResponse<String> unknownTask = Http.send(Http.request(port, "/engine-rest/task/onbekend-0000/complete", ADMIN)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertError(unknownTask, 404, "NotFound", null);
  }

  @Test
  void theFiltersInFrontOfBothAnswerTheSameShape() throws Exception {
    HttpResponse<String> tooLarge = Http.send(Http.request(port, "/engine-rest/process-definition/key/Process_Clusterpact/start", ADMIN)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"businessKey\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}")));
    assertError(tooLarge, 413, "PayloadTooLarge", null);
    assertError(Http.get(port, "/engine-rest/task?maxResults=-1", ADMIN), 400, null, "maxResults");
  }

  private static void assertError(HttpResponse<String> response, int status, String type, String field) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    JsonNode body = new ObjectMapper().readTree(response.body());
    assertThat(body.path("type").asText()).as("type in %s", response.body()).isNotBlank();
    assertThat(body.path("message").asText()).as("message in %s", response.body()).isNotBlank();
    if (type != null) {
      assertThat(body.path("type").asText()).isEqualTo(type);
    }
    if (field != null) {
      assertThat(body.path("field").asText()).isEqualTo(field);
      assertThat(body.path("message").asText()).startsWith(field);
    } else {
      assertThat(body.has("field")).as("no field in %s", response.body()).isFalse();
    }
    assertThat(body.size()).as("only type, message and field in %s", response.body()).isLessThanOrEqualTo(3);
  }
}
