package be.clusterpact.dossier;

import be.clusterpact.dossier.AuditStep.LabelledValue;
import be.clusterpact.engine.FormFields;
import be.clusterpact.kernel.Dates;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * What a user entered in a form, as the form labelled it and as a person reads it: the form's own field
 * labels and choice labels ({@code Goedkeuren} for {@code APPROVE}), {@code ja}/{@code nee}, dates as
 * {@code dd/mm/jjjj}; in the order the form shows its fields. Engine-free.
 */
public final class EnteredValues {

  static final String EMPTY = "—";
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final ObjectMapper JSON = new ObjectMapper();

  private EnteredValues() {}

  /** The form's editable fields that have a value in {@code values} (variable → value), labelled. */
  public static List<LabelledValue> of(FormFields form, Map<String, ?> values) {
    List<LabelledValue> entered = new ArrayList<>();
    for (String variable : form.editableInOrder()) {
      if (values.containsKey(variable)) {
        entered.add(new LabelledValue(form.label(variable).orElse(variable), display(form, variable, values.get(variable))));
      }
    }
    return entered;
  }

  /** One value as its user reads it. */
  static String display(FormFields form, String variable, Object value) {
    if (value == null || value.toString().isBlank()) {
      return EMPTY;
    }
    if (value instanceof Boolean flag) {
      return flag ? "ja" : "nee";
    }
    if (value instanceof Collection<?> list) {
      return list.isEmpty() ? EMPTY : list.stream().map(item -> display(form, variable, item)).collect(Collectors.joining(", "));
    }
    String text = value.toString().trim();
    if (text.startsWith("[")) {
      List<Object> list = jsonList(text);
      if (list != null) {
        return display(form, variable, list);
      }
    }
    if (ISO_DATE.matcher(text).matches()) {
      try {
        return Dates.typed(LocalDate.parse(text));
      } catch (DateTimeParseException notADate) {
        return text;
      }
    }
    return form.choiceLabel(variable, text).orElse(text);
  }

  /** A JSON array of plain values (a checklist, a tag list); {@code null} when the text is something else. */
  private static List<Object> jsonList(String text) {
    try {
      JsonNode array = JSON.readTree(text);
      if (array == null || !array.isArray()) {
        return null;
      }
      return StreamSupport.stream(array.spliterator(), false)
          .map(item -> item.isValueNode() ? (Object) item.asText() : item.toString()).toList();
    } catch (IOException notJson) {
      return null;
    }
  }
}
