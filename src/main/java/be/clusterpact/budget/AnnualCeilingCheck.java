package be.clusterpact.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/** Checks each year's earmark against what the year's maximum still leaves available. */
public final class AnnualCeilingCheck {

  private AnnualCeilingCheck() {}

  /**
   * @param balanceOfYear the year's balance, empty when no maximum is set for it yet
   * @return one Dutch sentence per year that does not fit, empty when every year fits
   */
  public static List<String> problems(EarmarkPlan plan, IntFunction<Optional<YearBalance>> balanceOfYear) {
    List<String> problems = new ArrayList<>();
    for (EarmarkPlan.YearAmount year : plan.years()) {
      if (year.cents() == 0) {
        continue;
      }
      Optional<YearBalance> balance = balanceOfYear.apply(year.year());
      if (balance.isEmpty()) {
        problems.add("Voor " + year.year() + " is nog geen jaarlijks maximum van de geoormerkte middelen vastgelegd;"
            + " een engagement voor dat jaar kan pas na die beslissing (proces \"Jaarplafond Hermesfonds vastleggen\").");
        continue;
      }
      long available = Math.max(0, balance.get().availableCents());
      if (year.cents() > available) {
        problems.add("Het geoormerkte bedrag voor " + year.year() + " (" + EuroAmounts.format(year.cents())
            + ") past niet binnen het jaarlijkse maximum van " + EuroAmounts.format(balance.get().maximumCents())
            + ": er is nog " + EuroAmounts.format(available) + " beschikbaar.");
      }
    }
    return problems;
  }
}
