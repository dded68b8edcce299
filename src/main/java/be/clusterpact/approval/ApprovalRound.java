package be.clusterpact.approval;

import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.budget.EarmarkPlan;
import be.clusterpact.budget.EuroAmounts;
import be.clusterpact.negotiation.PolicyDomains;
import be.clusterpact.kernel.JsonVariables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Prepares the ministers' approval round from the DMN result and the draft pact. */
public final class ApprovalRound {

  /** The cabinets asked in this round (JSON list). */
  public static final String CABINETS = ClusterpactProcess.APPROVING_MINISTERS;
  /** Per cabinet, the commitments in its policy domains (JSON map of lists). */
  public static final String REASONS = "approvalReasons";

  private ApprovalRound() {}

  /** The round so far: cabinets in the order they were found, and why each is asked. */
  public record Round(List<String> cabinets, Map<String, List<String>> reasons) {}

  /**
   * The round with the cabinet the approving-ministers table gives for one policy domain; a domain
   * the table does not know is a modelling error (an incident), not user input.
   */
  public static Round withCabinet(Object cabinetsSoFar, Object reasonsSoFar, String policyDomain, Object cabinet,
      Object domainCommitments) {
    if (!(cabinet instanceof String code) || !CabinetCatalogue.isKnown(code)) {
      throw new IllegalStateException("Decision_ApprovingMinisters gives no known cabinet for policy domain "
          + policyDomain + " (got " + cabinet + "); add or correct its row in bpmn/approving-ministers.dmn");
    }
    Set<String> cabinets = new LinkedHashSet<>(JsonVariables.stringList(CABINETS, cabinetsSoFar));
    cabinets.add(code);
    Map<String, List<String>> reasons = new LinkedHashMap<>();
    if (reasonsSoFar instanceof Map<?, ?> map) {
      map.forEach((k, v) -> reasons.put((String) k, new ArrayList<>(JsonVariables.stringList(REASONS, v))));
    }
    List<String> lines = reasons.computeIfAbsent(code, c -> new ArrayList<>());
    lines.add("Beleidsdomein " + PolicyDomains.label(policyDomain) + ":");
    Object domainLines = domainCommitments instanceof Map<?, ?> map ? map.get(policyDomain) : null;
    for (String line : JsonVariables.stringList(ClusterpactProcess.DOMAIN_COMMITMENTS, domainLines)) {
      lines.add("- " + line);
    }
    return new Round(List.copyOf(cabinets), reasons);
  }

  /** Why one cabinet is asked, as its approval form shows it. */
  public static String reason(Object reasons, String cabinet) {
    Object lines = reasons instanceof Map<?, ?> map ? map.get(cabinet) : null;
    return String.join("\n", JsonVariables.stringList(REASONS, lines));
  }

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
      String nonFinancialCommitments, List<String> themes, List<String> agencies, String clusterCommitments,
      String earmarkConditionNote) {
    StringBuilder text = new StringBuilder();
    text.append("Clusterpact ").append(clusterName).append(" (").append(businessKey).append(")\n");
    text.append("Geoormerkte middelen Hermesfonds (voorwaardelijk engagement voor drie jaar):");
    for (EarmarkPlan.YearAmount year : plan.years()) {
      text.append("\n  ").append(year.year()).append(": ").append(EuroAmounts.format(year.cents()));
    }
    text.append("\n  totaal: ").append(EuroAmounts.format(plan.totalCents()));
    if (earmarkConditionNote != null) {
      text.append("\n  ").append(earmarkConditionNote);
    }
    text.append("\nProjectmiddelen: ").append(EuroAmounts.format(projectMeansCents));
    if (nonFinancialCommitments != null && !nonFinancialCommitments.isBlank()) {
      text.append("\nNiet-financiële engagementen:\n").append(nonFinancialCommitments);
    }
    text.append("\nThema's: ").append(String.join("; ", themes));
    text.append("\nAgentschappen: ").append(String.join(", ", agencies));
    if (clusterCommitments != null) {
      text.append('\n').append(clusterCommitments);
    }
    return text.toString();
  }
}
