package be.clusterpact.kernel;

/** Whole numbers (years, seats) as forms and REST clients send them. */
public final class WholeNumbers {

  private WholeNumbers() {}

  /**
   * An integer value, a floating-point value without fraction (form number fields) or a text of
   * digits; {@code null} when absent or blank.
   *
   * @param expected what the field holds, for the message, e.g. {@code "een jaartal"}
   */
  public static Long optional(String field, Object raw, String expected) {
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      return null;
    }
    if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
      return ((Number) raw).longValue();
    }
    if (raw instanceof Double || raw instanceof Float) {
      double value = ((Number) raw).doubleValue();
      if (value == Math.rint(value) && Math.abs(value) < 1e15) {
        return (long) value;
      }
    }
    if (raw instanceof String text && text.trim().matches("-?\\d{1,15}")) {
      return Long.parseLong(text.trim());
    }
    throw new InvalidInputException(field, "verwacht " + expected + ", kreeg '" + raw + "'");
  }
}
