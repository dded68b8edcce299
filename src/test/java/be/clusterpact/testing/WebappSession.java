package be.clusterpact.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser's session in a Camunda webapp: logged in with the CSRF token, then calling the webapps'
 * own engine API ({@code /camunda/api/engine/engine/default/…}) as Tasklist does, session cookie and
 * {@code X-XSRF-TOKEN} header included.
 */
public final class WebappSession {

  private static final String ENGINE_API = "/api/engine/engine/default";

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String token;

  private WebappSession(int port) {
    this.base = "http://localhost:" + port + "/camunda";
  }

  /** Logs in to the webapp (tasklist, cockpit, admin); fails unless the login succeeds. */
  public static WebappSession logIn(int port, String app, String user, String password) {
    WebappSession session = new WebappSession(port);
    session.send(HttpRequest.newBuilder(URI.create(session.base + "/app/" + app + "/default/")).GET());
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> login = session.send(HttpRequest.newBuilder(
            URI.create(session.base + "/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
    if (login.statusCode() != 200) {
      throw new AssertionError("Login of " + user + " to " + app + ": " + login.statusCode());
    }
    session.send(HttpRequest.newBuilder(URI.create(session.base + "/app/" + app + "/default/")).GET());
    return session;
  }

  /** A call to the webapps' engine API, e.g. {@code ("POST", "/task/1/submit-form", json)}. */
  public HttpResponse<String> engine(String method, String path, String json) {
    HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
    return send(HttpRequest.newBuilder(URI.create(base + ENGINE_API + path))
        .header("Content-Type", "application/json").method(method, body));
  }

  /**
   * A call to this application's own API ({@code /api/…}) from the logged-in browser: the session cookie,
   * no credentials, no CSRF token.
   */
  public HttpResponse<String> app(String method, String path) {
    String root = base.substring(0, base.length() - "/camunda".length());
    return send(HttpRequest.newBuilder(URI.create(root + path)).method(method, HttpRequest.BodyPublishers.noBody()));
  }

  /** Logs out of the webapps (the session ends). */
  public void logOut() {
    send(HttpRequest.newBuilder(URI.create(base + "/api/admin/auth/user/default/logout"))
        .POST(HttpRequest.BodyPublishers.noBody()));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
          .collect(Collectors.joining("; ")));
    }
    if (token != null) {
      request.header("X-XSRF-TOKEN", token);
    }
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      // The postgres profile marks the cookies Secure; they are passed back by hand, as a browser does for localhost.
      for (String cookie : response.headers().allValues("Set-Cookie")) {
        String pair = cookie.contains(";") ? cookie.substring(0, cookie.indexOf(';')) : cookie;
        cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
      }
      response.headers().firstValue("X-XSRF-TOKEN").ifPresent(fresh -> token = fresh);
      return response;
    } catch (IOException e) {
      throw new IllegalStateException("Webapp call failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
