package be.clusterpact.budget;

import java.util.List;

/** What one pact holds in one budget year, folded from its ledger entries. */
public record PactYearPosition(int year, long provisionalCents, long committedCents, long releasedCents) {

  public static PactYearPosition empty(int year) {
    return new PactYearPosition(year, 0, 0, 0);
  }

  /** The pact's position from its entries of that year, in booking order. */
  public static PactYearPosition of(int year, List<LedgerEntry> entries) {
    PactYearPosition position = empty(year);
    for (LedgerEntry entry : entries) {
      if (entry.year() == year) {
        position = entry.kind().apply(position, entry.amountCents());
      }
    }
    return position;
  }

  /** Committed but not yet paid out: what a cancellation or reduction can still give back. */
  public long openCommitmentCents() {
    return committedCents - releasedCents;
  }
}
