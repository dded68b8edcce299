package be.clusterpact.process;

import static be.clusterpact.process.ClusterpactProcess.AGENCY_AGREEMENT_SUMMARY;
import static be.clusterpact.process.ClusterpactProcess.AGENCY_NON_FINANCIAL_COMMITMENTS;
import static be.clusterpact.process.ClusterpactProcess.AGENCY_NON_FINANCIAL_KINDS;
import static be.clusterpact.process.ClusterpactProcess.AGENCY_PROJECT_MEANS_EURO;
import static be.clusterpact.process.ClusterpactProcess.CIRCULAR_ECONOMY_CONTRIBUTION;
import static be.clusterpact.process.ClusterpactProcess.CLUSTER_COMPETITIVENESS_PROGRAMME;
import static be.clusterpact.process.ClusterpactProcess.CLUSTER_CONTACT_EMAIL;
import static be.clusterpact.process.ClusterpactProcess.CLUSTER_CONTACT_NAME;
import static be.clusterpact.process.ClusterpactProcess.CLUSTER_NAME;
import static be.clusterpact.process.ClusterpactProcess.CLUSTER_ORGANISATION;
import static be.clusterpact.process.ClusterpactProcess.CLUSTER_PARTNER_COMMITMENTS;
import static be.clusterpact.process.ClusterpactProcess.CLUSTER_SPECIFIC_THEMES;
import static be.clusterpact.process.ClusterpactProcess.EARMARK_YEAR1_EURO;
import static be.clusterpact.process.ClusterpactProcess.EARMARK_YEAR2_EURO;
import static be.clusterpact.process.ClusterpactProcess.EARMARK_YEAR3_EURO;
import static be.clusterpact.process.ClusterpactProcess.FIRST_EARMARK_YEAR;
import static be.clusterpact.process.ClusterpactProcess.FIT_BUDGET_EURO;
import static be.clusterpact.process.ClusterpactProcess.FIT_COMMITMENT;
import static be.clusterpact.process.ClusterpactProcess.FIT_INTERNATIONALISATION_AGREEMENTS;
import static be.clusterpact.process.ClusterpactProcess.INDUSTRY40_CONTRIBUTION;
import static be.clusterpact.process.ClusterpactProcess.LONG_TERM_STRATEGY;
import static be.clusterpact.process.ClusterpactProcess.MINISTER_DECISION;
import static be.clusterpact.process.ClusterpactProcess.MINISTER_MOTIVATION;
import static be.clusterpact.process.ClusterpactProcess.PERMITS_OR_STANDARDS;
import static be.clusterpact.process.ClusterpactProcess.POLICY_DOMAINS;
import static be.clusterpact.process.ClusterpactProcess.PROJECT_MEANS_EURO;
import static be.clusterpact.process.ClusterpactProcess.RESEARCH_AGENDA_AGREEMENTS;
import static be.clusterpact.process.ClusterpactProcess.RESEARCH_GROUPS;
import static be.clusterpact.process.ClusterpactProcess.SELECTED_AGENCIES;
import static be.clusterpact.process.ClusterpactProcess.SELECTION_MOTIVATION;
import static be.clusterpact.process.ClusterpactProcess.SIGNATORIES;
import static be.clusterpact.process.ClusterpactProcess.SIGNED_ON;
import static be.clusterpact.process.ClusterpactProcess.SUPPORT_DECISION_DATE;
import static be.clusterpact.process.ClusterpactProcess.WSE_BUDGET_EURO;
import static be.clusterpact.process.ClusterpactProcess.WSE_TRAINING_AGREEMENTS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a valid clusterpact fills in, form by form: the one table of valid answers that the demo pacts,
 * the tests and the benchmark use, so that a changed form field is changed here once. Values are as a
 * client sends them through the Java API (texts, numbers, booleans; a list as a Java list, which the
 * engine stores as JSON); tests that drive REST turn them into REST's typed values.
 */
public final class ClusterpactAnswers {

  /** One company (cash) and one knowledge institution (in kind), as the cluster organisation types them. */
  public static final String CLUSTER_PARTNERS = """
      Chemco nv; onderneming; 0403.170.701; twee pilootinstallaties voor chemische recyclage; 150.000; cash
      KU Leuven; kennisinstelling; ; drie doctoraatsonderzoekers katalyse; 240.000,50; in natura""";

  private ClusterpactAnswers() {}

  /** Start form "Clusterpact onderhandelen" for a cluster granted support on {@code supportDecision}. */
  public static Map<String, Object> start(String cluster, LocalDate supportDecision) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CLUSTER_NAME, cluster);
    variables.put(CLUSTER_ORGANISATION, cluster + " vzw");
    variables.put(CLUSTER_CONTACT_NAME, "An Peeters");
    variables.put(CLUSTER_CONTACT_EMAIL, "an.peeters@example.be");
    variables.put(SUPPORT_DECISION_DATE, supportDecision.toString());
    variables.put(LONG_TERM_STRATEGY, "Vlaanderen koploper maken in duurzame " + cluster + "-innovatie tegen 2030.");
    return variables;
  }

  /** The committee selects the cluster-specific themes and the additional agencies (codes, e.g. OVAM). */
  public static Map<String, Object> themesAndAgencies(String clusterSpecificThemes, List<String> agencies) {
    return map(CLUSTER_SPECIFIC_THEMES, clusterSpecificThemes, SELECTED_AGENCIES, new ArrayList<>(agencies),
        SELECTION_MOTIVATION, "Relevante agentschappen voor de langetermijnstrategie");
  }

  public static Map<String, Object> themesAndAgencies(List<String> agencies) {
    return themesAndAgencies("Digitale tweeling van de procesindustrie\nWaterstof", agencies);
  }

  /** FIT's agreements on internationalisation; a budget in euro (number or Belgian notation) when it commits. */
  public static Map<String, Object> fitAlignment(boolean commitment, Object budgetEuro) {
    return map(FIT_INTERNATIONALISATION_AGREEMENTS, "Gezamenlijke handelsmissies naar Duitsland en Japan",
        FIT_COMMITMENT, commitment, FIT_BUDGET_EURO, budgetEuro);
  }

  /** WSE's agreements on training and competences, with its budget in euro. */
  public static Map<String, Object> wseAlignment(Object budgetEuro) {
    return map(WSE_TRAINING_AGREEMENTS, "Opleidingstraject digitale vaardigheden met de sectorfondsen",
        WSE_BUDGET_EURO, budgetEuro);
  }

  /** One agency's agreement: project means in euro and the kinds of non-financial commitments (none: empty). */
  public static Map<String, Object> agencyAgreement(String agency, Object projectMeansEuro, List<String> nonFinancialKinds) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(AGENCY_AGREEMENT_SUMMARY, agency + " ondersteunt twee pilootprojecten");
    variables.put(AGENCY_PROJECT_MEANS_EURO, projectMeansEuro);
    variables.put(AGENCY_NON_FINANCIAL_KINDS, new ArrayList<>(nonFinancialKinds));
    variables.put(AGENCY_NON_FINANCIAL_COMMITMENTS,
        nonFinancialKinds.isEmpty() ? null : agency + " versnelt de vergunningsprocedure voor proefinstallaties");
    return variables;
  }

  public static Map<String, Object> researchGroups() {
    return map(RESEARCH_GROUPS, "KU Leuven\nUGent\nVITO",
        RESEARCH_AGENDA_AGREEMENTS, "De strategische onderzoeksagenda's 2027-2030 nemen de thema's van het pact op.");
  }

  public static Map<String, Object> transitionContribution() {
    return map(INDUSTRY40_CONTRIBUTION, "Digitale tweelingen en data-uitwisseling bij 30 kmo's.",
        CIRCULAR_ECONOMY_CONTRIBUTION, "Hergebruik van reststromen en materialen in de hele waardeketen.");
  }

  /** The cluster organisation's programme and its partners' commitments, one partner per line. */
  public static Map<String, Object> clusterCommitments(String programme, String partners) {
    return map(CLUSTER_COMPETITIVENESS_PROGRAMME, programme, CLUSTER_PARTNER_COMMITMENTS, partners);
  }

  public static Map<String, Object> clusterCommitments() {
    return clusterCommitments("Innovatieprogramma 2027-2031: 40 kmo's werken samen aan chemische recyclage", CLUSTER_PARTNERS);
  }

  /**
   * The draft: the earmark per year in euro from {@code firstYear} (a number or a text in Belgian
   * notation; {@code null} for a year without), the project means as the task shows them, and the
   * policy domains ticked (none: {@code null}, the field left untouched).
   */
  public static Map<String, Object> draft(int firstYear, Object year1, Object year2, Object year3, Object projectMeansEuro,
      boolean permitsOrStandards, List<String> policyDomains) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(FIRST_EARMARK_YEAR, firstYear);
    variables.put(EARMARK_YEAR1_EURO, year1);
    variables.put(EARMARK_YEAR2_EURO, year2);
    variables.put(EARMARK_YEAR3_EURO, year3);
    variables.put(PROJECT_MEANS_EURO, projectMeansEuro);
    variables.put(PERMITS_OR_STANDARDS, permitsOrStandards);
    if (policyDomains != null) {
      variables.put(POLICY_DOMAINS, new ArrayList<>(policyDomains));
    }
    return variables;
  }

  /** A minister's decision: APPROVE or REJECT (a rejection needs a motivation). */
  public static Map<String, Object> ministerDecision(String decision, String motivation) {
    return map(MINISTER_DECISION, decision, MINISTER_MOTIVATION, motivation);
  }

  public static Map<String, Object> signature(LocalDate signedOn, String clusterOrganisation) {
    return map(SIGNED_ON, signedOn.toString(), SIGNATORIES,
        "Vlaamse minister van Economie en Innovatie\nVoorzitter van " + clusterOrganisation);
  }

  private static Map<String, Object> map(Object... namesAndValues) {
    Map<String, Object> variables = new HashMap<>(); // allows null values (a field left empty)
    for (int i = 0; i < namesAndValues.length; i += 2) {
      variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return variables;
  }
}
