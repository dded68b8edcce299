package be.clusterpact.budget;

import be.clusterpact.process.HermesAnnualMaximumProcess;
import be.clusterpact.kernel.Choices;
import be.clusterpact.kernel.Approvals;
import be.clusterpact.kernel.Texts;
import java.util.Optional;

/** The Hermes fund manager's yearly proposal of the maximum of earmarked means, and the cabinet's decision. */
public final class AnnualMaximumProposals {

  public static final String RESUBMIT = "RESUBMIT";
  public static final String WITHDRAW = "WITHDRAW";

  private AnnualMaximumProposals() {}

  public record Proposal(int year, long maximumCents) {}

  public static Proposal proposal(Object year, Object maximumEuro, Object motivation) {
    Texts.required(HermesAnnualMaximumProcess.PROPOSAL_MOTIVATION, motivation, 4000);
    return new Proposal(BudgetYears.parse(HermesAnnualMaximumProcess.BUDGET_YEAR, year), EuroAmounts.requiredCents(HermesAnnualMaximumProcess.MAXIMUM_EURO, maximumEuro));
  }

  /** The year's current state in one Dutch sentence, shown to the approving cabinet. */
  public static String position(int year, Optional<YearBalance> balance) {
    if (balance.isEmpty() || (balance.get().conditional() && balance.get().heldCents() == 0)) {
      return "Voor " + year + " is nog geen maximum vastgelegd; er zijn nog geen reserveringen.";
    }
    YearBalance b = balance.get();
    String held = "voorwaardelijk vastgelegd: " + EuroAmounts.format(b.committedCents()) + "; voorlopig gereserveerd: "
        + EuroAmounts.format(b.provisionalCents());
    if (b.conditional()) {
      return "Voor " + year + " is nog geen maximum vastgelegd; clusterpacten hielden dit jaar " + YearStatus.AWAITING_MAXIMUM
          + " al aan (" + held + "). Dit maximum wordt daaraan getoetst.";
    }
    return "Huidig maximum " + year + ": " + EuroAmounts.format(b.maximumCents()) + "; " + held + ".";
  }

  /** A warning when the proposal is lower than what pacts already hold for the year; {@code null} otherwise. */
  public static String warning(Proposal proposal, Optional<YearBalance> balance) {
    long held = balance.map(YearBalance::heldCents).orElse(0L);
    if (proposal.maximumCents() >= held) {
      return null;
    }
    return "Let op: het voorgestelde maximum ligt " + EuroAmounts.format(held - proposal.maximumCents())
        + " lager dan wat clusterpacten voor " + proposal.year() + " al vastgelegd of gereserveerd hebben."
        + " Vanaf het begin van dat begrotingsjaar beslist het Hermesbeslissingscomité dan per clusterpact over"
        + " een evenredige vermindering, het behoud of de stopzetting.";
  }

  /** @return whether the cabinet approved; a rejection needs a motivation */
  public static boolean approved(Object decision, Object motivation) {
    return Approvals.approved(HermesAnnualMaximumProcess.MAXIMUM_DECISION, decision, HermesAnnualMaximumProcess.MAXIMUM_DECISION_MOTIVATION, motivation);
  }

  /** @return whether the fund manager resubmits a revised proposal (else it is withdrawn) */
  public static boolean resubmitted(Object decision) {
    return RESUBMIT.equals(Choices.oneOf(HermesAnnualMaximumProcess.REVISION_DECISION, decision,
        new Choices.Option(RESUBMIT, "opnieuw voorleggen"), new Choices.Option(WITHDRAW, "intrekken")));
  }
}
