package be.clusterpact.negotiation;

import be.clusterpact.budget.EuroAmounts;
import be.clusterpact.platform.InvalidInputException;
import be.clusterpact.platform.JsonVariables;
import be.clusterpact.platform.Texts;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What one agency agreed to in the pact: project means, non-financial commitments, policy domain. */
public final class AgencyAgreements {

  public static final Set<String> NON_FINANCIAL_KINDS = Set.of("NORMERING", "VERGUNNINGEN", "ANDERE");

  private AgencyAgreements() {}

  /** The process variable that keeps one agency's agreement. */
  public static String variableName(String agencyCode) {
    return "agencyAgreement_" + agencyCode;
  }

  /** The agreement as a JSON-friendly map (stored as process variable {@code agencyAgreement_<CODE>}). */
  public static Map<String, Object> agreement(String agencyCode, Object summary, Object projectMeansEuro,
      Object nonFinancialKinds, Object nonFinancialCommitments, Object policyDomain) {
    Set<String> kinds = new LinkedHashSet<>();
    for (String kind : JsonVariables.stringList("agencyNonFinancialKinds", nonFinancialKinds)) {
      String normalised = kind.trim().toUpperCase(Locale.ROOT);
      if (!NON_FINANCIAL_KINDS.contains(normalised)) {
        throw new InvalidInputException("agencyNonFinancialKinds", "onbekend soort engagement '" + kind + "'");
      }
      kinds.add(normalised);
    }
    String commitments = Texts.optional("agencyNonFinancialCommitments", nonFinancialCommitments, 4000);
    if (!kinds.isEmpty() && commitments == null) {
      throw new InvalidInputException("agencyNonFinancialCommitments", "omschrijf de niet-financiële engagementen");
    }
    String domain = Texts.required("agencyPolicyDomain", policyDomain, 10);
    if (!PolicyDomains.isKnown(domain)) {
      throw new InvalidInputException("agencyPolicyDomain", "onbekend beleidsdomein '" + domain + "'");
    }
    Map<String, Object> agreement = new LinkedHashMap<>();
    agreement.put("agency", agencyCode);
    agreement.put("agreementSummary", Texts.required("agencyAgreementSummary", summary, 4000));
    agreement.put("projectMeansCents", EuroAmounts.requiredCents("agencyProjectMeansEuro", projectMeansEuro));
    agreement.put("nonFinancialKinds", List.copyOf(kinds));
    agreement.put("nonFinancialCommitments", commitments);
    agreement.put("policyDomain", domain);
    return agreement;
  }
}
