package be.clusterpact.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/** Checks each year's earmark against the maximum of earmarked Hermes means set for that year. */
public final class AnnualCeilingCheck {

  private AnnualCeilingCheck() {}

  /**
   * @param maximumCentsOfYear the maximum set for a year, empty when not yet set
   * @return one Dutch sentence per year that fails, empty when every year fits
   */
  public static List<String> problems(EarmarkPlan plan, IntFunction<Optional<Long>> maximumCentsOfYear) {
    List<String> problems = new ArrayList<>();
    for (EarmarkPlan.YearAmount year : plan.years()) {
      Optional<Long> maximum = maximumCentsOfYear.apply(year.year());
      if (maximum.isEmpty()) {
        problems.add("Voor " + year.year() + " is nog geen jaarlijks maximum van de geoormerkte middelen vastgelegd;"
            + " een engagement voor dat jaar kan pas na die beslissing.");
      } else if (year.cents() > maximum.get()) {
        problems.add("Het geoormerkte bedrag voor " + year.year() + " (" + EuroAmounts.format(year.cents())
            + ") overschrijdt het jaarlijkse maximum (" + EuroAmounts.format(maximum.get()) + ") met "
            + EuroAmounts.format(year.cents() - maximum.get()) + ".");
      }
    }
    return problems;
  }
}
