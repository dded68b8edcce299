package be.clusterpact.budget;

import be.clusterpact.platform.InvalidInputException;

/** Budget years as forms and REST clients send them: a number or a four-digit text. */
public final class BudgetYears {

  static final int FIRST_POSSIBLE_YEAR = 2016;
  static final int LAST_POSSIBLE_YEAR = 2100;

  private BudgetYears() {}

  public static int parse(String field, Object raw) {
    if (raw == null) {
      throw new InvalidInputException(field, "het jaartal ontbreekt");
    }
    long year;
    if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
      year = ((Number) raw).longValue();
    } else if ((raw instanceof Double || raw instanceof Float) && ((Number) raw).doubleValue() == Math.rint(((Number) raw).doubleValue())) {
      year = (long) ((Number) raw).doubleValue();
    } else if (raw instanceof String text && text.trim().matches("\\d{4}")) {
      year = Long.parseLong(text.trim());
    } else {
      throw new InvalidInputException(field, "verwacht een jaartal, kreeg '" + raw + "'");
    }
    if (year < FIRST_POSSIBLE_YEAR || year > LAST_POSSIBLE_YEAR) {
      throw new InvalidInputException(field, "jaartal " + year + " ligt niet tussen " + FIRST_POSSIBLE_YEAR + " en " + LAST_POSSIBLE_YEAR);
    }
    return (int) year;
  }
}
