package be.clusterpact.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The engine's REST API ({@code /engine-rest}) with HTTP basic authentication, as Tasklist uses it. */
final class RestPactApi implements PactApi {

  /** An answer other than 2xx. */
  static final class RestFailure extends RuntimeException {
    final int status;

    RestFailure(int status, String message) {
      super(status + " " + message);
      this.status = status;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String authorization;

  RestPactApi(int port, String user, String password) {
    this.base = "http://localhost:" + port + "/engine-rest";
    this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public Started start(String processKey, String businessKey, Map<String, Object> variables) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("variables", restVariables(variables));
    if (businessKey != null) {
      body.put("businessKey", businessKey);
    }
    JsonNode started = post("/process-definition/key/" + processKey + "/start", body);
    return new Started(started.get("id").asText(), started.get("businessKey").asText());
  }

  @Override
  public List<OpenTask> openTasks(Collection<String> businessKeys) {
    List<OpenTask> tasks = new ArrayList<>();
    get("/task?processInstanceBusinessKeyIn=" + URLEncoder.encode(String.join(",", businessKeys), StandardCharsets.UTF_8))
        .forEach(task -> tasks.add(new OpenTask(task.get("id").asText(), task.get("taskDefinitionKey").asText())));
    return tasks;
  }

  @Override
  public void complete(String taskId, Map<String, Object> variables) {
    post("/task/" + taskId + "/complete", Map.of("variables", restVariables(variables)));
  }

  @Override
  public Object taskVariable(String taskId, String name) {
    JsonNode value = get("/task/" + taskId + "/variables/" + name).get("value");
    return value.isIntegralNumber() ? (Object) value.asLong() : value.asText();
  }

  @Override
  public Set<String> running(Collection<String> processInstanceIds) {
    Set<String> running = new HashSet<>();
    post("/process-instance", Map.of("processInstanceIds", processInstanceIds))
        .forEach(instance -> running.add(instance.get("id").asText()));
    return running;
  }

  @Override
  public boolean isConflict(RuntimeException failure) {
    return failure instanceof RestFailure rest && rest.status == 500 && rest.getMessage().contains("OptimisticLocking");
  }

  JsonNode get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  JsonNode post(String path, Object body) {
    try {
      return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private JsonNode send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.header("Authorization", authorization)
          .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new RestFailure(response.statusCode(), response.body());
      }
      return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Java values as the REST API's typed values; a List becomes a JSON object variable. */
  static Map<String, Object> restVariables(Map<String, Object> variables) {
    Map<String, Object> rest = new LinkedHashMap<>();
    variables.forEach((name, value) -> {
      Map<String, Object> typed = new LinkedHashMap<>();
      if (value instanceof List<?> list) {
        try {
          typed.put("value", JSON.writeValueAsString(list));
        } catch (JsonProcessingException e) {
          throw new IllegalArgumentException(e);
        }
        typed.put("type", "Object");
        typed.put("valueInfo", Map.of("objectTypeName", "java.util.ArrayList", "serializationDataFormat", "application/json"));
      } else {
        typed.put("value", value);
        typed.put("type", value == null ? "Null" : value.getClass().getSimpleName());
      }
      rest.put(name, typed);
    });
    return rest;
  }
}
