package be.clusterpact.negotiation;

import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.budget.EuroAmounts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the negotiation results into the starting point of the draft pact. */
public final class NegotiationSummary {

  private NegotiationSummary() {}

  public record Results(List<Map<String, Object>> agencyAgreements, String fitAgreements, boolean fitCommitment,
      long fitBudgetCents, String wseAgreements, long wseBudgetCents, String researchGroups,
      String researchAgendaAgreements, String industry40Contribution, String circularEconomyContribution,
      String clusterCommitments) {}

  /** Prefill for the draft form; amounts as exact text in euro in Belgian notation (250.000,00). */
  public record Draft(String projectMeansEuro, long projectMeansCents, String nonFinancialCommitments,
      boolean permitsOrStandards, List<String> policyDomains, String summary) {}

  public static Draft draft(Results results) {
    long projectMeans = 0;
    List<String> commitments = new ArrayList<>();
    boolean permitsOrStandards = false;
    Set<String> domains = new LinkedHashSet<>(List.of(PolicyDomains.ECONOMY));
    StringBuilder summary = new StringBuilder();
    summary.append("FIT (internationalisering): ").append(results.fitAgreements());
    if (results.fitBudgetCents() > 0) {
      summary.append(" [budget FIT ").append(EuroAmounts.format(results.fitBudgetCents())).append(']');
    }
    summary.append("\nWSE (opleiding en competenties): ").append(results.wseAgreements());
    if (results.wseBudgetCents() > 0) {
      summary.append(" [budget WSE ").append(EuroAmounts.format(results.wseBudgetCents())).append(']');
      domains.add("WSE");
    }
    if (results.fitCommitment()) {
      domains.add("IV");
    }
    for (Map<String, Object> agreement : results.agencyAgreements()) {
      String agency = (String) agreement.get(ClusterpactProcess.AGENCY);
      long cents = ((Number) agreement.get(ClusterpactProcess.PROJECT_MEANS_CENTS)).longValue();
      projectMeans += cents;
      List<?> kinds = (List<?>) agreement.get("nonFinancialKinds");
      if (kinds.contains("NORMERING") || kinds.contains("VERGUNNINGEN")) {
        permitsOrStandards = true;
      }
      Object text = agreement.get(ClusterpactProcess.NON_FINANCIAL_COMMITMENTS);
      if (text != null) {
        commitments.add(agency + ": " + text);
      }
      domains.add((String) agreement.get(ClusterpactProcess.POLICY_DOMAIN));
      summary.append('\n').append(agency).append(": ").append(agreement.get("agreementSummary"))
          .append(" [projectmiddelen ").append(EuroAmounts.format(cents)).append(']');
    }
    summary.append("\nOnderzoeksgroepen: ").append(String.join("; ", results.researchGroups().split("\\R")))
        .append("\nAfspraken onderzoeksagenda: ").append(results.researchAgendaAgreements())
        .append("\nBijdrage Industrie 4.0: ").append(results.industry40Contribution())
        .append("\nBijdrage circulaire economie: ").append(results.circularEconomyContribution())
        .append('\n').append(results.clusterCommitments());
    return new Draft(EuroAmounts.typed(projectMeans), projectMeans, String.join("\n", commitments),
        permitsOrStandards, List.copyOf(domains), summary.toString());
  }
}
