package be.clusterpact.approval;

import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.budget.EarmarkPlan;
import be.clusterpact.budget.EuroAmounts;
import be.clusterpact.negotiation.AgencyCatalogue;
import be.clusterpact.negotiation.AgencyPolicyDomains;
import be.clusterpact.negotiation.PolicyDomains;
import be.clusterpact.kernel.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The policy domains in which the pact carries a commitment, each with the commitments that bring in
 * its minister: the Hermes fund (economy, always), a multi-year earmark (budget), an agency agreement
 * with project means or non-financial commitments (the agency's domain), a WSE or FIT budget or
 * commitment, and every domain ticked in the draft.
 */
public final class CommitmentDomains {

  /** The budget domain: a multi-year budget commitment needs the budget minister. */
  public static final String BUDGET = "FB";

  private CommitmentDomains() {}

  /** What the negotiations and the draft say. Amounts in cents. */
  public record Pact(Map<?, ?> agencyPolicyDomains, List<Map<String, Object>> agencyAgreements, boolean fitCommitment,
      long fitBudgetCents, long wseBudgetCents, List<String> tickedDomains, EarmarkPlan plan) {}

  /** Domain code → the Dutch lines that say why its minister approves; economy first, then the forms' order. */
  public static Map<String, List<String>> of(Pact pact) {
    Map<String, List<String>> reasons = new LinkedHashMap<>();
    for (String domain : PolicyDomains.codes()) {
      reasons.put(domain, new ArrayList<>());
    }
    EarmarkPlan plan = pact.plan();
    StringBuilder hermes = new StringBuilder("Geoormerkte middelen uit het Hermesfonds, voorwaardelijk engagement voor drie jaar:");
    for (EarmarkPlan.YearAmount year : plan.years()) {
      hermes.append(' ').append(year.year()).append(' ').append(EuroAmounts.format(year.cents())).append(';');
    }
    hermes.append(" totaal ").append(EuroAmounts.format(plan.totalCents()));
    reasons.get(PolicyDomains.ECONOMY).add(hermes.toString());
    if (plan.multiYear()) {
      reasons.get(BUDGET).add("Meerjarig budgettair engagement: geoormerkte middelen in "
          + plan.years().stream().filter(y -> y.cents() > 0).count() + " begrotingsjaren, totaal "
          + EuroAmounts.format(plan.totalCents()));
    }
    for (Map<String, Object> agreement : pact.agencyAgreements()) {
      String agency = (String) agreement.get(ClusterpactProcess.AGENCY);
      long means = ((Number) agreement.get(ClusterpactProcess.PROJECT_MEANS_CENTS)).longValue();
      List<?> kinds = (List<?>) agreement.get("nonFinancialKinds");
      if (means == 0 && kinds.isEmpty()) {
        continue;
      }
      StringBuilder line = new StringBuilder(agency).append(": ");
      if (means > 0) {
        line.append("projectmiddelen ").append(EuroAmounts.format(means));
      }
      if (!kinds.isEmpty()) {
        line.append(means > 0 ? "; " : "").append("niet-financiële engagementen (")
            .append(String.join(", ", kinds.stream().map(String::valueOf).toList())).append("): ")
            .append(agreement.get(ClusterpactProcess.NON_FINANCIAL_COMMITMENTS));
      }
      reasons.get(AgencyPolicyDomains.of(pact.agencyPolicyDomains(), agency)).add(line.toString());
    }
    if (pact.wseBudgetCents() > 0) {
      reasons.get(AgencyPolicyDomains.of(pact.agencyPolicyDomains(), AgencyCatalogue.WSE))
          .add("WSE: budget voor opleiding en competentieontwikkeling " + EuroAmounts.format(pact.wseBudgetCents()));
    }
    if (pact.fitCommitment() || pact.fitBudgetCents() > 0) {
      reasons.get(AgencyPolicyDomains.of(pact.agencyPolicyDomains(), AgencyCatalogue.FIT))
          .add("FIT: engagementen voor internationalisering"
              + (pact.fitBudgetCents() > 0 ? " met budget " + EuroAmounts.format(pact.fitBudgetCents()) : ""));
    }
    for (String domain : ticked(pact.tickedDomains())) {
      if (reasons.get(domain).isEmpty()) {
        reasons.get(domain).add("In het ontwerp-clusterpact aangeduid als betrokken beleidsdomein");
      }
    }
    reasons.values().removeIf(List::isEmpty);
    return reasons;
  }

  /** The domains ticked in the draft, each a known code. */
  public static List<String> ticked(List<String> raw) {
    Set<String> domains = new LinkedHashSet<>();
    for (String domain : raw) {
      String code = domain.trim();
      if (!PolicyDomains.isKnown(code)) {
        throw new InvalidInputException(ClusterpactProcess.POLICY_DOMAINS, "onbekend beleidsdomein '" + domain + "'");
      }
      domains.add(code);
    }
    return List.copyOf(domains);
  }
}
