package be.clusterpact.document;

import java.util.List;

/**
 * What the clusterpact document shows, already in the words and notation a minister reads: Dutch
 * labels, amounts in Belgian notation ({@code € 150.000,00}), dates as {@code 1 maart 2026}. The
 * template only lays it out.
 */
public record PactDocumentModel(
    String businessKey,
    String clusterName,
    String clusterOrganisation,
    String clusterContact,
    String supportDecisionDate,
    String longTermStrategy,
    List<String> themes,
    List<String> agencies,
    List<String> cabinets,
    String fitAgreements,
    String wseAgreements,
    List<AgencyAgreement> agencyAgreements,
    String researchGroups,
    String researchAgenda,
    String industry40Contribution,
    String circularEconomyContribution,
    String competitivenessProgramme,
    List<Partner> partners,
    String partnersCash,
    String partnersInKind,
    String projectMeans,
    String nonFinancialCommitments,
    List<EarmarkYear> earmarkYears,
    String earmarkTotal,
    String earmarkCondition,
    List<MinisterDecision> ministerDecisions,
    Signature signature) {

  public record AgencyAgreement(String agency, String policyDomain, String summary, String projectMeans,
                                String nonFinancialKinds, String nonFinancialCommitments) {}

  public record Partner(String name, String kind, String enterpriseNumber, String commitment, String value,
                        String contribution) {}

  /** {@code conditional}: the year had no annual maximum yet when the pact was approved. */
  public record EarmarkYear(int year, String amount, boolean conditional, String status) {}

  public record MinisterDecision(String cabinet, String decision, String decidedOn, String decidedBy) {}

  /** Who signed and when: only in the signed version. */
  public record Signature(String signedOn, List<String> signatories, String recordedBy, String recordedAt) {}

  public PactDocumentModel signed(Signature by) {
    return new PactDocumentModel(businessKey, clusterName, clusterOrganisation, clusterContact, supportDecisionDate,
        longTermStrategy, themes, agencies, cabinets, fitAgreements, wseAgreements, agencyAgreements, researchGroups,
        researchAgenda, industry40Contribution, circularEconomyContribution, competitivenessProgramme, partners,
        partnersCash, partnersInKind, projectMeans, nonFinancialCommitments, earmarkYears, earmarkTotal,
        earmarkCondition, ministerDecisions, by);
  }
}
