package be.clusterpact.kernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.spin.json.SpinJsonNode;

/** Structured process data is stored as JSON, never as Java-serialized objects. */
public final class JsonVariables {

  private JsonVariables() {}

  public static ObjectValue json(Object value) {
    return Variables.objectValue(value)
        .serializationDataFormat(Variables.SerializationDataFormats.JSON)
        .create();
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
