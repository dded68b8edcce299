package be.clusterpact.operations;

import static be.clusterpact.process.ClusterpactProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.testing.WebappsOnPostgresTest;
import be.clusterpact.testing.EngineRest;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** POST /api/operations/migrations/preview as Modeler-style multipart: process owners only, nothing deployed. */
@WebappsOnPostgresTest
class MigrationPreviewRestIT {

  static final String PREVIEW = "/api/operations/migrations/preview";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  EngineRest rest;

  @BeforeEach
  void connect() {
    rest = new EngineRest(port);
  }

  @Test
  void aProcessOwnerSeesTheRemovedTaskAndNothingIsDeployed() throws IOException {
    long deployments = engine.getRepositoryService().createDeploymentQuery().count();

    HttpResponse<String> response = upload("eigenaar.demo", MigrationPreviewIT.changedModels());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    SpinJsonNode preview = Spin.JSON(response.body());
    assertThat(preview.prop("deployed").boolValue()).isFalse();
    assertThat(response.body()).contains("\"withoutCounterpart\"").contains(TASK_FOLLOW_UP_NINE_MONTH_REMINDER);
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void othersAreRefusedAndBadRequestsGetAClearAnswer() throws IOException {
    Map<String, byte[]> files = MigrationPreviewIT.changedModels();
    assertThat(upload("fit.demo", files).statusCode()).isEqualTo(403);
    assertThat(upload(null, files).statusCode()).isEqualTo(401);

    HttpResponse<String> incomplete = upload("eigenaar.demo", Map.of("clusterpact.bpmn", files.get("clusterpact.bpmn")));
    assertThat(incomplete.statusCode()).isEqualTo(400);
    assertThat(incomplete.body()).contains("Form_StartClusterpact");
    assertThat(rest.post(PREVIEW, "eigenaar.demo", "{}").statusCode()).isBetween(400, 499);
  }

  private HttpResponse<String> upload(String user, Map<String, byte[]> files) throws IOException {
    String boundary = "----preview" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.getKey() + "\"; filename=\""
          + file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.write(file.getValue());
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return rest.send(rest.request(PREVIEW, user).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), user);
  }
}
