package be.clusterpact.web;

import be.clusterpact.process.GroupIds;
import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.testing.TestDatabase;
import be.clusterpact.testing.Http;
import java.net.http.HttpResponse;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** The whole application, job executor included, on the PostgreSQL test database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"clusterpact.login.max-lock-seconds=2", "clusterpact.login.alert-after-attempts=3"})
@AutoConfigureObservability(tracing = false) // Spring Boot tests switch metrics export off unless asked
@ActiveProfiles({"postgres", "test"})
@DirtiesContext
@Tag("standalone") // its job executor runs, so it runs in a JVM of its own (pom.xml)
class AppOnPostgresIT {

  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  @Autowired IdentityService identity;


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
    HttpResponse<String> response = get("/engine-rest/engine", "admin:it-Beheer-Geheim-42");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"name\":\"default\"");
  }

  @Test
  void restApiRefusesAWrongPasswordAndThrottlesTheNextLogins() throws Exception {
    if (identity.createUserQuery().userId("guess.target").count() == 0) {
      User user = identity.newUser("guess.target");
      user.setFirstName("Guess");
      user.setLastName("Target");
      user.setPassword("Right-Pass-42");
      identity.saveUser(user);
    }
    assertThat(get("/engine-rest/engine", "guess.target:Right-Pass-42").statusCode()).isEqualTo(200);
    assertThat(get("/engine-rest/engine", "guess.target:wrong").statusCode()).isEqualTo(401);
    // Brute-force protection: after a wrong password the user's logins are refused for a while, even the right one.
    assertThat(get("/engine-rest/engine", "guess.target:Right-Pass-42").statusCode()).isEqualTo(401);
  }

  @Test
  void aUserWithManyWrongPasswordsIsUnlockedAutomaticallyAndAdministratorsSeeIt() throws Exception {
    User user = identity.newUser("lock.target");
    user.setFirstName("Lock");
    user.setLastName("Target");
    user.setPassword("Right-Pass-42");
    identity.saveUser(user);
    // Ten wrong passwords already (Camunda would lock the user for good at ten), then one more.
    new JdbcTemplate(dataSource).update("update act_id_user set attempts_ = 10 where id_ = 'lock.target'");
    assertThat(get("/engine-rest/engine", "lock.target:wrong").statusCode()).isEqualTo(401);
    assertThat(get("/engine-rest/engine", "lock.target:Right-Pass-42").statusCode()).as("throttled").isEqualTo(401);

    Thread.sleep(2_500); // clusterpact.login.max-lock-seconds=2 in this test
    assertThat(get("/engine-rest/engine", "lock.target:Right-Pass-42").statusCode()).as("unlocked by itself").isEqualTo(200);
    assertThat(get("/actuator/prometheus", "admin:it-Beheer-Geheim-42").body())
        .containsPattern("clusterpact_login_throttled_total(\\{[^}]*\\})? [1-9]");
  }

  @Test
  void tasklistServesTheLoginPage() throws Exception {
    HttpResponse<String> response = get("/camunda/app/tasklist/default/", null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("<title>Camunda Tasklist</title>");
  }

  @Test
  void healthIsUpWithDatabaseEngineAndJobExecutor() throws Exception {
    HttpResponse<String> anonymous = get("/actuator/health", null);
    assertThat(anonymous.statusCode()).isEqualTo(200);
    assertThat(anonymous.body()).as("anonymous callers see the status only").contains("\"status\":\"UP\"")
        .doesNotContain("components", "db", "processEngine", "jobExecutor");
    assertThat(get("/actuator/health/readiness", null).body()).isEqualTo("{\"status\":\"UP\"}");
    HttpResponse<String> health = get("/actuator/health", "admin:it-Beheer-Geheim-42");
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
    assertThat(get("/actuator/metrics", "admin:it-Beheer-Geheim-42").statusCode()).isEqualTo(200);
  }

  @Test
  void prometheusShowsEngineFiguresToAdministratorsAndMetricsReadersOnly() throws Exception {
    assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
    for (String[] account : new String[][] {{"scrape.staff", "agency-fit"}, {"scrape.metrics", GroupIds.METRICS_READERS}}) {
      if (identity.createUserQuery().userId(account[0]).count() == 0) {
        User user = identity.newUser(account[0]);
        user.setFirstName("Scrape");
        user.setLastName("Account");
        user.setPassword("Meting-Sleutel-77");
        identity.saveUser(user);
        identity.createMembership(account[0], account[1]);
      }
    }
    assertThat(get("/actuator/prometheus", "scrape.staff:Meting-Sleutel-77").statusCode()).isEqualTo(403);
    assertThat(get("/actuator/metrics", "scrape.staff:Meting-Sleutel-77").statusCode()).isEqualTo(403);
    assertThat(get("/actuator/prometheus", "scrape.metrics:Meting-Sleutel-77").statusCode()).isEqualTo(200);
    HttpResponse<String> scrape = get("/actuator/prometheus", "admin:it-Beheer-Geheim-42");
    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.body())
        .contains("clusterpact_incidents_open ")
        .contains("clusterpact_jobs_failed ")
        .contains("clusterpact_instances_running{process=\"Process_Clusterpact\"}")
        .contains("camunda_engine_job_successful_total ")
        .contains("camunda_engine_activity_instance_start_total ")
        .contains("hikaricp_connections_active");
  }

  private HttpResponse<String> get(String path, String credentials) throws Exception {
    return Http.get(port, path, credentials);
  }

}
