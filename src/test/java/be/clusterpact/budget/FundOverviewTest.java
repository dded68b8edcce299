package be.clusterpact.budget;

import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.budget.FundOverview.PactFigures;
import be.clusterpact.budget.FundOverview.YearFigures;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fund at a glance, folded from the years and the pacts' ledger entries. */
class FundOverviewTest {

  static final Instant T = Instant.parse("2026-03-01T09:00:00Z");

  @Test
  void perYearTheCommittedAmountIsFinalWithinAMaximumAndConditionalWithoutOneWithThePactsBehindIt() {
    List<LedgerEntry> entries = List.of(
        entry(1, 2026, LedgerEntryKind.RESERVATION, 40_000_000, "CP-SIM-2025", false),
        entry(2, 2026, LedgerEntryKind.COMMITMENT, 40_000_000, "CP-SIM-2025", false),
        entry(3, 2026, LedgerEntryKind.TRANCHE_RELEASED, 40_000_000, "CP-SIM-2025", false),
        entry(4, 2026, LedgerEntryKind.RESERVATION, 10_000_000, "CP-FLUX50-2026", false),
        entry(5, 2028, LedgerEntryKind.RESERVATION, 25_000_000, "CP-FLUX50-2026", true),
        entry(6, 2028, LedgerEntryKind.COMMITMENT, 20_000_000, "CP-FLUX50-2026", true),
        entry(7, 2026, LedgerEntryKind.RESERVATION, 5_000_000, "CP-VIL-2026", false),
        entry(8, 2026, LedgerEntryKind.RESERVATION_RELEASED, 5_000_000, "CP-VIL-2026", false));
    List<YearBalance> years = List.of(
        new YearBalance(2026, 1_500_000_000L, 10_000_000, 40_000_000, 40_000_000, 0),
        new YearBalance(2027, 1_500_000_000L, 0, 0, 0, 0),
        YearBalance.withoutMaximum(2028, 5_000_000, 20_000_000));

    List<YearFigures> overview = FundOverview.of(years, entries);

    assertThat(overview).extracting(y -> y.balance().year()).containsExactly(2026, 2027, 2028);
    YearFigures y2026 = overview.get(0);
    assertThat(y2026.committedFinalCents()).isEqualTo(40_000_000);
    assertThat(y2026.committedConditionalCents()).isZero();
    assertThat(y2026.pacts()).as("a pact that gave everything back is not behind any figure").containsExactly(
        new PactFigures("CP-FLUX50-2026", 10_000_000, 0, 0),
        new PactFigures("CP-SIM-2025", 0, 40_000_000, 40_000_000));
    assertThat(overview.get(1).pacts()).isEmpty();
    YearFigures y2028 = overview.get(2);
    assertThat(y2028.committedConditionalCents()).isEqualTo(20_000_000);
    assertThat(y2028.committedFinalCents()).isZero();
    assertThat(y2028.pacts()).containsExactly(new PactFigures("CP-FLUX50-2026", 5_000_000, 20_000_000, 0));
  }

  private static LedgerEntry entry(long id, int year, LedgerEntryKind kind, long cents, String pact, boolean conditional) {
    return new LedgerEntry(id, year, kind, cents, pact, "pi-" + pact, "step-" + id, "tester", T.plusSeconds(id), null, conditional);
  }
}
