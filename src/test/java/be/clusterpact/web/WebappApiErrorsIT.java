package be.clusterpact.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.testing.WebappsOnPostgresTest;
import be.clusterpact.testing.WebappSession;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 16.11 on the webapps' own engine API (what Tasklist calls): unknown IDs are 404 with a message, never 500. */
@WebappsOnPostgresTest
class WebappApiErrorsIT {

  @LocalServerPort int port;

  @Test
  void unknownIdsOnTheWebappsEngineApiAre4xx() {
    WebappSession tasklist = WebappSession.logIn(port, "tasklist", "fit.demo", "demo");
    for (String[] call : new String[][] {
        {"POST", "/task/unknown-id/complete", "{\"variables\":{}}"},
        {"POST", "/task/unknown-id/submit-form", "{\"variables\":{}}"},
        {"POST", "/task/unknown-id/claim", "{\"userId\":\"fit.demo\"}"},
        {"POST", "/task/unknown-id/unclaim", "{}"},
        {"GET", "/task/unknown-id/form-variables", null},
        {"POST", "/process-definition/key/Process_Unknown/submit-form", "{\"variables\":{}}"},
        {"GET", "/process-instance/unknown-id/variables", null}}) {
      HttpResponse<String> response = tasklist.engine(call[0], call[1], call[2]);
      assertThat(response.statusCode()).as(call[0] + " " + call[1] + ": " + response.body()).isBetween(400, 499);
    }
  }
}
