package be.clusterpact.budget;

import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.kernel.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** Validates the three yearly earmarks and the project means entered when drafting the pact. */
public final class EarmarkRules {

  private EarmarkRules() {}

  /** The amounts of a draft pact, each read and checked. */
  public record DraftAmounts(EarmarkPlan plan, long projectMeansCents) {}

  /**
   * @param firstYear the first budget year (number or numeric text)
   * @param yearlyEuro the three yearly amounts in euro, in order
   * @param projectMeansEuro the project means in euro
   * @throws be.clusterpact.kernel.InvalidInputException naming the first field that cannot be read
   */
  public static DraftAmounts draft(Object firstYear, List<?> yearlyEuro, Object projectMeansEuro) {
    return new DraftAmounts(plan(firstYear, yearlyEuro), EuroAmounts.requiredCents(ClusterpactProcess.PROJECT_MEANS_EURO, projectMeansEuro));
  }

  /**
   * @param firstYear the first budget year (number or numeric text)
   * @param yearlyEuro the three yearly amounts in euro, in order
   */
  public static EarmarkPlan plan(Object firstYear, List<?> yearlyEuro) {
    int first = BudgetYears.parse(ClusterpactProcess.FIRST_EARMARK_YEAR, firstYear);
    if (yearlyEuro.size() != EarmarkPlan.YEARS) {
      throw new InvalidInputException("earmarkYear" + (yearlyEuro.size() + 1) + "Euro", "er zijn precies drie jaarbedragen nodig");
    }
    List<EarmarkPlan.YearAmount> years = new ArrayList<>();
    for (int i = 0; i < EarmarkPlan.YEARS; i++) {
      years.add(new EarmarkPlan.YearAmount(first + i, EuroAmounts.requiredCents("earmarkYear" + (i + 1) + "Euro", yearlyEuro.get(i))));
    }
    return new EarmarkPlan(years);
  }
}
