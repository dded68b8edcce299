package be.clusterpact.tranche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrancheRulesTest {

  @Test
  void proRataScalesByTheMaximumOverWhatWasHeldWhenItWasSet() {
    // Two pacts of 6 M under a maximum lowered from 15 M to 8 M while they held 12 M: 4 M each, 8 M in all.
    assertThat(TrancheRules.proRata(600_000_000L, 800_000_000L, 1_200_000_000L)).isEqualTo(400_000_000L);
    assertThat(TrancheRules.proRata(100L, 2L, 3L)).as("rounded down to the cent").isEqualTo(66L);
    assertThat(TrancheRules.proRata(500L, 1_000L, 800L)).as("nothing to reduce").isEqualTo(500L);
  }

  @Test
  void reportAssessmentNeedsASummaryAndARejectionAMotivation() {
    assertThat(TrancheRules.reportApproved("APPROVE", "Verslag", null)).isTrue();
    assertThat(TrancheRules.reportApproved("REJECT", "Verslag", "Doelen niet gehaald")).isFalse();
    assertThatThrownBy(() -> TrancheRules.reportApproved("REJECT", "Verslag", null)).hasMessageStartingWith("reportDecisionMotivation:");
    assertThatThrownBy(() -> TrancheRules.reportApproved("APPROVE", "", null)).hasMessageStartingWith("annualReportSummary:");
    assertThatThrownBy(() -> TrancheRules.reportApproved("OK", "Verslag", null)).hasMessageStartingWith("reportDecision:");
  }

  @Test
  void loweredMaximumDecisionIsOneOfThreeWithAMotivation() {
    assertThat(TrancheRules.loweredMaximumDecision("KEEP", "Strategisch belangrijk")).isEqualTo("KEEP");
    assertThatThrownBy(() -> TrancheRules.loweredMaximumDecision("HALVE", "x")).hasMessageStartingWith("loweredMaximumDecision:");
    assertThatThrownBy(() -> TrancheRules.loweredMaximumDecision("STOP", null)).hasMessageStartingWith("loweredMaximumMotivation:");
  }

  @Test
  void aBudgetYearStartsAtMidnightInBrussels() {
    assertThat(new HermesCalendar().startOfYear(2027).toInstant()).isEqualTo(Instant.parse("2026-12-31T23:00:00Z"));
  }

  @Test
  void aBudgetYearHasPassedWhenTheNextOneStartsInBrussels() {
    assertThat(new HermesCalendar().endOfYear(2027).toInstant()).isEqualTo(Instant.parse("2027-12-31T23:00:00Z"));
    assertThat(new HermesCalendar().endOfYear(2027L)).isEqualTo(new HermesCalendar().startOfYear(2028));
  }
}
