package be.clusterpact.approval;

import be.clusterpact.budget.EarmarkPlan;
import be.clusterpact.budget.EuroAmounts;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Prepares the ministers' approval round from the DMN result and the draft pact. */
public final class ApprovalRound {

  private ApprovalRound() {}

  /** The cabinets in DMN order, each once; the economy minister is always among them. */
  public static List<String> cabinets(List<?> dmnResult) {
    Set<String> cabinets = new LinkedHashSet<>();
    cabinets.add(CabinetCatalogue.ECONOMY);
    for (Object cabinet : dmnResult) {
      if (!(cabinet instanceof String code) || !CabinetCatalogue.isKnown(code)) {
        throw new IllegalStateException("The approving-ministers decision returned an unknown cabinet: " + cabinet);
      }
      cabinets.add(code);
    }
    return List.copyOf(cabinets);
  }

  /** What the ministers and signatories read: the pact in a few lines. */
  public static String summary(String clusterName, String businessKey, EarmarkPlan plan, long projectMeansCents,
      String nonFinancialCommitments, List<String> themes, List<String> agencies) {
    StringBuilder text = new StringBuilder();
    text.append("Clusterpact ").append(clusterName).append(" (").append(businessKey).append(")\n");
    text.append("Geoormerkte middelen Hermesfonds (voorwaardelijk engagement voor drie jaar):");
    for (EarmarkPlan.YearAmount year : plan.years()) {
      text.append("\n  ").append(year.year()).append(": ").append(EuroAmounts.format(year.cents()));
    }
    text.append("\n  totaal: ").append(EuroAmounts.format(plan.totalCents()));
    text.append("\nProjectmiddelen: ").append(EuroAmounts.format(projectMeansCents));
    if (nonFinancialCommitments != null && !nonFinancialCommitments.isBlank()) {
      text.append("\nNiet-financiële engagementen:\n").append(nonFinancialCommitments);
    }
    text.append("\nThema's: ").append(String.join("; ", themes));
    text.append("\nAgentschappen: ").append(String.join(", ", agencies));
    return text.toString();
  }
}
