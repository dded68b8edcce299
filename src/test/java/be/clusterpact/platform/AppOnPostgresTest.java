package be.clusterpact.platform;

import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** The whole application, job executor included, on the PostgreSQL test database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
@DirtiesContext
class AppOnPostgresTest {

  @LocalServerPort int port;
  @Autowired DataSource dataSource;

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void camundaSchemaIsCreatedOnPostgres() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
      assertThat(connection.getMetaData().getURL()).isEqualTo(TestDatabase.URL);
    }
    Integer tables = new JdbcTemplate(dataSource).queryForObject(
        "select count(*) from information_schema.tables where table_schema = 'public'"
            + " and table_name in ('act_re_procdef', 'act_ru_task', 'act_hi_procinst', 'act_id_user')",
        Integer.class);
    assertThat(tables).isEqualTo(4);
  }

  @Test
  void restApiRefusesAnonymousCallers() throws Exception {
    HttpResponse<String> response = get("/engine-rest/engine", null);
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
  }

  @Test
  void restApiAnswersTheAdministrator() throws Exception {
    HttpResponse<String> response = get("/engine-rest/engine", "admin:it-Admin-Secret-42");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"name\":\"default\"");
  }

  @Test
  void restApiRefusesAWrongPassword() throws Exception {
    assertThat(get("/engine-rest/engine", "admin:wrong").statusCode()).isEqualTo(401);
  }

  @Test
  void tasklistServesTheLoginPage() throws Exception {
    HttpResponse<String> response = get("/camunda/app/tasklist/default/", null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("<title>Camunda Tasklist</title>");
  }

  @Test
  void healthIsUpWithDatabaseEngineAndJobExecutor() throws Exception {
    HttpResponse<String> health = get("/actuator/health", null);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body())
        .contains("\"status\":\"UP\"")
        .contains("\"db\":{\"status\":\"UP\"")
        .contains("\"processEngine\":{\"status\":\"UP\"")
        .contains("\"jobExecutor\":{\"status\":\"UP\"");
    assertThat(get("/actuator/health/readiness", null).body()).contains("\"status\":\"UP\"");
    assertThat(get("/actuator/health/liveness", null).body()).contains("\"status\":\"UP\"");
  }

  @Test
  void otherActuatorEndpointsNeedAuthentication() throws Exception {
    assertThat(get("/actuator/metrics", null).statusCode()).isEqualTo(401);
    assertThat(get("/actuator/metrics", "admin:it-Admin-Secret-42").statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> get(String path, String credentials) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (credentials != null) {
      request.header("Authorization",
          "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
