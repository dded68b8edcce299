package be.clusterpact.bench;

import be.clusterpact.testing.Pacts;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A complete clusterpact with valid data in every task: the Hermes committee selects one additional
 * agency (OVAM), FIT, WSE and OVAM agree, research groups and transition contributions are recorded,
 * the cluster team drafts 150 000 euro a year for {@link #FIRST_YEAR} and the two years after, every
 * approving minister approves, the pact is signed, and for each of the three budget years (in the past,
 * so their timers are due at once) the annual report is approved and the tranche released.
 */
final class ClusterpactScenario implements Scenario {

  static final int FIRST_YEAR = 2020;
  static final int YEARS = 3;
  static final long YEARLY_EURO = 150_000;

  private final String run;

  /** @param run makes cluster names, and so business keys, unique per benchmark run */
  ClusterpactScenario(String run) {
    this.run = run;
  }

  @Override
  public String processKey() {
    return "Process_Clusterpact";
  }

  @Override
  public String businessKey(int index) {
    return null;
  }

  @Override
  public Map<String, Object> startVariables(int index) {
    String cluster = "Bench " + run + " " + index;
    Map<String, Object> variables = new HashMap<>();
    variables.put("clusterName", cluster);
    variables.put("clusterOrganisation", cluster + " vzw");
    variables.put("clusterContactName", "An Peeters");
    variables.put("clusterContactEmail", "an.peeters@example.be");
    variables.put("supportDecisionDate", LocalDate.now().minusMonths(2).toString());
    variables.put("longTermStrategy", "Vlaanderen koploper maken in duurzame chemie tegen 2030.");
    return variables;
  }

  @Override
  public Map<String, Object> taskVariables(String taskDefinitionKey, Function<String, Object> taskVariable) {
    Map<String, Object> variables = new HashMap<>();
    switch (taskDefinitionKey) {
      case "Task_SelectThemesAndAgencies" -> {
        variables.put("clusterSpecificThemes", "Digitale tweeling van de procesindustrie\nWaterstof");
        variables.put("selectedAgencies", List.of("OVAM"));
        variables.put("selectionMotivation", "Relevante agentschappen voor de LT-strategie");
      }
      case "Task_AlignWithFit" -> {
        variables.put("fitInternationalisationAgreements", "Gezamenlijke handelsmissies naar Duitsland en Japan");
        variables.put("fitCommitment", false);
        variables.put("fitBudgetEuro", 0);
      }
      case "Task_AlignWithWse" -> {
        variables.put("wseTrainingAgreements", "Opleidingstraject digitale vaardigheden met de sectorfondsen");
        variables.put("wseBudgetEuro", 0L);
      }
      case "Task_NegotiateWithAgency" -> {
        variables.put("agencyAgreementSummary", "OVAM ondersteunt twee pilootprojecten");
        variables.put("agencyProjectMeansEuro", 100_000L);
        variables.put("agencyNonFinancialKinds", List.of());
        variables.put("agencyNonFinancialCommitments", null);
      }
      case "Task_AgreeWithResearchGroups" -> {
        variables.put("researchGroups", "KU Leuven – Chemical Engineering\nUGent – Sustainable Chemistry");
        variables.put("researchAgendaAgreements", "Katalyse en recyclage komen in de onderzoeksagenda 2027-2030");
      }
      case "Task_RecordTransitionContribution" -> {
        variables.put("industry40Contribution", "Digitale tweelingen voor 40 kmo's");
        variables.put("circularEconomyContribution", "Chemische recyclage van 20 kton kunststof per jaar");
      }
      case "Task_RecordClusterCommitments" -> {
        variables.put("clusterCompetitivenessProgramme", "Innovatieprogramma 2027-2031");
        variables.put("clusterPartnerCommitments", Pacts.CLUSTER_PARTNERS);
      }
      case "Task_DraftClusterpact" -> {
        variables.put("firstEarmarkYear", FIRST_YEAR);
        variables.put("earmarkYear1Euro", YEARLY_EURO);
        variables.put("earmarkYear2Euro", YEARLY_EURO);
        variables.put("earmarkYear3Euro", YEARLY_EURO);
        variables.put("projectMeansEuro", taskVariable.apply("projectMeansEuro"));
        variables.put("permitsOrStandards", false);
      }
      case "Task_ApproveAsMinister" -> {
        variables.put("ministerDecision", "APPROVE");
        variables.put("ministerMotivation", null);
      }
      case "Task_SignClusterpact" -> {
        variables.put("signedOn", LocalDate.now().toString());
        variables.put("signatories", "Viceminister-president\nVoorzitter van de cluster");
      }
      case "Task_AssessAnnualReport" -> {
        variables.put("annualReportSummary", "12 projecten lopen, 3 afgerond; 45 bedrijven actief");
        variables.put("reportDecision", "APPROVE");
        variables.put("reportDecisionMotivation", null);
      }
      default -> throw new IllegalStateException("The benchmark's valid pact never reaches " + taskDefinitionKey);
    }
    return variables;
  }
}
