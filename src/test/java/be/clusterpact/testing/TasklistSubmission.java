package be.clusterpact.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.Map;

/**
 * A task form submitted the way the 7.24 Tasklist submits a Camunda Form: it reads the task's variables
 * without deserializing them ({@code form-variables?deserializeValues=false}) and sends each field back,
 * a structured value (list, map) as JSON text with the type and value info the variable had (for a JSON
 * object variable: {@code Object}, {@code application/json}, {@code java.util.ArrayList}), a plain value
 * as {@code {"value": …}} without a type.
 */
public final class TasklistSubmission {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TasklistSubmission() {}

  /**
   * The body of {@code POST /task/{id}/submit-form}: the fields {@code shown} as the task has them, then
   * {@code typed} as the user filled them in.
   */
  public static String body(WebappSession tasklist, String taskId, Collection<String> shown, Map<String, ?> typed) {
    HttpResponse<String> response = tasklist.engine("GET", "/task/" + taskId + "/form-variables?deserializeValues=false", null);
    if (response.statusCode() != 200) {
      throw new AssertionError("form-variables of " + taskId + ": " + response.statusCode() + " " + response.body());
    }
    try {
      JsonNode stored = JSON.readTree(response.body());
      ObjectNode variables = JSON.createObjectNode();
      for (String name : shown) {
        JsonNode variable = stored.get(name);
        if (variable != null) {
          variables.set(name, field(variable, variable.get("value")));
        }
      }
      for (Map.Entry<String, ?> field : typed.entrySet()) {
        JsonNode value = JSON.valueToTree(field.getValue());
        JsonNode variable = stored.get(field.getKey());
        variables.set(field.getKey(), field(variable, value));
      }
      ObjectNode body = JSON.createObjectNode();
      body.set("variables", variables);
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** As Tasklist's Camunda Forms: an object or array goes as JSON text with the variable's type; else the value alone. */
  private static ObjectNode field(JsonNode storedVariable, JsonNode value) throws IOException {
    ObjectNode field = JSON.createObjectNode();
    JsonNode parsed = value;
    if (value != null && value.isTextual() && storedVariable != null && isJson(storedVariable)) {
      parsed = JSON.readTree(value.asText());
    }
    if (parsed != null && parsed.isContainerNode()) {
      field.put("type", storedVariable == null ? "Json" : storedVariable.path("type").asText());
      field.set("valueInfo", storedVariable == null ? null : storedVariable.get("valueInfo"));
      field.put("value", JSON.writeValueAsString(parsed));
    } else {
      field.set("value", value);
    }
    return field;
  }

  private static boolean isJson(JsonNode variable) {
    String type = variable.path("type").asText();
    return "Json".equals(type)
        || ("Object".equals(type) && variable.path("valueInfo").path("serializationDataFormat").asText().contains("json"));
  }
}
