package be.clusterpact.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clusterpact.platform.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EuroAmountsTest {

  @Test
  void readsWholeEurosDecimalsAndTextExactly() {
    assertThat(EuroAmounts.requiredCents("x", 250_000)).isEqualTo(25_000_000L);
    assertThat(EuroAmounts.requiredCents("x", 250_000L)).isEqualTo(25_000_000L);
    assertThat(EuroAmounts.requiredCents("x", 0.1)).isEqualTo(10L);
    assertThat(EuroAmounts.requiredCents("x", "1234.56")).isEqualTo(123_456L);
    assertThat(EuroAmounts.requiredCents("x", "1234,5")).isEqualTo(123_450L);
    assertThat(EuroAmounts.requiredCents("x", new BigDecimal("99.99"))).isEqualTo(9_999L);
  }

  @Test
  void refusesNegativeFractionalCentsAbsurdAndWrongTypes() {
    assertThatThrownBy(() -> EuroAmounts.requiredCents("earmarkYear2Euro", -1))
        .isInstanceOf(InvalidInputException.class).hasMessage("earmarkYear2Euro: bedrag mag niet negatief zijn");
    assertThatThrownBy(() -> EuroAmounts.requiredCents("x", "10.001")).hasMessageContaining("twee decimalen");
    assertThatThrownBy(() -> EuroAmounts.requiredCents("x", 2_000_000_000)).hasMessageContaining("onrealistisch");
    assertThatThrownBy(() -> EuroAmounts.requiredCents("x", "abc")).hasMessageContaining("verwacht een bedrag");
    assertThatThrownBy(() -> EuroAmounts.requiredCents("x", true)).hasMessageContaining("Boolean");
    assertThatThrownBy(() -> EuroAmounts.requiredCents("x", Double.NaN)).hasMessageContaining("verwacht een bedrag");
    assertThatThrownBy(() -> EuroAmounts.requiredCents("projectMeansEuro", null)).hasMessage("projectMeansEuro: bedrag is verplicht");
  }

  @Test
  void formatsInDutch() {
    assertThat(EuroAmounts.format(125_000_050L)).isEqualTo("€ 1.250.000,50");
    assertThat(EuroAmounts.optionalCents("x", " ")).isNull();
  }
}
