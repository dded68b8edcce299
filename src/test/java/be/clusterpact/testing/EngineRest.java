package be.clusterpact.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/** Calls the application's REST API as a user (HTTP basic) or anonymously ({@code user == null}). */
public class EngineRest {

  public static final String DEMO_PASSWORD = "demo";

  private final String base;
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  public EngineRest(int port) {
    this.base = "http://localhost:" + port;
  }

  public HttpResponse<String> get(String path, String user) {
    return send(request(path, user).GET(), user);
  }

  public HttpResponse<String> post(String path, String user, String json) {
    return send(request(path, user).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)), user);
  }

  /** The JSON body of a GET that must succeed. */
  public SpinJsonNode json(String path, String user) {
    HttpResponse<String> response = get(path, user);
    if (response.statusCode() != 200) {
      throw new AssertionError("GET " + path + " as " + user + ": " + response.statusCode() + " " + response.body());
    }
    return Spin.JSON(response.body());
  }

  /** A request to the application, with the user's credentials. */
  public HttpRequest.Builder request(String path, String user) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (user != null) {
      String password = user.equals("admin") ? "it-Beheer-Geheim-42" : DEMO_PASSWORD;
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    return request;
  }

  public HttpResponse<String> send(HttpRequest.Builder request, String user) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("REST call as " + user + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
