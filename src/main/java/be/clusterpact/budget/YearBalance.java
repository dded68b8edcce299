package be.clusterpact.budget;

/**
 * One budget year of the Hermes fund: its maximum and the totals of all pacts. Released tranches
 * are part of the committed amount (paid out of it).
 *
 * @param maximumCents the year's maximum; {@code null} while it is not set yet, and then everything
 *     the year holds is conditional ("in afwachting van het jaarlijkse maximum")
 * @param reductionBasisCents committed + provisional when the maximum was last set; a pro-rata
 *     reduction scales every commitment by maximum ÷ this basis
 */
public record YearBalance(int year, Long maximumCents, long provisionalCents, long committedCents, long releasedCents,
                          long reductionBasisCents) {

  /** A year whose maximum is not set yet, holding these amounts conditionally. */
  public static YearBalance withoutMaximum(int year, long provisionalCents, long committedCents) {
    return new YearBalance(year, null, provisionalCents, committedCents, 0, 0);
  }

  public boolean maximumSet() {
    return maximumCents != null;
  }

  /** No maximum yet: what the year holds was reserved and committed without a check against one. */
  public boolean conditional() {
    return !maximumSet();
  }

  /** What pacts hold in the year: provisional reservations and commitments (released tranches included). */
  public long heldCents() {
    return provisionalCents + committedCents;
  }

  /**
   * What new reservations may still take; negative when the maximum was set below the commitments.
   *
   * @throws IllegalStateException for a year without maximum
   */
  public long availableCents() {
    if (!maximumSet()) {
      throw new IllegalStateException("Budget year " + year + " has no maximum yet");
    }
    return maximumCents - heldCents();
  }

  /** The maximum does not cover what is reserved and committed. */
  public boolean overcommitted() {
    return maximumSet() && availableCents() < 0;
  }
}
