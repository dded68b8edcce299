package be.clusterpact.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clusterpact.kernel.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EarmarkRulesTest {

  @Test
  void threeConsecutiveYearsFromTheFirstYear() {
    EarmarkPlan plan = EarmarkRules.plan(2027, List.of(500_000, "400000.50", 0));
    assertThat(plan.years()).extracting(EarmarkPlan.YearAmount::year).containsExactly(2027, 2028, 2029);
    assertThat(plan.totalCents()).isEqualTo(90_000_050L);
    assertThat(plan.multiYear()).isTrue();
    assertThat(EarmarkRules.plan("2027", List.of(500_000, 0, 0)).multiYear()).isFalse();
    assertThat(EarmarkPlan.fromVariable(plan.toVariable())).isEqualTo(plan);
  }

  @Test
  void aDraftReadsBelgianNotationAndNamesTheFirstFieldThatCannotBeRead() {
    EarmarkRules.DraftAmounts draft = EarmarkRules.draft("2027", List.of("150.000", "€ 150 000", "150.000,50"), "250.000,00");
    assertThat(draft.plan().years()).extracting(EarmarkPlan.YearAmount::cents).containsExactly(15_000_000L, 15_000_000L, 15_000_050L);
    assertThat(draft.projectMeansCents()).isEqualTo(25_000_000L);
    assertThatThrownBy(() -> EarmarkRules.draft(2027, List.of("1e10000000", 0, 0), "0")).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("earmarkYear1Euro: ").hasMessageContaining("exponent");
    assertThatThrownBy(() -> EarmarkRules.draft(2027, List.of(0, "150,000.50", 0), "0")).hasMessageStartingWith("earmarkYear2Euro: ");
    assertThatThrownBy(() -> EarmarkRules.draft(2027, List.of(0, 0, 0), "1e2147483647")).hasMessageStartingWith("projectMeansEuro: ");
    assertThatThrownBy(() -> EarmarkRules.draft(2027, List.of(0, 0, 0), null)).hasMessage("projectMeansEuro: bedrag is verplicht");
    assertThatThrownBy(() -> EarmarkRules.draft("twintig", List.of(0, 0, 0), "0")).hasMessageStartingWith("firstEarmarkYear: ");
  }

  @Test
  void missingYearIsRefused() {
    assertThatThrownBy(() -> EarmarkRules.plan(null, List.of(1, 2, 3))).hasMessageStartingWith("firstEarmarkYear:");
    assertThatThrownBy(() -> EarmarkRules.plan(1999, List.of(1, 2, 3))).hasMessageContaining("niet tussen 2016 en 2100");
    assertThatThrownBy(() -> EarmarkRules.plan("volgend jaar", List.of(1, 2, 3))).hasMessageContaining("verwacht een jaartal");
    assertThatThrownBy(() -> EarmarkRules.plan(2027.5, List.of(1, 2, 3))).hasMessageContaining("verwacht een jaartal");
  }

  @Test
  void missingNegativeOrWronglyTypedAmountIsRefused() {
    assertThatThrownBy(() -> EarmarkRules.plan(2027, Arrays.asList(1, null, 3))).hasMessage("earmarkYear2Euro: bedrag is verplicht");
    assertThatThrownBy(() -> EarmarkRules.plan(2027, List.of(1, 2, -3))).hasMessageStartingWith("earmarkYear3Euro:");
    assertThatThrownBy(() -> EarmarkRules.plan(2027, List.of(Map.of(), 2, 3))).hasMessageStartingWith("earmarkYear1Euro:");
  }

  @Test
  void eachYearIsCheckedAgainstWhatItsMaximumStillLeavesAvailable() {
    EarmarkPlan plan = EarmarkRules.plan(2027, List.of(500_000, 600_000, 100_000));
    Map<Integer, YearBalance> balances = Map.of(
        2027, new YearBalance(2027, 50_000_000L, 0, 0, 0, 0),
        2028, new YearBalance(2028, 100_000_000L, 20_000_000L, 30_000_000L, 0, 0));
    List<String> problems = AnnualCeilingCheck.problems(plan, year -> Optional.ofNullable(balances.get(year)));
    assertThat(problems).as("2029 has no maximum yet: not a problem, but conditional").containsExactly(
        "Het geoormerkte bedrag voor 2028 (€ 600.000,00) past niet binnen het jaarlijkse maximum van € 1.000.000,00:"
            + " er is nog € 500.000,00 beschikbaar.");
    assertThat(AnnualCeilingCheck.conditionalYears(plan, year -> Optional.ofNullable(balances.get(year)))).containsExactly(2029);
    assertThat(AnnualCeilingCheck.problems(EarmarkRules.plan(2027, List.of(500_000, 500_000, 0)),
        year -> Optional.of(new YearBalance(year, 50_000_000L, 0, 0, 0, 0)))).as("a year without amount needs no maximum").isEmpty();
  }

  @Test
  void yearsWithoutMaximumAreReservedConditionallyAndSaidSoInOneSentence() {
    EarmarkPlan plan = EarmarkRules.plan(2027, List.of(500_000, 400_000, 0));
    Map<Integer, YearBalance> balances = Map.of(
        2027, new YearBalance(2027, 50_000_000L, 0, 0, 0, 0), 2028, YearBalance.withoutMaximum(2028, 10_000_000L, 0));
    assertThat(AnnualCeilingCheck.problems(plan, year -> Optional.ofNullable(balances.get(year)))).isEmpty();
    assertThat(AnnualCeilingCheck.conditionalYears(plan, year -> Optional.ofNullable(balances.get(year))))
        .as("2029 carries no amount").containsExactly(2028);
    assertThat(AnnualCeilingCheck.conditionalNote(List.of(2028))).startsWith(
        "Voor 2028 is het jaarlijkse maximum van de geoormerkte middelen nog niet vastgelegd: dat bedrag is voorwaardelijk"
            + " gereserveerd, in afwachting van het jaarlijkse maximum.");
    assertThat(AnnualCeilingCheck.conditionalNote(List.of(2027, 2028, 2029))).startsWith("Voor 2027, 2028 en 2029 is")
        .contains("die bedragen zijn voorwaardelijk gereserveerd");
    assertThat(AnnualCeilingCheck.conditionalNote(List.of())).isNull();
  }

  @Test
  void aLoweredMaximumLeavesNothingAvailableRatherThanANegativeAmount() {
    EarmarkPlan plan = EarmarkRules.plan(2027, List.of(1, 0, 0));
    assertThat(AnnualCeilingCheck.problems(plan, year -> Optional.of(new YearBalance(year, 100L, 0, 500, 0, 0))))
        .singleElement().asString().contains("nog € 0,00 beschikbaar");
  }
}
