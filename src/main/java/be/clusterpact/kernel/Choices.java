package be.clusterpact.kernel;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A choice from a form's radio group or select: one of a few constant values. Anything else is refused
 * naming the field and listing what may be chosen, in Dutch.
 */
public final class Choices {

  /** A value the form offers and what it means, e.g. {@code EXTEND} — {@code verlengen}. */
  public record Option(String value, String meaning) {}

  private Choices() {}

  /** @return the chosen value; a missing one "is verplicht", another is refused: "kies EXTEND (verlengen) of STOP (stopzetten)" */
  public static String oneOf(String field, Object raw, Option... options) {
    String value = Texts.required(field, raw, 40);
    for (Option option : options) {
      if (option.value().equals(value)) {
        return value;
      }
    }
    throw new InvalidInputException(field, "kies " + list(options));
  }

  /** An enum constant by its name; a missing value is refused with {@code whenMissing}. */
  public static <E extends Enum<E>> E of(String field, Object raw, Class<E> type, String whenMissing) {
    String value = Texts.optional(field, raw, 40);
    if (value == null) {
      throw new InvalidInputException(field, whenMissing);
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    throw new InvalidInputException(field, "onbekende keuze '" + value + "'; kies uit "
        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
  }

  private static String list(Option... options) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < options.length; i++) {
      text.append(i == 0 ? "" : i == options.length - 1 ? " of " : ", ")
          .append(options[i].value()).append(" (").append(options[i].meaning()).append(')');
    }
    return text.toString();
  }
}
