package be.clusterpact.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Answers (e.g. {@code ClusterpactAnswers}) as the REST API's typed variables, the way Tasklist's forms
 * send them: texts as {@code String}, booleans as {@code Boolean}, numbers as {@code Long}, a list as
 * {@code Json}, an empty field as {@code Null}.
 */
public final class RestVariables {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RestVariables() {}

  /** The {@code variables} object of a REST start or completion, as JSON. */
  public static String json(Map<String, Object> answers) {
    Map<String, Object> typed = new LinkedHashMap<>();
    new TreeMap<>(answers).forEach((name, value) -> typed.put(name, typed(value)));
    try {
      return JSON.writeValueAsString(typed);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Answers that are not JSON: " + answers, e);
    }
  }

  private static Map<String, Object> typed(Object value) {
    Map<String, Object> typed = new LinkedHashMap<>();
    if (value == null) {
      typed.put("value", null);
      typed.put("type", "Null");
    } else if (value instanceof List<?> list) {
      try {
        typed.put("value", JSON.writeValueAsString(list));
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(e);
      }
      typed.put("type", "Json");
    } else if (value instanceof Boolean) {
      typed.put("value", value);
      typed.put("type", "Boolean");
    } else if (value instanceof Number number) {
      typed.put("value", number.longValue());
      typed.put("type", "Long");
    } else {
      typed.put("value", value.toString());
      typed.put("type", "String");
    }
    return typed;
  }
}
