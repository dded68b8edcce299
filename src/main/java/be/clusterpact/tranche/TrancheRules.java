package be.clusterpact.tranche;

import be.clusterpact.process.HermesTrancheReleaseProcess;
import be.clusterpact.kernel.Choices;
import be.clusterpact.kernel.Approvals;
import be.clusterpact.kernel.Texts;

/** The decisions of the yearly tranche follow-up and the pro-rata reduction. */
public final class TrancheRules {

  public static final String REDUCE_PRO_RATA = "REDUCE_PRO_RATA";
  public static final String KEEP = "KEEP";
  public static final String STOP = "STOP";

  private TrancheRules() {}

  /**
   * A commitment scaled by maximum ÷ basis, rounded down to the cent, where the basis is what all
   * pacts held when the maximum was set: if every pact is reduced, the year ends exactly within
   * its maximum whatever order the pacts come in.
   */
  public static long proRata(long commitmentCents, long maximumCents, long basisCents) {
    if (basisCents <= maximumCents) {
      return commitmentCents;
    }
    return Math.min(commitmentCents, Math.multiplyExact(commitmentCents, maximumCents) / basisCents);
  }

  /** The VLAIO cluster team's assessment of the annual report; a rejection needs a motivation. */
  public static boolean reportApproved(Object decision, Object summary, Object motivation) {
    Texts.required(HermesTrancheReleaseProcess.ANNUAL_REPORT_SUMMARY, summary, 4000);
    return Approvals.approved(HermesTrancheReleaseProcess.REPORT_DECISION, decision, HermesTrancheReleaseProcess.REPORT_DECISION_MOTIVATION, motivation);
  }

  /** The committee's decision when the year's maximum no longer covers the commitments. */
  public static String loweredMaximumDecision(Object decision, Object motivation) {
    Texts.required(HermesTrancheReleaseProcess.LOWERED_MAXIMUM_MOTIVATION, motivation, 4000);
    return Choices.oneOf(HermesTrancheReleaseProcess.LOWERED_MAXIMUM_DECISION, decision, new Choices.Option(REDUCE_PRO_RATA, "evenredig verminderen"),
        new Choices.Option(KEEP, "behouden"), new Choices.Option(STOP, "stopzetten"));
  }
}
