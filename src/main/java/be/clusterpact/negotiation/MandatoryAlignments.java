package be.clusterpact.negotiation;

import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.budget.EuroAmounts;
import be.clusterpact.kernel.Texts;

/** The two alignments every pact needs: FIT (internationalisation) and WSE (training and competences). */
public final class MandatoryAlignments {

  private MandatoryAlignments() {}

  /** FIT's agreements; {@code commitment} means the minister for foreign trade must approve. */
  public record FitAlignment(String agreements, boolean commitment, long budgetCents) {}

  /** WSE's agreements; a budget means the minister for work must approve. */
  public record WseAlignment(String agreements, long budgetCents) {

    public boolean budgetCommitment() {
      return budgetCents > 0;
    }
  }

  public static FitAlignment fit(Object agreements, Object commitment, Object budgetEuro) {
    long budget = orZero(EuroAmounts.optionalCents(ClusterpactProcess.FIT_BUDGET_EURO, budgetEuro));
    boolean committed = Texts.flag(ClusterpactProcess.FIT_COMMITMENT, commitment) || budget > 0;
    return new FitAlignment(Texts.required(ClusterpactProcess.FIT_INTERNATIONALISATION_AGREEMENTS, agreements, 4000), committed, budget);
  }

  public static WseAlignment wse(Object agreements, Object budgetEuro) {
    return new WseAlignment(Texts.required(ClusterpactProcess.WSE_TRAINING_AGREEMENTS, agreements, 4000),
        orZero(EuroAmounts.optionalCents(ClusterpactProcess.WSE_BUDGET_EURO, budgetEuro)));
  }

  private static long orZero(Long cents) {
    return cents == null ? 0 : cents;
  }
}
