package be.clusterpact.platform;

/** Checks free-text input from forms and REST clients. */
public final class Texts {

  private Texts() {}

  public static String required(String field, Object raw, int maxLength) {
    String text = optional(field, raw, maxLength);
    if (text == null) {
      throw new InvalidInputException(field, "is verplicht");
    }
    return text;
  }

  /** The trimmed text, or {@code null} when absent or blank. */
  public static String optional(String field, Object raw, int maxLength) {
    if (raw == null) {
      return null;
    }
    if (!(raw instanceof String text)) {
      throw new InvalidInputException(field, "verwacht tekst");
    }
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      return null;
    }
    if (trimmed.length() > maxLength) {
      throw new InvalidInputException(field, "is langer dan " + maxLength + " tekens");
    }
    return trimmed;
  }

  public static boolean flag(String field, Object raw) {
    if (raw == null) {
      return false;
    }
    if (raw instanceof Boolean value) {
      return value;
    }
    throw new InvalidInputException(field, "verwacht ja of nee (true/false)");
  }
}
