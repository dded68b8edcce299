package be.clusterpact.budget;

/** What a ledger entry does to the year's totals. Amounts of entries are never negative. */
public enum LedgerEntryKind {
  /** The year's maximum was set to the entry's amount; no total changes. */
  MAXIMUM_SET("Jaarlijks maximum vastgelegd", 0, 0, 0),
  /** A pact passed the budget check: its yearly amount is held provisionally. */
  RESERVATION("Voorlopig gereserveerd", +1, 0, 0),
  /** A provisional reservation is given back (rejected by a minister, pact stopped, redrafted). */
  RESERVATION_RELEASED("Voorlopige reservering vrijgegeven", -1, 0, 0),
  /** The ministers approved: the provisional amount becomes a conditional commitment. */
  COMMITMENT("Voorwaardelijk vastgelegd", -1, +1, 0),
  /** Part of a commitment is given back after the maximum was lowered (pro rata). */
  COMMITMENT_REDUCED("Engagement verminderd", 0, -1, 0),
  /** A commitment is given back: annual report rejected or funding stopped. */
  COMMITMENT_CANCELLED("Engagement geannuleerd", 0, -1, 0),
  /** The year's tranche is paid out after the annual report was approved. */
  TRANCHE_RELEASED("Tranche vrijgegeven", 0, 0, +1);

  private final String label;
  private final int provisional;
  private final int committed;
  private final int released;

  LedgerEntryKind(String label, int provisional, int committed, int released) {
    this.label = label;
    this.provisional = provisional;
    this.committed = committed;
    this.released = released;
  }

  public String label() {
    return label;
  }

  /** The year's totals after booking an entry of this kind. */
  public YearBalance apply(YearBalance balance, long cents) {
    return new YearBalance(balance.year(), balance.maximumCents(),
        balance.provisionalCents() + provisional * cents,
        balance.committedCents() + committed * cents,
        balance.releasedCents() + released * cents,
        balance.reductionBasisCents());
  }

  /** The pact's own position in a year after booking an entry of this kind. */
  public PactYearPosition apply(PactYearPosition position, long cents) {
    return new PactYearPosition(position.year(),
        position.provisionalCents() + provisional * cents,
        position.committedCents() + committed * cents,
        position.releasedCents() + released * cents);
  }
}
