package be.clusterpact.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Logs in to a Camunda webapp (tasklist, cockpit, admin) as the login page does, CSRF token included. */
public final class WebappLogin {

  private WebappLogin() {}

  /** The HTTP status of the login: 200 logged in, 401 wrong password, 403 no access to that webapp. */
  public static int status(int port, String app, String user, String password) {
    // The postgres profile marks the cookies Secure; the JDK's CookieManager would not send them back
    // over plain http://localhost, so they are passed on by hand, as a browser does for localhost.
    HttpClient http = HttpClient.newHttpClient();
    String base = "http://localhost:" + port + "/camunda";
    try {
      HttpResponse<Void> page = http.send(HttpRequest.newBuilder(URI.create(base + "/app/" + app + "/default/")).build(),
          HttpResponse.BodyHandlers.discarding());
      String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
      String cookies = String.join("; ", page.headers().allValues("Set-Cookie").stream()
          .map(cookie -> cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';'))).toList());
      String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
          + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
      HttpRequest login = HttpRequest.newBuilder(URI.create(base + "/api/admin/auth/user/default/login/" + app))
          .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
          .header("Cookie", cookies)
          .POST(HttpRequest.BodyPublishers.ofString(form)).build();
      return http.send(login, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new IllegalStateException("Login to " + app + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
