package be.clusterpact.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerRulesTest {

  @Test
  void eachKindMovesTheYearsTotals() {
    YearBalance year = new YearBalance(2030, 1_000L, 0, 0, 0, 0);
    year = LedgerEntryKind.RESERVATION.apply(year, 600);
    assertThat(year.availableCents()).isEqualTo(400);
    year = LedgerEntryKind.COMMITMENT.apply(year, 600);
    assertThat(year).isEqualTo(new YearBalance(2030, 1_000L, 0, 600, 0, 0));
    year = LedgerEntryKind.TRANCHE_RELEASED.apply(year, 600);
    assertThat(year.availableCents()).as("a released tranche stays spent").isEqualTo(400);
    assertThat(LedgerEntryKind.COMMITMENT_CANCELLED.apply(new YearBalance(2030, 1_000L, 0, 600, 0, 0), 600).availableCents())
        .isEqualTo(1_000);
    assertThat(LedgerEntryKind.MAXIMUM_SET.apply(year, 5)).isEqualTo(year);
  }

  @Test
  void aYearWithoutMaximumHoldsItsAmountsConditionallyAndIsNeverOvercommitted() {
    YearBalance year = LedgerEntryKind.RESERVATION.apply(YearBalance.withoutMaximum(2032, 0, 0), 900);
    year = LedgerEntryKind.COMMITMENT.apply(year, 900);
    assertThat(year).isEqualTo(YearBalance.withoutMaximum(2032, 0, 900));
    assertThat(year.conditional()).isTrue();
    assertThat(year.maximumSet()).isFalse();
    assertThat(year.heldCents()).isEqualTo(900);
    assertThat(year.overcommitted()).as("nothing to exceed yet").isFalse();
    assertThatThrownBy(year::availableCents).isInstanceOf(IllegalStateException.class).hasMessageContaining("2032");
    assertThat(YearStatus.of(year)).isEqualTo("Voorwaardelijk: in afwachting van het jaarlijkse maximum");
    assertThat(YearStatus.of(new YearBalance(2032, 800L, 0, 900, 0, 900))).startsWith("Maximum overschreden");
    assertThat(YearStatus.of(new YearBalance(2032, 900L, 0, 900, 0, 900))).isEqualTo("Binnen het maximum");
  }

  @Test
  void theCabinetSeesWhatAYearWithoutMaximumAlreadyHolds() {
    assertThat(AnnualMaximumProposals.position(2032, Optional.of(YearBalance.withoutMaximum(2032, 20_000_000L, 50_000_000L))))
        .isEqualTo("Voor 2032 is nog geen maximum vastgelegd; clusterpacten hielden dit jaar in afwachting van het jaarlijkse"
            + " maximum al aan (voorwaardelijk vastgelegd: € 500.000,00; voorlopig gereserveerd: € 200.000,00)."
            + " Dit maximum wordt daaraan getoetst.");
    assertThat(AnnualMaximumProposals.position(2032, Optional.of(YearBalance.withoutMaximum(2032, 0, 0))))
        .isEqualTo("Voor 2032 is nog geen maximum vastgelegd; er zijn nog geen reserveringen.");
    AnnualMaximumProposals.Proposal low = AnnualMaximumProposals.proposal(2032, "600000", "Begroting 2032");
    assertThat(AnnualMaximumProposals.warning(low, Optional.of(YearBalance.withoutMaximum(2032, 20_000_000L, 50_000_000L))))
        .contains("€ 100.000,00 lager");
  }

  @Test
  void aConditionalEntryIsLabelledAsAwaitingTheMaximum() {
    LedgerEntry conditional = new LedgerEntry(1, 2032, LedgerEntryKind.RESERVATION, 5, "CP-X-2026", "pi", "reservation-1",
        "test", Instant.EPOCH, null, true);
    assertThat(YearStatus.entryLabel(conditional)).isEqualTo("Voorlopig gereserveerd (in afwachting van het jaarlijkse maximum)");
    assertThat(YearStatus.entryLabel(entry(2032, LedgerEntryKind.RESERVATION, 5))).isEqualTo("Voorlopig gereserveerd");
  }

  @Test
  void aPactsPositionIsFoldedFromItsEntriesOfThatYear() {
    List<LedgerEntry> entries = List.of(
        entry(2030, LedgerEntryKind.RESERVATION, 500), entry(2031, LedgerEntryKind.RESERVATION, 300),
        entry(2030, LedgerEntryKind.RESERVATION_RELEASED, 500), entry(2030, LedgerEntryKind.RESERVATION, 400),
        entry(2030, LedgerEntryKind.COMMITMENT, 400), entry(2030, LedgerEntryKind.COMMITMENT_REDUCED, 100),
        entry(2030, LedgerEntryKind.TRANCHE_RELEASED, 300));
    assertThat(PactYearPosition.of(2030, entries)).isEqualTo(new PactYearPosition(2030, 0, 300, 300));
    assertThat(PactYearPosition.of(2030, entries).openCommitmentCents()).isZero();
    assertThat(PactYearPosition.of(2031, entries)).isEqualTo(new PactYearPosition(2031, 300, 0, 0));
  }

  @Test
  void aProposalNamesItsFieldsAndWarnsWhenBelowWhatIsHeld() {
    AnnualMaximumProposals.Proposal proposal = AnnualMaximumProposals.proposal("2031", "8000000", "Begroting 2031");
    assertThat(proposal).isEqualTo(new AnnualMaximumProposals.Proposal(2031, 800_000_000L));
    assertThat(AnnualMaximumProposals.warning(proposal, Optional.of(new YearBalance(2031, 1_500_000_000L, 0, 1_200_000_000L, 0, 0))))
        .contains("€ 4.000.000,00 lager");
    assertThat(AnnualMaximumProposals.warning(proposal, Optional.empty())).isNull();
    assertThatThrownBy(() -> AnnualMaximumProposals.proposal(2031, "-1", "x")).hasMessageStartingWith("maximumEuro:");
    assertThatThrownBy(() -> AnnualMaximumProposals.proposal("twintig", "1", "x")).hasMessageStartingWith("budgetYear:");
    assertThatThrownBy(() -> AnnualMaximumProposals.proposal(2031, "1", " ")).hasMessageStartingWith("proposalMotivation:");
  }

  @Test
  void aRejectionNeedsAMotivation() {
    assertThat(AnnualMaximumProposals.approved("APPROVE", null)).isTrue();
    assertThat(AnnualMaximumProposals.approved("REJECT", "Te hoog")).isFalse();
    assertThatThrownBy(() -> AnnualMaximumProposals.approved("REJECT", "")).hasMessageStartingWith("maximumDecisionMotivation:");
    assertThatThrownBy(() -> AnnualMaximumProposals.approved("MAYBE", null)).hasMessageStartingWith("maximumDecision:");
    assertThat(AnnualMaximumProposals.resubmitted("WITHDRAW")).isFalse();
    assertThatThrownBy(() -> AnnualMaximumProposals.resubmitted("LATER")).hasMessageStartingWith("revisionDecision:");
  }

  @Test
  void availabilityNamesTheYearWhatIsLeftNeverBelowZeroOrThatNoMaximumIsSet() {
    assertThat(AnnualCeilingCheck.availability(2027, java.util.Optional.of(new YearBalance(2027, 1_500_000_000L, 100_000_000L, 40_000_000L, 0, 0))))
        .isEqualTo("2027: nog € 13.600.000,00 beschikbaar van het jaarlijkse maximum van € 15.000.000,00");
    assertThat(AnnualCeilingCheck.availability(2028, java.util.Optional.of(new YearBalance(2028, 10_000L, 20_000L, 0, 0, 0))))
        .startsWith("2028: nog € 0,00 beschikbaar");
    assertThat(AnnualCeilingCheck.availability(2029, java.util.Optional.of(YearBalance.withoutMaximum(2029, 5, 0))))
        .isEqualTo("2029: nog geen maximum vastgelegd (een bedrag wordt voorwaardelijk gereserveerd)");
    assertThat(AnnualCeilingCheck.availability(2030, java.util.Optional.empty())).startsWith("2030: nog geen maximum vastgelegd");
  }

  private static LedgerEntry entry(int year, LedgerEntryKind kind, long cents) {
    return new LedgerEntry(0, year, kind, cents, "CP-X-2026", "pi", "step", "test", Instant.EPOCH, null, false);
  }
}
