package be.clusterpact.negotiation;

import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.budget.EuroAmounts;
import be.clusterpact.kernel.InvalidInputException;
import be.clusterpact.kernel.JsonVariables;
import be.clusterpact.kernel.Texts;
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
    for (String kind : JsonVariables.stringList(ClusterpactProcess.AGENCY_NON_FINANCIAL_KINDS, nonFinancialKinds)) {
      String normalised = kind.trim().toUpperCase(Locale.ROOT);
      if (!NON_FINANCIAL_KINDS.contains(normalised)) {
        throw new InvalidInputException(ClusterpactProcess.AGENCY_NON_FINANCIAL_KINDS, "onbekend soort engagement '" + kind + "'");
      }
      kinds.add(normalised);
    }
    String commitments = Texts.optional(ClusterpactProcess.AGENCY_NON_FINANCIAL_COMMITMENTS, nonFinancialCommitments, 4000);
    if (!kinds.isEmpty() && commitments == null) {
      throw new InvalidInputException(ClusterpactProcess.AGENCY_NON_FINANCIAL_COMMITMENTS, "omschrijf de niet-financiële engagementen");
    }
    String domain = Texts.required(ClusterpactProcess.AGENCY_POLICY_DOMAIN, policyDomain, 10);
    if (!PolicyDomains.isKnown(domain)) {
      throw new InvalidInputException(ClusterpactProcess.AGENCY_POLICY_DOMAIN, "onbekend beleidsdomein '" + domain + "'");
    }
    Map<String, Object> agreement = new LinkedHashMap<>();
    agreement.put(ClusterpactProcess.AGENCY, agencyCode);
    agreement.put("agreementSummary", Texts.required(ClusterpactProcess.AGENCY_AGREEMENT_SUMMARY, summary, 4000));
    agreement.put(ClusterpactProcess.PROJECT_MEANS_CENTS, EuroAmounts.requiredCents(ClusterpactProcess.AGENCY_PROJECT_MEANS_EURO, projectMeansEuro));
    agreement.put("nonFinancialKinds", List.copyOf(kinds));
    agreement.put(ClusterpactProcess.NON_FINANCIAL_COMMITMENTS, commitments);
    agreement.put(ClusterpactProcess.POLICY_DOMAIN, domain);
    return agreement;
  }
}
