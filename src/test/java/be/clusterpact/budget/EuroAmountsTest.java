package be.clusterpact.budget;

import static be.clusterpact.process.ClusterpactProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clusterpact.kernel.InvalidInputException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EuroAmountsTest {

  /** Amounts as a Fleming types them, and the cents they mean. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @CsvSource(delimiter = '|', textBlock = """
      150.000              | 15000000
      150 000              | 15000000
      150\u00A0000         | 15000000
      150\u202F000         | 15000000
      150.000,50           | 15000050
      150 000,5            | 15000050
      € 150.000            | 15000000
      €150.000             | 15000000
      150.000 €            | 15000000
      150.000€             | 15000000
      EUR 150.000          | 15000000
      150.000 EUR          | 15000000
      euro 150.000         | 15000000
      150.000 euro         | 15000000
      150.000,-            | 15000000
      1.500                | 150000
      1.500.000            | 150000000
      1 500 000,99         | 150000099
      400000               | 40000000
      400000,50            | 40000050
      400000.50            | 40000050
      12.5                 | 1250
      0                    | 0
      0,01                 | 1
      007                  | 700
      999.999.999,99       | 99999999999
      1.000.000.000        | 100000000000
      '  150.000  '        | 15000000
      """)
  @interface Accepted {}

  /** Ambiguous or malformed text, and what the refusal says. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @CsvSource(delimiter = '|', textBlock = """
      1.50.000             | groepeer per drie cijfers
      150.0000             | groepeer per drie cijfers
      1.5000               | groepeer per drie cijfers
      0.500                | groepeer per drie cijfers
      .500                 | groepeer per drie cijfers
      150..000             | groepeer per drie cijfers
      150  000             | groepeer per drie cijfers
      1.50,00              | groepeer per drie cijfers
      1.50,-               | groepeer per drie cijfers
      1.500 000            | ofwel punten ofwel spaties
      150,000.50           | een punt na de komma
      1,500,000            | meer dan één komma
      150,50,-             | meer dan één komma
      150,000              | hoogstens twee decimalen
      150,-50              | verwacht een bedrag in euro
      150,001              | twee decimalen
      150,0001             | meer dan twee decimalen
      1.000.50             | decimalen na een komma
      1 000.50             | decimalen na een komma
      1e5                  | exponent
      1E10000000           | exponent
      1e10000000           | exponent
      1e2147483647         | exponent
      1.5e3                | exponent
      -150                 | niet negatief
      − 150                | niet negatief
      € -150               | niet negatief
      +150                 | geen plusteken
      1.000.000.000.000    | meer dan 12 cijfers vóór de komma
      1234567890123        | meer dan 12 cijfers vóór de komma
      1.000.000.001        | onrealistisch groot
      999999999999,99      | onrealistisch groot
      veel                 | verwacht een bedrag in euro
      150 duizend          | verwacht een bedrag in euro
      € 150 €              | verwacht een bedrag in euro
      €                    | verwacht een bedrag in euro
      ,50                  | verwacht een bedrag in euro
      150,                 | verwacht een bedrag in euro
      0x10                 | verwacht een bedrag in euro
      150_000              | verwacht een bedrag in euro
      ١٥٠                  | verwacht een bedrag in euro
      NaN                  | verwacht een bedrag in euro
      Infinity             | verwacht een bedrag in euro
      """)
  @interface Refused {}

  @ParameterizedTest(name = "''{0}'' is {1} cents")
  @Accepted
  void readsBelgianNotationAsAFlemingMeansIt(String typed, long cents) {
    assertThat(EuroAmounts.requiredCents(EARMARK_YEAR1_EURO, typed)).isEqualTo(cents);
  }

  /** Ambiguous or malformed text: refused with a message naming the field and saying what is wrong. */
  @ParameterizedTest(name = "''{0}'' is refused: {1}")
  @Refused
  void refusesAmbiguousAndMalformedTextNamingTheField(String typed, String problem) {
    assertThatThrownBy(() -> EuroAmounts.requiredCents(EARMARK_YEAR2_EURO, typed))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("earmarkYear2Euro: ").hasMessageContaining(problem)
        .extracting(e -> ((InvalidInputException) e).field()).isEqualTo(EARMARK_YEAR2_EURO);
  }

  @Test
  void refusesExponentsAndHugeTextBeforeAnyArithmetic() {
    // Each would take seconds (or never end) as BigDecimal arithmetic; refused on length and shape alone.
    assertThatThrownBy(() -> EuroAmounts.requiredCents(PROJECT_MEANS_EURO, "1e10000000")).hasMessageContaining("exponent");
    assertThatThrownBy(() -> EuroAmounts.requiredCents(PROJECT_MEANS_EURO, "9".repeat(10_000)))
        .hasMessage("projectMeansEuro: te lang voor een bedrag (meer dan 40 tekens)");
    assertThatThrownBy(() -> EuroAmounts.requiredCents(PROJECT_MEANS_EURO, " ".repeat(50) + "150.000"))
        .hasMessageContaining("te lang");
    assertThatThrownBy(() -> EuroAmounts.requiredCents(PROJECT_MEANS_EURO, new BigDecimal("1e10000000")))
        .hasMessageContaining("onrealistisch");
    assertThatThrownBy(() -> EuroAmounts.requiredCents(PROJECT_MEANS_EURO, new BigDecimal("1e-10000000")))
        .hasMessageContaining("twee decimalen");
    assertThatThrownBy(() -> EuroAmounts.requiredCents(PROJECT_MEANS_EURO, new BigDecimal("1e2147483647")))
        .hasMessageContaining("onrealistisch");
    assertThatThrownBy(() -> EuroAmounts.requiredCents(PROJECT_MEANS_EURO, BigInteger.TEN.pow(10_000)))
        .hasMessageContaining("onrealistisch");
  }

  @Test
  void readsNumbersFromRestJsonExactly() {
    assertThat(EuroAmounts.requiredCents("x", 250_000)).isEqualTo(25_000_000L);
    assertThat(EuroAmounts.requiredCents("x", 250_000L)).isEqualTo(25_000_000L);
    assertThat(EuroAmounts.requiredCents("x", (short) 25)).isEqualTo(2_500L);
    assertThat(EuroAmounts.requiredCents("x", BigInteger.valueOf(250_000))).isEqualTo(25_000_000L);
    assertThat(EuroAmounts.requiredCents("x", 0.1)).isEqualTo(10L);
    assertThat(EuroAmounts.requiredCents("x", 150000.5)).isEqualTo(15_000_050L);
    assertThat(EuroAmounts.requiredCents("x", 1.5e5)).isEqualTo(15_000_000L);
    assertThat(EuroAmounts.requiredCents("x", 12.5f)).isEqualTo(1_250L);
    assertThat(EuroAmounts.requiredCents("x", new BigDecimal("99.99"))).isEqualTo(9_999L);
    assertThat(EuroAmounts.requiredCents("x", new BigDecimal("1.5E+5"))).isEqualTo(15_000_000L);
    assertThat(EuroAmounts.requiredCents("x", new BigDecimal("10.000"))).isEqualTo(1_000L);
    assertThat(EuroAmounts.requiredCents("x", new BigDecimal("0E-1000"))).isZero();
  }

  @Test
  void refusesNegativeFractionalCentsAbsurdAndWrongTypes() {
    assertThatThrownBy(() -> EuroAmounts.requiredCents(EARMARK_YEAR2_EURO, -1))
        .isInstanceOf(InvalidInputException.class).hasMessage("earmarkYear2Euro: bedrag mag niet negatief zijn");
    assertThatThrownBy(() -> EuroAmounts.requiredCents("x", -0.5)).hasMessageContaining("negatief");
    assertThatThrownBy(() -> EuroAmounts.requiredCents("x", new BigDecimal("-1"))).hasMessageContaining("negatief");
    assertThatThrownBy(() -> EuroAmounts.requiredCents("x", Long.MIN_VALUE)).hasMessageContaining("negatief");
    assertThatThrownBy(() -> EuroAmounts.requiredCents("x", 10.005)).hasMessageContaining("twee decimalen");
    assertThatThrownBy(() -> EuroAmounts.requiredCents("x", new BigDecimal("10.001"))).hasMessageContaining("twee decimalen");
    assertThatThrownBy(() -> EuroAmounts.requiredCents("x", 1e-300)).hasMessageContaining("twee decimalen");
    assertThatThrownBy(() -> EuroAmounts.requiredCents("x", 2_000_000_000)).hasMessageContaining("onrealistisch");
    assertThatThrownBy(() -> EuroAmounts.requiredCents("x", Long.MAX_VALUE)).hasMessageContaining("onrealistisch");
    assertThatThrownBy(() -> EuroAmounts.requiredCents("x", Double.MAX_VALUE)).hasMessageContaining("onrealistisch");
    assertThatThrownBy(() -> EuroAmounts.requiredCents("x", 1e12)).hasMessageContaining("onrealistisch");
    assertThatThrownBy(() -> EuroAmounts.requiredCents("x", true)).hasMessageContaining("Boolean");
    assertThatThrownBy(() -> EuroAmounts.requiredCents("x", Double.NaN)).hasMessageContaining("verwacht een bedrag");
    assertThatThrownBy(() -> EuroAmounts.requiredCents("x", Double.POSITIVE_INFINITY)).hasMessageContaining("verwacht een bedrag");
    assertThatThrownBy(() -> EuroAmounts.requiredCents(PROJECT_MEANS_EURO, null)).hasMessage("projectMeansEuro: bedrag is verplicht");
    assertThatThrownBy(() -> EuroAmounts.requiredCents(PROJECT_MEANS_EURO, " \u00A0")).hasMessage("projectMeansEuro: bedrag is verplicht");
  }

  @Test
  void controlCharactersAreNotEchoedInTheMessage() {
    assertThatThrownBy(() -> EuroAmounts.requiredCents("x", "15\u00000")).hasMessage(
        "x: verwacht een bedrag in euro, bv. 150.000 of 150.000,50; kreeg '15?0'");
  }

  @Test
  void formatsInBelgianNotationAndReadsItsOwnPrefillBack() {
    assertThat(EuroAmounts.format(125_000_050L)).isEqualTo("€ 1.250.000,50");
    assertThat(EuroAmounts.format(0)).isEqualTo("€ 0,00");
    assertThat(EuroAmounts.typed(25_000_000L)).isEqualTo("250.000,00");
    for (long cents : new long[] {0, 1, 99, 100, 150_000_00, 25_000_000, 123_456_789, EuroAmounts.MAXIMUM_CENTS}) {
      assertThat(EuroAmounts.requiredCents(PROJECT_MEANS_EURO, EuroAmounts.typed(cents))).isEqualTo(cents);
      assertThat(EuroAmounts.requiredCents(PROJECT_MEANS_EURO, EuroAmounts.format(cents))).isEqualTo(cents);
    }
    assertThat(EuroAmounts.optionalCents("x", " ")).isNull();
  }
}
