package be.clusterpact.budget;

import be.clusterpact.kernel.InvalidInputException;
import be.clusterpact.kernel.WholeNumbers;

/** Budget years as forms and REST clients send them: a number or a four-digit text. */
public final class BudgetYears {

  static final int FIRST_POSSIBLE_YEAR = 2016;
  static final int LAST_POSSIBLE_YEAR = 2100;

  private BudgetYears() {}

  public static int parse(String field, Object raw) {
    Long year = WholeNumbers.optional(field, raw, "een jaartal");
    if (year == null) {
      throw new InvalidInputException(field, "het jaartal ontbreekt");
    }
    if (year < FIRST_POSSIBLE_YEAR || year > LAST_POSSIBLE_YEAR) {
      throw new InvalidInputException(field, "jaartal " + year + " ligt niet tussen " + FIRST_POSSIBLE_YEAR + " en " + LAST_POSSIBLE_YEAR);
    }
    return year.intValue();
  }
}
