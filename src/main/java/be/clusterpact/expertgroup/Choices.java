package be.clusterpact.expertgroup;

import be.clusterpact.platform.InvalidInputException;
import be.clusterpact.platform.Texts;

/** A choice from a radio group or select, by the constant's name. */
final class Choices {

  private Choices() {}

  static <E extends Enum<E>> E of(String field, Object raw, Class<E> type, String whenMissing) {
    String value = Texts.optional(field, raw, 40);
    if (value == null) {
      throw new InvalidInputException(field, whenMissing);
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    StringBuilder allowed = new StringBuilder();
    for (E constant : type.getEnumConstants()) {
      allowed.append(allowed.isEmpty() ? "" : ", ").append(constant.name());
    }
    throw new InvalidInputException(field, "onbekende keuze '" + value + "'; kies uit " + allowed);
  }
}
