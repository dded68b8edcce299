package be.clusterpact.approval;

import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.kernel.Approvals;
import be.clusterpact.kernel.Texts;

/** One minister's decision on the pact. */
public final class MinisterDecisions {

  private MinisterDecisions() {}

  /** The process variable that keeps one cabinet's decision. */
  public static String variableName(String cabinet) {
    return "ministerDecision_" + cabinet;
  }

  public record Decision(String cabinet, boolean approved, String motivation) {}

  public static Decision decide(String cabinet, Object decision, Object motivation) {
    boolean approved = Approvals.approved(ClusterpactProcess.MINISTER_DECISION, decision, ClusterpactProcess.MINISTER_MOTIVATION, motivation);
    return new Decision(cabinet, approved, Texts.optional(ClusterpactProcess.MINISTER_MOTIVATION, motivation, 4000));
  }
}
