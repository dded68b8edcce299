package be.clusterpact.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.demo.DemoUsers;
import be.clusterpact.kernel.Dates;
import be.clusterpact.testing.WebappSession;
import be.clusterpact.testing.WebappsOnPostgresTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application's own pages and links read {@code /api} with the webapps' login session: reading only,
 * with the user's rights read afresh, and nothing that writes.
 */
@WebappsOnPostgresTest
class ApiWithWebappSessionIT {

  /** The demo profile sets a maximum for this year. */
  private static final int THIS_YEAR = Dates.today().getYear();

  @LocalServerPort int port;

  @Test
  void aLoggedInFundManagerReadsTheFundWithTheSession() {
    WebappSession tasklist = WebappSession.logIn(port, "tasklist", "fonds.demo", DemoUsers.PASSWORD);

    HttpResponse<String> year = tasklist.app("GET", "/api/hermes/years/" + THIS_YEAR);

    assertThat(year.statusCode()).as(year.body()).isEqualTo(200);
    assertThat(year.body()).contains("\"year\":" + THIS_YEAR);
  }

  @Test
  void theSessionGivesTheUsersOwnRightsOnly() {
    WebappSession tasklist = WebappSession.logIn(port, "tasklist", "fit.demo", DemoUsers.PASSWORD);

    HttpResponse<String> year = tasklist.app("GET", "/api/hermes/years/" + THIS_YEAR);

    assertThat(year.statusCode()).as(year.body()).isEqualTo(403);
    assertThat(year.body()).contains("Geen toegang");
  }

  @Test
  void theSessionNeverWrites() {
    WebappSession cockpit = WebappSession.logIn(port, "cockpit", "admin", "it-Beheer-Geheim-42");

    HttpResponse<String> write = cockpit.app("POST", "/api/operations/migrations/preview");

    assertThat(write.statusCode()).as(write.body()).isEqualTo(401);
  }

  @Test
  void withoutSessionOrCredentialsNothingIsRead() {
    WebappSession tasklist = WebappSession.logIn(port, "tasklist", "fonds.demo", DemoUsers.PASSWORD);
    tasklist.logOut();

    HttpResponse<String> year = tasklist.app("GET", "/api/hermes/years/" + THIS_YEAR);

    assertThat(year.statusCode()).as(year.body()).isEqualTo(401);
  }
}
