package be.clusterpact.engine;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The variables a user submits, read without deserializing them. Tasklist sends a structured
 * variable (a Camunda Forms checklist or list kept as a JSON object variable) back as the serialized
 * JSON it received, and the engine deserializes it only when it stores it: reading such a value as a
 * plain map entry ({@code Map.get}, {@code new HashMap<>(variables)}) throws "Object is not
 * deserialized". Everything the form guard does with submitted variables goes through here.
 */
final class SubmittedVariables {

  private SubmittedVariables() {}

  /** The submitted variables without {@code names}, each value passed on exactly as submitted. */
  static VariableMap without(Map<String, Object> submitted, Set<String> names) {
    VariableMap kept = Variables.createVariables();
    if (submitted instanceof VariableMap typed) {
      for (String name : typed.keySet()) {
        if (!names.contains(name)) {
          kept.putValueTyped(name, typed.getValueTyped(name));
        }
      }
    } else {
      submitted.forEach((name, value) -> {
        if (!names.contains(name)) {
          kept.putValue(name, value);
        }
      });
    }
    return kept;
  }

  /**
   * The value as a comparison can read it: the plain value, or for an object variable that is still
   * serialized, its serialized text (JSON for the JSON format).
   */
  static Object comparable(Map<String, ?> submitted, String name) {
    Object value = submitted instanceof VariableMap typed ? typed.getValueTyped(name) : submitted.get(name);
    if (value instanceof ObjectValue object && !object.isDeserialized()) {
      return object.getValueSerialized();
    }
    if (value instanceof TypedValue typedValue) {
      return typedValue.getValue();
    }
    return value;
  }
}
