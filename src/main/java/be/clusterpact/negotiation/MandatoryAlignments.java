package be.clusterpact.negotiation;

import be.clusterpact.budget.EuroAmounts;
import be.clusterpact.platform.Texts;

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
    long budget = orZero(EuroAmounts.optionalCents("fitBudgetEuro", budgetEuro));
    boolean committed = Texts.flag("fitCommitment", commitment) || budget > 0;
    return new FitAlignment(Texts.required("fitInternationalisationAgreements", agreements, 4000), committed, budget);
  }

  public static WseAlignment wse(Object agreements, Object budgetEuro) {
    return new WseAlignment(Texts.required("wseTrainingAgreements", agreements, 4000),
        orZero(EuroAmounts.optionalCents("wseBudgetEuro", budgetEuro)));
  }

  private static long orZero(Long cents) {
    return cents == null ? 0 : cents;
  }
}
