package be.clusterpact.budget;

import be.clusterpact.platform.InvalidInputException;
import be.clusterpact.platform.WholeNumbers;
import java.util.ArrayList;
import java.util.List;

/** Validates the three yearly earmarks entered when drafting the pact. */
public final class EarmarkRules {

  static final int FIRST_POSSIBLE_YEAR = 2016;
  static final int LAST_POSSIBLE_YEAR = 2100;

  private EarmarkRules() {}

  /**
   * @param firstYear the first budget year (number or numeric text)
   * @param yearlyEuro the three yearly amounts in euro, in order
   */
  public static EarmarkPlan plan(Object firstYear, List<?> yearlyEuro) {
    int first = year(firstYear);
    if (yearlyEuro.size() != EarmarkPlan.YEARS) {
      throw new InvalidInputException("earmarkYear" + (yearlyEuro.size() + 1) + "Euro", "er zijn precies drie jaarbedragen nodig");
    }
    List<EarmarkPlan.YearAmount> years = new ArrayList<>();
    for (int i = 0; i < EarmarkPlan.YEARS; i++) {
      years.add(new EarmarkPlan.YearAmount(first + i, EuroAmounts.requiredCents("earmarkYear" + (i + 1) + "Euro", yearlyEuro.get(i))));
    }
    return new EarmarkPlan(years);
  }

  private static int year(Object raw) {
    String field = "firstEarmarkYear";
    Long year = WholeNumbers.optional(field, raw, "een jaartal");
    if (year == null) {
      throw new InvalidInputException(field, "het eerste jaar van de geoormerkte middelen ontbreekt");
    }
    if (year < FIRST_POSSIBLE_YEAR || year > LAST_POSSIBLE_YEAR) {
      throw new InvalidInputException(field, "jaartal " + year + " ligt niet tussen " + FIRST_POSSIBLE_YEAR + " en " + LAST_POSSIBLE_YEAR);
    }
    return year.intValue();
  }
}
