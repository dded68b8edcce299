package be.clusterpact.kernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** Structured process data is stored as JSON, never as Java-serialized objects. */
public final class JsonVariables {

  private JsonVariables() {}

  /**
   * Data the process reads back (lists a multi-instance step iterates, maps a rule reads): a JSON
   * serialized object whose type is a plain {@code java.util.ArrayList} or {@code LinkedHashMap}
   * (Cockpit names the type; {@code List.of(…)} would show the JDK-internal
   * {@code java.util.ImmutableCollections$List12}).
   */
  public static ObjectValue json(Object value) {
    return Variables.objectValue(plain(value))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON)
        .create();
  }

  /**
   * A record the process keeps for people, not for its own steps (the approved pact, its conditional
   * commitment): a Spin JSON value, which Cockpit shows as readable JSON text. Code reads it back as
   * a {@link SpinJsonNode}.
   */
  public static JsonValue document(Object value) {
    return SpinValues.jsonValue(Spin.JSON(plain(value))).create();
  }

  /**
   * A record read back as plain maps, lists, texts, numbers and flags: a {@link #document} (Spin JSON), or
   * a map as instances started before the record became JSON keep it. {@code null} stays {@code null}.
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> record(String variable, Object stored) {
    if (stored == null) {
      return null;
    }
    if (stored instanceof SpinJsonNode node && node.isObject()) {
      return (Map<String, Object>) node.mapTo(LinkedHashMap.class);
    }
    if (stored instanceof Map<?, ?> map) {
      return (Map<String, Object>) plain(map);
    }
    throw new IllegalStateException("Variable " + variable + " is no JSON record but " + stored.getClass().getName());
  }

  /** The value with every list and map, also nested, copied into a plain ArrayList or LinkedHashMap. */
  static Object plain(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((key, element) -> copy.put(key, plain(element)));
      return copy;
    }
    if (value instanceof Collection<?> collection) {
      List<Object> copy = new ArrayList<>();
      collection.forEach(element -> copy.add(plain(element)));
      return copy;
    }
    return value;
  }

  /**
   * Reads a list of texts as forms and REST clients send it: a JSON array (Camunda Forms checklist),
   * a Java collection, or a text with one value per line or comma. {@code null} is the empty list.
   */
  public static List<String> stringList(String field, Object raw) {
    List<String> values = new ArrayList<>();
    if (raw == null) {
      return values;
    }
    if (raw instanceof SpinJsonNode node) {
      if (!node.isArray()) {
        throw new InvalidInputException(field, "verwacht een lijst van waarden");
      }
      for (SpinJsonNode element : node.elements()) {
        if (!element.isString()) {
          throw new InvalidInputException(field, "verwacht een lijst van teksten");
        }
        values.add(element.stringValue());
      }
    } else if (raw instanceof Collection<?> collection) {
      for (Object element : collection) {
        if (!(element instanceof String text)) {
          throw new InvalidInputException(field, "verwacht een lijst van teksten");
        }
        values.add(text);
      }
    } else if (raw instanceof String text) {
      String trimmed = text.trim();
      if (trimmed.startsWith("[")) {
        return stringList(field, org.camunda.spin.Spin.JSON(trimmed));
      }
      Arrays.stream(trimmed.split("[,\\n]")).map(String::trim).filter(s -> !s.isEmpty()).forEach(values::add);
    } else {
      throw new InvalidInputException(field, "verwacht een lijst van waarden");
    }
    return values;
  }
}
