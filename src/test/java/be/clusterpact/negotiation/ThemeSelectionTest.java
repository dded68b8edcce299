package be.clusterpact.negotiation;

import static be.clusterpact.process.ClusterpactProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clusterpact.kernel.JsonVariables;
import java.util.List;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

class ThemeSelectionTest {

  @Test
  void industryAndCircularEconomyAlwaysComeFirstAndCannotBeRemoved() {
    ThemeSelection.Selection selection = ThemeSelection.select(List.of("Waterstof", " ", "waterstof", "Circulaire economie"), List.of());
    assertThat(selection.themes()).containsExactly(ThemeSelection.INDUSTRY_4_0, ThemeSelection.CIRCULAR_ECONOMY, "Waterstof");
  }

  @Test
  void fitAndWseAreAlwaysNegotiatedAndNeverTwice() {
    ThemeSelection.Selection selection = ThemeSelection.select(List.of(), List.of("wse", "OVAM", "FIT", "ovam", "VEKA"));
    assertThat(selection.additionalAgencies()).containsExactly("OVAM", "VEKA");
    assertThat(selection.negotiatingAgencies()).containsExactly("FIT", "WSE", "OVAM", "VEKA");
  }

  @Test
  void unknownAgenciesAndOverlongThemesAreRefused() {
    assertThatThrownBy(() -> ThemeSelection.select(List.of(), List.of("NASA"))).hasMessage("selectedAgencies: onbekend agentschap 'NASA'");
    assertThatThrownBy(() -> ThemeSelection.select(List.of("x".repeat(201)), List.of())).hasMessageStartingWith("clusterSpecificThemes:");
  }

  @Test
  void readsAgencyListsAsTasklistAndRestClientsSendThem() {
    assertThat(JsonVariables.stringList("f", Spin.JSON("[\"OVAM\",\"MOW\"]"))).containsExactly("OVAM", "MOW");
    assertThat(JsonVariables.stringList("f", "[\"OVAM\"]")).containsExactly("OVAM");
    assertThat(JsonVariables.stringList("f", "OVAM, MOW")).containsExactly("OVAM", "MOW");
    assertThat(JsonVariables.stringList("f", null)).isEmpty();
    assertThatThrownBy(() -> JsonVariables.stringList(SELECTED_AGENCIES, Spin.JSON("{\"a\":1}"))).hasMessageStartingWith("selectedAgencies:");
    assertThatThrownBy(() -> JsonVariables.stringList(SELECTED_AGENCIES, List.of(1, 2))).hasMessageStartingWith("selectedAgencies:");
    assertThatThrownBy(() -> JsonVariables.stringList(SELECTED_AGENCIES, 12)).hasMessageStartingWith("selectedAgencies:");
  }
}
