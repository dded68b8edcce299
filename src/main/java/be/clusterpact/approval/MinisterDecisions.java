package be.clusterpact.approval;

import be.clusterpact.platform.InvalidInputException;
import be.clusterpact.platform.Texts;

/** One minister's decision on the pact. */
public final class MinisterDecisions {

  public static final String APPROVE = "APPROVE";
  public static final String REJECT = "REJECT";

  private MinisterDecisions() {}

  /** The process variable that keeps one cabinet's decision. */
  public static String variableName(String cabinet) {
    return "ministerDecision_" + cabinet;
  }

  public record Decision(String cabinet, boolean approved, String motivation) {}

  public static Decision decide(String cabinet, Object decision, Object motivation) {
    String choice = Texts.required("ministerDecision", decision, 10);
    if (APPROVE.equals(choice)) {
      return new Decision(cabinet, true, Texts.optional("ministerMotivation", motivation, 4000));
    }
    if (REJECT.equals(choice)) {
      return new Decision(cabinet, false, Texts.required("ministerMotivation", motivation, 4000));
    }
    throw new InvalidInputException("ministerDecision", "kies APPROVE (goedkeuren) of REJECT (afkeuren)");
  }
}
