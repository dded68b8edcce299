package be.clusterpact.budget;

/** How the ledger names a year's state and a conditional entry, in Dutch, for the API and the forms. */
public final class YearStatus {

  static final String AWAITING_MAXIMUM = "in afwachting van het jaarlijkse maximum";

  private YearStatus() {}

  /** "Voorwaardelijk: in afwachting van het jaarlijkse maximum", "Overschreden", or "Binnen het maximum". */
  public static String of(YearBalance balance) {
    if (balance.conditional()) {
      return "Voorwaardelijk: " + AWAITING_MAXIMUM;
    }
    return balance.overcommitted() ? "Maximum overschreden: beslissing van het Hermesbeslissingscomité nodig"
        : "Binnen het maximum";
  }

  /** The kind's label, marked when the entry was booked while its year had no maximum. */
  public static String entryLabel(LedgerEntry entry) {
    return entry.conditional() ? entry.kind().label() + " (" + AWAITING_MAXIMUM + ")" : entry.kind().label();
  }
}
