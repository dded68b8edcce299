package be.clusterpact.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

/**
 * Who calls: HTTP basic credentials, or — for reading this application's own API — the session of a user
 * logged in to Tasklist, Cockpit or Admin, so the application's pages and links (the pact document, the
 * audit trail, the fund at a glance) work in the browser behind the webapps' login.
 *
 * <p>The session is taken only for {@code GET} and {@code HEAD} on {@code /api/}: those change nothing, so
 * they need no CSRF token (the webapps' CSRF filter guards {@code /camunda/*} only). Anything that writes,
 * and {@code /engine-rest}, still needs credentials. Only the user ID is taken from the session: the
 * authentication filter reads the user's groups and tenants afresh from the identity service, so a user
 * removed from a group loses the rights at once, not when the session expires.
 */
public class WebappSessionOrBasicAuthentication extends HttpBasicAuthenticationProvider {

  private static final Set<String> READING = Set.of("GET", "HEAD");

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    String sessionUser = sessionUser(request, engine.getName());
    if (sessionUser != null) {
      return AuthenticationResult.successful(sessionUser);
    }
    return super.extractAuthenticatedUser(request, engine);
  }

  static String sessionUser(HttpServletRequest request, String engineName) {
    if (request.getHeader("Authorization") != null || !READING.contains(request.getMethod())
        || !pathOf(request).startsWith("/api/")) {
      return null;
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine(engineName);
    return authentication == null ? null : authentication.getIdentityId();
  }

  private static String pathOf(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
