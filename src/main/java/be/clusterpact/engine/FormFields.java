package be.clusterpact.engine;

import be.clusterpact.kernel.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The variables a Camunda Form (form-js JSON) lets its user submit, read from the deployed form:
 * every keyed component (nested groups and dynamic lists included, a {@code path} or a dotted key
 * naming the variable by its first segment) is <em>editable</em>, unless it is read-only ({@code
 * readonly} true or an expression: fail closed) or computed ({@code expression}); disabled components
 * are never submitted. Tasklist sends read-only fields back as it showed them, so a read-only field
 * is accepted only with the value the task shows, and is then dropped: it is never taken from the
 * client.
 */
public final class FormFields {

  /** Components that hold no value, even when a (legacy) form gives them a key. */
  private static final Set<String> WITHOUT_VALUE =
      Set.of("button", "text", "html", "image", "spacer", "separator", "iframe", "table", "documentPreview");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Variable name → editable (false: read-only or computed). No form: an empty map. */
  private final Map<String, Boolean> fields;
  /** The custom property that names a field whose label is an expression. */
  static final String FIELD_LABEL_PROPERTY = "fieldLabel";

  /** Variable name → the label its user sees (only for a field whose key is the variable itself). */
  private final Map<String, String> labels;
  /** Variable name → (value → the label of that choice), for selects, radios and checklists with static values. */
  private final Map<String, Map<String, String>> choices;

  private FormFields(Map<String, Boolean> fields, Map<String, String> labels, Map<String, Map<String, String>> choices) {
    this.fields = fields;
    this.labels = labels;
    this.choices = choices;
  }

  /** A step without a Camunda Form: it takes no variables at all. */
  public static FormFields none() {
    return new FormFields(Map.of(), Map.of(), Map.of());
  }

  /** Reads a form; an unreadable form is an {@link IllegalArgumentException} (the caller refuses). */
  public static FormFields read(InputStream form) {
    try (InputStream content = form) {
      JsonNode root = JSON.readTree(content);
      if (root == null || !root.path("components").isArray()) {
        throw new IllegalArgumentException("not a Camunda Form: no components");
      }
      Map<String, Boolean> fields = new LinkedHashMap<>();
      Map<String, String> labels = new LinkedHashMap<>();
      Map<String, Map<String, String>> choices = new LinkedHashMap<>();
      collect(root, "", false, fields, labels, choices);
      return new FormFields(fields, labels, choices);
    } catch (IOException e) {
      throw new IllegalArgumentException("Camunda Form cannot be read: " + e.getMessage(), e);
    }
  }

  /** The variables of the form and whether each is editable. */
  public Map<String, Boolean> fields() {
    return Map.copyOf(fields);
  }

  /** The variables its user can fill in (not read-only, not computed), in the order the form shows them. */
  public List<String> editableInOrder() {
    return fields.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
  }

  /** The label of a choice the form offers for a variable ({@code "Goedkeuren"} for {@code APPROVE}), if it has one. */
  public Optional<String> choiceLabel(String variable, Object value) {
    return Optional.ofNullable(choices.getOrDefault(variable, Map.of()).get(String.valueOf(value)));
  }

  /** The label the form shows for a variable ({@code dateLabel} for a date picker), if it has one. */
  public Optional<String> label(String variable) {
    return Optional.ofNullable(labels.get(variable));
  }

  /**
   * The refusal as its user reads it: named by the field's label in this form, when the form has the
   * field and labels it; otherwise unchanged.
   */
  public InvalidInputException labelled(InvalidInputException refused) {
    return label(refused.field()).map(refused::labelled).orElse(refused);
  }

  /**
   * Checks submitted variables: a variable the form does not have, or a read-only field with another
   * value than {@code shown} gives, is refused naming it. Returns the read-only fields to drop.
   */
  public Set<String> check(Map<String, ?> submitted, Function<String, Object> shown) {
    Set<String> readOnly = new java.util.LinkedHashSet<>();
    for (String name : submitted.keySet()) {
      Boolean editable = fields.get(name);
      if (editable == null) {
        throw new InvalidInputException(name, "dit veld hoort niet bij het formulier van deze stap");
      }
      if (!editable) {
        if (!sameValue(SubmittedVariables.comparable(submitted, name), unwrap(shown.apply(name)))) {
          throw new InvalidInputException(name, "dit veld is alleen-lezen in het formulier en kan niet gewijzigd worden");
        }
        readOnly.add(name);
      }
    }
    return readOnly;
  }

  private static void collect(JsonNode node, String prefix, boolean readOnlyParent, Map<String, Boolean> fields,
      Map<String, String> labels, Map<String, Map<String, String>> choices) {
    if (node.isArray()) {
      node.forEach(child -> collect(child, prefix, readOnlyParent, fields, labels, choices));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    String type = node.path("type").asText("");
    if (node.path("disabled").asBoolean(false)) {
      return; // form-js never submits a disabled field
    }
    boolean readOnly = readOnlyParent || isReadOnly(node.get("readonly")) || "expression".equals(type);
    String path = prefix;
    if (node.hasNonNull("path") && !node.path("path").asText().isBlank()) {
      path = prefix + node.path("path").asText() + ".";
    }
    if (node.hasNonNull("key") && !type.isEmpty() && !WITHOUT_VALUE.contains(type)) {
      String valuePath = path + node.path("key").asText();
      String variable = valuePath.contains(".") ? valuePath.substring(0, valuePath.indexOf('.')) : valuePath;
      fields.merge(variable, !readOnly, Boolean::logicalOr);
      String label = node.path("label").asText(node.path("dateLabel").asText("")).trim();
      if (label.startsWith("=")) {
        // A label computed in the browser (e.g. naming the budget year): refusals use the fixed label
        // the form keeps in its custom property fieldLabel.
        label = node.path("properties").path(FIELD_LABEL_PROPERTY).asText("").trim();
      }
      if (variable.equals(valuePath) && !label.isEmpty()) {
        labels.putIfAbsent(variable, label);
      }
      if (variable.equals(valuePath) && node.path("values").isArray()) {
        Map<String, String> offered = choices.computeIfAbsent(variable, v -> new LinkedHashMap<>());
        node.path("values").forEach(choice -> offered.putIfAbsent(choice.path("value").asText(), choice.path("label").asText()));
      }
    }
    JsonNode components = node.get("components");
    if (components != null) {
      collect(components, path, readOnly, fields, labels, choices);
    }
  }

  /** {@code readonly: true} and {@code readonly: "=expression"} (which may be true): read-only. */
  private static boolean isReadOnly(JsonNode readonly) {
    if (readonly == null || readonly.isNull()) {
      return false;
    }
    return readonly.isBoolean() ? readonly.booleanValue() : !readonly.asText().isBlank();
  }

  /** Typed values ({@code Variables.stringValue(…)}) as their plain value. */
  private static Object unwrap(Object value) {
    if (value instanceof org.camunda.bpm.engine.variable.value.TypedValue typed) {
      return typed.getValue();
    }
    return value;
  }

  /**
   * The value Tasklist sends back equals the one it showed: the same text, the same number written
   * otherwise ({@code "2027"} for 2027), empty for nothing, the same JSON.
   */
  static boolean sameValue(Object sent, Object shown) {
    if (isEmpty(sent) && isEmpty(shown)) {
      return true;
    }
    if (sent == null || shown == null) {
      return false;
    }
    BigDecimal sentNumber = number(sent);
    BigDecimal shownNumber = number(shown);
    if (sentNumber != null && shownNumber != null) {
      return sentNumber.compareTo(shownNumber) == 0;
    }
    if (Objects.equals(sent, shown)) {
      return true;
    }
    return normalisedJson(sent).equals(normalisedJson(shown));
  }

  private static boolean isEmpty(Object value) {
    return value == null || (value instanceof String text && (text.isEmpty() || text.equals("[]")))
        || (value instanceof Collection<?> collection && collection.isEmpty())
        || (value instanceof Map<?, ?> map && map.isEmpty())
        || normalisedJson(value).equals("[]");
  }

  private static BigDecimal number(Object value) {
    if (value instanceof Number || value instanceof String) {
      String text = value.toString().trim();
      if (text.isEmpty() || text.length() > 40) {
        return null;
      }
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException notANumber) {
        return null;
      }
    }
    return null;
  }

  /** A Spin JSON, a JSON string or a plain value, written as compact JSON when it parses as JSON. */
  private static String normalisedJson(Object value) {
    String text = value == null ? "null" : value.toString();
    try {
      return JSON.writeValueAsString(value instanceof String || value.getClass().getName().startsWith("org.camunda.spin")
          ? JSON.readTree(text) : JSON.valueToTree(value));
    } catch (IOException | IllegalArgumentException notJson) {
      return text;
    }
  }
}
