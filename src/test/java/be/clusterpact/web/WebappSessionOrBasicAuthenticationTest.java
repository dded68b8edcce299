package be.clusterpact.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;

/** When the webapps' login session stands in for credentials on /api, and when it does not. */
class WebappSessionOrBasicAuthenticationTest {

  private static final String TOKEN = "4F2A9C";

  private final MockHttpSession session = loggedIn("fonds.demo");

  @Test
  void theSessionReadsTheApplicationsApi() {
    assertThat(user("GET", "/api/hermes/years")).isEqualTo("fonds.demo");
    assertThat(user("HEAD", "/api/pacts/CP-SIM-2026/document")).isEqualTo("fonds.demo");
  }

  @Test
  void theSessionWritesOnlyTheUsersOwnSettingsAndOnlyWithTheCsrfToken() {
    assertThat(user("PUT", "/api/me/mail-preference", TOKEN)).isEqualTo("fonds.demo");
    assertThat(user("PUT", "/api/me/mail-preference", null)).isNull();
    assertThat(user("PUT", "/api/me/mail-preference", "forged")).isNull();
    assertThat(user("POST", "/api/operations/migrations", TOKEN)).isNull();
  }

  @Test
  void noPathLeadsPastTheOwnSettingsOrOutOfTheApi() {
    assertThat(user("POST", "/api/me/../operations/migrations", TOKEN)).isNull();
    assertThat(user("POST", "/api/me/..;/operations/migrations", TOKEN)).isNull();
    assertThat(user("POST", "/api/me/%2e%2e/operations/migrations", TOKEN)).isNull();
    assertThat(user("GET", "/engine-rest/task", null)).isNull();
    assertThat(user("GET", "/actuator/prometheus", null)).isNull();
  }

  @Test
  void credentialsSentWinOverTheSessionAndNoSessionMeansNoUser() {
    MockHttpServletRequest withCredentials = request("GET", "/api/hermes/years", null);
    withCredentials.addHeader("Authorization", "Basic Zm9vOmJhcg==");
    assertThat(WebappSessionOrBasicAuthentication.sessionUser(withCredentials, "default")).isNull();

    MockHttpServletRequest anonymous = new MockHttpServletRequest("GET", "/api/hermes/years");
    assertThat(WebappSessionOrBasicAuthentication.sessionUser(anonymous, "default")).isNull();
    assertThat(WebappSessionOrBasicAuthentication.sessionUser(request("GET", "/api/hermes/years", null), "other-engine"))
        .isNull();
  }

  private String user(String method, String path) {
    return user(method, path, null);
  }

  private String user(String method, String path, String token) {
    return WebappSessionOrBasicAuthentication.sessionUser(request(method, path, token), "default");
  }

  private MockHttpServletRequest request(String method, String path, String token) {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    request.setSession(session);
    if (token != null) {
      request.addHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME, token);
    }
    return request;
  }

  private static MockHttpSession loggedIn(String userId) {
    MockHttpSession session = new MockHttpSession();
    Authentications authentications = new Authentications();
    authentications.addOrReplace(new UserAuthentication(userId, "default"));
    AuthenticationUtil.updateSession(session, authentications);
    session.setAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME, TOKEN);
    return session;
  }
}
