package be.clusterpact.approval;

import be.clusterpact.budget.EarmarkPlan;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The approved pact's conditional three-year commitment of earmarked Hermes means. */
public final class ConditionalCommitments {

  public static final String CONDITIONAL = "VOORWAARDELIJK";

  private ConditionalCommitments() {}

  public static Map<String, Object> commitment(String businessKey, EarmarkPlan plan, List<String> approvedBy, Instant at) {
    if (plan.years().size() != EarmarkPlan.YEARS) {
      throw new IllegalStateException("A commitment covers exactly three years, got " + plan.years().size());
    }
    Map<String, Object> commitment = new LinkedHashMap<>();
    commitment.put("businessKey", businessKey);
    commitment.put("status", CONDITIONAL);
    commitment.put("condition", "Jaarlijkse vrijgave na beoordeling van het jaarverslag van de cluster, binnen het jaarlijkse maximum van de geoormerkte middelen.");
    commitment.put("years", plan.toVariable());
    commitment.put("totalCents", plan.totalCents());
    commitment.put("approvedBy", approvedBy);
    commitment.put("recordedAt", at.toString());
    return commitment;
  }
}
