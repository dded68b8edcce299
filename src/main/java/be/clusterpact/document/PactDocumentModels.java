package be.clusterpact.document;

import be.clusterpact.approval.CabinetCatalogue;
import be.clusterpact.budget.EuroAmounts;
import be.clusterpact.document.PactDocumentModel.AgencyAgreement;
import be.clusterpact.document.PactDocumentModel.EarmarkYear;
import be.clusterpact.document.PactDocumentModel.MinisterDecision;
import be.clusterpact.document.PactDocumentModel.Partner;
import be.clusterpact.document.PactDocumentModel.Signature;
import be.clusterpact.kernel.Approvals;
import be.clusterpact.kernel.Dates;
import be.clusterpact.negotiation.AgencyCatalogue;
import be.clusterpact.negotiation.ClusterCommitments;
import be.clusterpact.negotiation.PolicyDomains;
import be.clusterpact.negotiation.ThemeSelection;
import be.clusterpact.process.ClusterpactProcess;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Maps the approved pact as the process keeps it (the JSON variable {@code clusterpact}, written by
 * "Voorwaardelijk engagement voor drie jaar vastleggen") to what the document shows. Nothing is
 * invented: a part the pact does not hold is left empty and the template says so.
 */
public final class PactDocumentModels {

  /** Shown for a year whose annual maximum was not set yet when the pact was approved. */
  static final String CONDITIONAL_YEAR = "Voorwaardelijk: in afwachting van het jaarlijkse maximum";
  static final String YEAR_WITH_MAXIMUM = "Binnen het jaarlijkse maximum";
  static final String YEAR_WITHOUT_MEANS = "Geen geoormerkte middelen in dit jaar";

  private PactDocumentModels() {}

  /** The approved pact. */
  public static PactDocumentModel approved(Map<String, ?> pact) {
    Map<String, ?> cluster = map(pact.get("cluster"));
    Map<String, ?> agreements = map(pact.get("agreements"));
    Map<String, ?> transition = map(pact.get("transitionContribution"));
    Map<String, ?> partners = map(pact.get(ClusterpactProcess.CLUSTER_COMMITMENTS));
    Map<String, ?> commitment = map(pact.get("commitment"));
    List<String> ministers = ministerDecisions(pact.get("ministers")).stream().map(MinisterDecision::cabinet).toList();
    return new PactDocumentModel(
        text(pact.get("businessKey")),
        text(cluster.get("name")),
        text(cluster.get("organisation")),
        contact(cluster),
        date(pact.get(ClusterpactProcess.SUPPORT_DECISION_DATE)),
        text(pact.get(ClusterpactProcess.LONG_TERM_STRATEGY)),
        themes(pact.get(ClusterpactProcess.THEMES)),
        texts(pact.get("agencies")).stream().map(PactDocumentModels::agency).toList(),
        ministers,
        text(agreements.get(AgencyCatalogue.FIT)),
        text(agreements.get(AgencyCatalogue.WSE)),
        list(agreements.get("agencies")).stream().map(PactDocumentModels::agencyAgreement).toList(),
        text(agreements.get(ClusterpactProcess.RESEARCH_GROUPS)),
        text(agreements.get("researchAgenda")),
        text(transition.get("industry40")),
        text(transition.get("circularEconomy")),
        text(partners.get("competitivenessProgramme")),
        list(partners.get("partners")).stream().map(PactDocumentModels::partner).toList(),
        amount(partners.get("cashCents")),
        amount(partners.get("inKindCents")),
        amount(pact.get(ClusterpactProcess.PROJECT_MEANS_CENTS)),
        text(pact.get(ClusterpactProcess.NON_FINANCIAL_COMMITMENTS)),
        earmarkYears(pact.get("earmarkedMeans"), pact.get(ClusterpactProcess.CONDITIONAL_EARMARK_YEARS)),
        amount(commitment.get("totalCents")),
        text(commitment.get("condition")),
        ministerDecisions(pact.get("ministers")),
        null);
  }

  /**
   * The signed pact: the approved one plus the signature as the signing task recorded it.
   *
   * @param signatories as typed, one name and function per line
   */
  public static PactDocumentModel signed(PactDocumentModel approved, LocalDate signedOn, String signatories,
                                         String recordedBy, Instant recordedAt) {
    List<String> lines = signatories == null ? List.of()
        : Arrays.stream(signatories.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    return approved.signed(new Signature(Dates.dutch(signedOn), lines, recordedBy,
        Dates.dutch(Dates.inBrussels(recordedAt)) + " om " + recordedAt.atZone(Dates.BRUSSELS).toLocalTime()
            .withSecond(0).withNano(0)));
  }

  /** Industrie 4.0 and circulaire economie first, then the cluster's own themes in the committee's order. */
  static List<String> themes(Object raw) {
    List<String> themes = new ArrayList<>();
    List<String> selected = texts(raw);
    for (String first : List.of(ThemeSelection.INDUSTRY_4_0, ThemeSelection.CIRCULAR_ECONOMY)) {
      if (selected.contains(first)) {
        themes.add(first);
      }
    }
    selected.stream().filter(theme -> !themes.contains(theme)).forEach(themes::add);
    return themes;
  }

  private static AgencyAgreement agencyAgreement(Object raw) {
    Map<String, ?> agreement = map(raw);
    String domain = text(agreement.get(ClusterpactProcess.POLICY_DOMAIN));
    return new AgencyAgreement(
        agency(text(agreement.get(ClusterpactProcess.AGENCY))),
        domain.isEmpty() || !PolicyDomains.isKnown(domain) ? domain : PolicyDomains.label(domain),
        text(agreement.get("agreementSummary")),
        amount(agreement.get(ClusterpactProcess.PROJECT_MEANS_CENTS)),
        String.join(", ", texts(agreement.get("nonFinancialKinds")).stream().map(PactDocumentModels::nonFinancialKind).toList()),
        text(agreement.get(ClusterpactProcess.NON_FINANCIAL_COMMITMENTS)));
  }

  private static String agency(String code) {
    return AgencyCatalogue.isKnown(code) ? AgencyCatalogue.displayName(code) : code;
  }

  private static String nonFinancialKind(String kind) {
    return switch (kind) {
      case "NORMERING" -> "normering";
      case "VERGUNNINGEN" -> "vergunningen";
      case "ANDERE" -> "andere";
      default -> kind;
    };
  }

  private static Partner partner(Object raw) {
    Map<String, ?> partner = map(raw);
    String kind = text(partner.get("kind"));
    String contribution = text(partner.get("contribution"));
    return new Partner(
        text(partner.get("name")),
        ClusterCommitments.Kind.ONDERNEMING.name().equals(kind) ? "Onderneming" : "Kennisinstelling",
        text(partner.get("enterpriseNumber")),
        text(partner.get("commitment")),
        amount(partner.get("valueCents")),
        ClusterCommitments.Contribution.CASH.name().equals(contribution) ? "cash" : "in natura");
  }

  private static List<EarmarkYear> earmarkYears(Object rawYears, Object rawConditional) {
    Set<Integer> conditional = new TreeSet<>();
    for (Object year : list(rawConditional)) {
      conditional.add(((Number) year).intValue());
    }
    List<EarmarkYear> years = new ArrayList<>();
    for (Object raw : list(rawYears)) {
      Map<String, ?> row = map(raw);
      int year = ((Number) row.get("year")).intValue();
      boolean isConditional = conditional.contains(year);
      boolean none = ((Number) row.get("amountCents")).longValue() == 0;
      years.add(new EarmarkYear(year, amount(row.get("amountCents")), isConditional,
          isConditional ? CONDITIONAL_YEAR : none ? YEAR_WITHOUT_MEANS : YEAR_WITH_MAXIMUM));
    }
    return years;
  }

  private static List<MinisterDecision> ministerDecisions(Object raw) {
    List<MinisterDecision> decisions = new ArrayList<>();
    for (Object element : list(raw)) {
      Map<String, ?> decision = map(element);
      String cabinet = text(decision.get("cabinet"));
      String decidedAt = text(decision.get("decidedAt"));
      decisions.add(new MinisterDecision(
          CabinetCatalogue.isKnown(cabinet) ? CabinetCatalogue.displayName(cabinet) : cabinet,
          Approvals.APPROVE.equals(decision.get("decision")) ? "Goedgekeurd" : "Afgekeurd",
          decidedAt.isEmpty() ? "" : Dates.dutch(Dates.inBrussels(Instant.parse(decidedAt))),
          text(decision.get("decidedBy"))));
    }
    return decisions;
  }

  private static String contact(Map<String, ?> cluster) {
    String name = text(cluster.get("contact"));
    String email = text(cluster.get("email"));
    return email.isEmpty() ? name : name + " (" + email + ")";
  }

  private static String date(Object iso) {
    String text = text(iso);
    return text.isEmpty() ? "" : Dates.dutch(LocalDate.parse(text));
  }

  private static String amount(Object cents) {
    return cents instanceof Number number ? EuroAmounts.format(number.longValue()) : "";
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString().strip();
  }

  private static List<String> texts(Object value) {
    return list(value).stream().map(PactDocumentModels::text).toList();
  }

  private static List<?> list(Object value) {
    return value instanceof Collection<?> collection ? List.copyOf(collection) : List.of();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> map(Object value) {
    return value instanceof Map<?, ?> map ? (Map<String, ?>) map : Map.of();
  }
}
