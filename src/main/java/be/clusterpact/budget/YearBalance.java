package be.clusterpact.budget;

/**
 * One budget year of the Hermes fund: its maximum and the totals of all pacts. Released tranches
 * are part of the committed amount (paid out of it).
 *
 * @param reductionBasisCents committed + provisional when the maximum was last set; a pro-rata
 *     reduction scales every commitment by maximum ÷ this basis
 */
public record YearBalance(int year, long maximumCents, long provisionalCents, long committedCents, long releasedCents,
                          long reductionBasisCents) {

  /** What new reservations may still take; negative when the maximum was lowered below the commitments. */
  public long availableCents() {
    return maximumCents - provisionalCents - committedCents;
  }

  /** The maximum no longer covers what is reserved and committed. */
  public boolean overcommitted() {
    return availableCents() < 0;
  }
}
