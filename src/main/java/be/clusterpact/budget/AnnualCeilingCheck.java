package be.clusterpact.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Checks each year's earmark against what the year's maximum still leaves available. A year whose
 * maximum is not set yet cannot be checked: its amount is reserved conditionally, and checked when
 * the maximum is set (the yearly tranche follow-up then asks the committee about what does not fit).
 */
public final class AnnualCeilingCheck {

  private AnnualCeilingCheck() {}

  /**
   * @param balanceOfYear the year's balance, empty when the ledger has no row for it yet
   * @return one Dutch sentence per year that does not fit its maximum, empty when every year fits
   */
  public static List<String> problems(EarmarkPlan plan, IntFunction<Optional<YearBalance>> balanceOfYear) {
    List<String> problems = new ArrayList<>();
    for (EarmarkPlan.YearAmount year : plan.years()) {
      if (year.cents() == 0) {
        continue;
      }
      Optional<YearBalance> balance = balanceOfYear.apply(year.year()).filter(YearBalance::maximumSet);
      if (balance.isEmpty()) {
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

  /** The plan's years that carry an amount while their maximum is not set yet, in order. */
  public static List<Integer> conditionalYears(EarmarkPlan plan, IntFunction<Optional<YearBalance>> balanceOfYear) {
    return plan.years().stream().filter(y -> y.cents() > 0)
        .filter(y -> balanceOfYear.apply(y.year()).map(YearBalance::conditional).orElse(true))
        .map(EarmarkPlan.YearAmount::year).sorted().toList();
  }

  /** One Dutch sentence for the drafter and the ministers; {@code null} when no year is conditional. */
  public static String conditionalNote(List<Integer> conditionalYears) {
    if (conditionalYears.isEmpty()) {
      return null;
    }
    String years = conditionalYears.size() == 1 ? String.valueOf(conditionalYears.get(0))
        : conditionalYears.subList(0, conditionalYears.size() - 1).stream().map(String::valueOf)
            .collect(Collectors.joining(", ")) + " en " + conditionalYears.get(conditionalYears.size() - 1);
    return "Voor " + years + " is het jaarlijkse maximum van de geoormerkte middelen nog niet vastgelegd: "
        + (conditionalYears.size() == 1 ? "dat bedrag is" : "die bedragen zijn")
        + " voorwaardelijk gereserveerd, in afwachting van het jaarlijkse maximum. Wat dan niet past, legt het"
        + " Hermesbeslissingscomité voor aan een beslissing (evenredig verminderen, behouden of stopzetten).";
  }

  /**
   * What a budget year still leaves for a new reservation, in one Dutch line naming the year: the
   * available amount (never below zero) and the maximum, or that no maximum is set yet.
   *
   * @param balance the year's balance, empty when the ledger has no row for it yet
   */
  public static String availability(int year, Optional<YearBalance> balance) {
    Optional<YearBalance> withMaximum = balance.filter(YearBalance::maximumSet);
    if (withMaximum.isEmpty()) {
      return year + ": nog geen maximum vastgelegd (een bedrag wordt voorwaardelijk gereserveerd)";
    }
    YearBalance known = withMaximum.get();
    return year + ": nog " + EuroAmounts.format(Math.max(0, known.availableCents())) + " beschikbaar van het jaarlijkse maximum van "
        + EuroAmounts.format(known.maximumCents());
  }
}
