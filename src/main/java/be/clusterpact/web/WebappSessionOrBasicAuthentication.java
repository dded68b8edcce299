package be.clusterpact.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * Who calls: HTTP basic credentials, or — for reading this application's own API — the session of a user
 * logged in to Tasklist, Cockpit or Admin, so the application's pages and links (the pact document, the
 * audit trail, the fund at a glance) work in the browser behind the webapps' login.
 *
 * <p>The session is taken only for {@code GET} and {@code HEAD} on {@code /api/}: those change nothing, so
 * they need no CSRF token (the webapps' CSRF filter guards {@code /camunda/*} only). The one exception that
 * writes is the user's own settings under {@value #OWN_SETTINGS} (their e-mail preference, set from
 * Tasklist's header): a write there is taken with the session only when it carries the webapps' CSRF token
 * ({@code X-XSRF-TOKEN} equal to the token Camunda's CSRF filter keeps in the session), exactly as the
 * webapps' own API demands; another site can neither read that token nor send the header. Anything else
 * that writes, and {@code /engine-rest}, still needs credentials. Only the user ID is taken from the session: the
 * authentication filter reads the user's groups and tenants afresh from the identity service, so a user
 * removed from a group loses the rights at once, not when the session expires.
 */
public class WebappSessionOrBasicAuthentication extends HttpBasicAuthenticationProvider {

  private static final Set<String> READING = Set.of("GET", "HEAD");

  /** The logged-in user's own settings: written with the session too, given the webapps' CSRF token. */
  static final String OWN_SETTINGS = "/api/me/";

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    String sessionUser = sessionUser(request, engine.getName());
    if (sessionUser != null) {
      return AuthenticationResult.successful(sessionUser);
    }
    return super.extractAuthenticatedUser(request, engine);
  }

  static String sessionUser(HttpServletRequest request, String engineName) {
    if (request.getHeader("Authorization") != null || !pathOf(request).startsWith("/api/") || !plain(pathOf(request))) {
      return null;
    }
    HttpSession session = request.getSession(false);
    if (session == null || !READING.contains(request.getMethod())
        && !(pathOf(request).startsWith(OWN_SETTINGS) && carriesCsrfToken(request, session))) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine(engineName);
    return authentication == null ? null : authentication.getIdentityId();
  }

  /** The request repeats the session's CSRF token in its header (compared in constant time). */
  static boolean carriesCsrfToken(HttpServletRequest request, HttpSession session) {
    Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected instanceof String token && !token.isEmpty() && sent != null
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A path that means what it says: no dot segments, escapes or path parameters by which
   * {@code /api/me/..;/operations} could reach past {@value #OWN_SETTINGS} (the container would read them).
   */
  static boolean plain(String path) {
    return !path.contains("..") && !path.contains("%") && !path.contains(";") && !path.contains("//")
        && !path.contains("\\");
  }

  private static String pathOf(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
