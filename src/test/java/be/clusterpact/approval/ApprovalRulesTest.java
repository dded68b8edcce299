package be.clusterpact.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clusterpact.budget.EarmarkRules;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovalRulesTest {

  @Test
  void theEconomyMinisterAlwaysApprovesAndNoCabinetTwice() {
    assertThat(ApprovalRound.cabinets(List.of("budget", "economy", "budget"))).containsExactly("economy", "budget");
    assertThatThrownBy(() -> ApprovalRound.cabinets(List.of("defence"))).hasMessageContaining("defence");
  }

  @Test
  void theOverviewSaysPerCabinetApprovedOrRejectedWithTheBrusselsDateOrStillOpen() {
    var decisions = java.util.Map.<String, Object>of(
        "economy", java.util.Map.of("decision", "APPROVE", "decidedAt", "2026-11-25T23:30:00Z"),
        "budget", java.util.Map.of("decision", "REJECT", "decidedAt", "2026-11-26T09:00:00Z"));
    assertThat(DecisionOverview.of(List.of("economy", "budget", "work"), decisions::get)).isEqualTo("""
        - Kabinet van de Vlaamse minister van Economie en Innovatie: **goedgekeurd** op 26/11/2026
        - Kabinet van de Vlaamse minister van Begroting en Financiën: **afgekeurd** op 26/11/2026
        - Kabinet van de Vlaamse minister van Werk en Sociale Economie: nog open""");
  }

  @Test
  void aRejectionNeedsAMotivation() {
    assertThat(MinisterDecisions.decide("work", "APPROVE", null).approved()).isTrue();
    assertThat(MinisterDecisions.decide("work", "REJECT", "Te duur").motivation()).isEqualTo("Te duur");
    assertThatThrownBy(() -> MinisterDecisions.decide("work", "REJECT", "")).hasMessage("ministerMotivation: is verplicht");
    assertThatThrownBy(() -> MinisterDecisions.decide("work", "MAYBE", "x")).hasMessageStartingWith("ministerDecision:");
  }

  @Test
  void theCommitmentIsConditionalForThreeYears() {
    var plan = EarmarkRules.plan(2027, List.of(1, 2, 3));
    var commitment = ConditionalCommitments.commitment("CP-SIM-2026", plan, List.of("economy"), Instant.parse("2026-11-24T10:00:00Z"));
    assertThat(commitment).containsEntry("status", "VOORWAARDELIJK").containsEntry("totalCents", 600L)
        .containsEntry("recordedAt", "2026-11-24T10:00:00Z");
    assertThat(ApprovalRound.summary("SIM", "CP-SIM-2026", plan, 0, null, List.of("Industrie 4.0"), List.of("FIT", "WSE"),
        "Competitiviteitsprogramma van de cluster: X", "2029: voorwaardelijk, in afwachting van het jaarlijkse maximum"))
        .contains("2027: € 1,00").contains("totaal: € 6,00").contains("Agentschappen: FIT, WSE")
        .contains("Competitiviteitsprogramma van de cluster: X")
        .contains("2029: voorwaardelijk, in afwachting van het jaarlijkse maximum");
  }
}
