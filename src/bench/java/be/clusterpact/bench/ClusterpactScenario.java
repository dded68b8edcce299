package be.clusterpact.bench;

import static be.clusterpact.process.ClusterpactProcess.*;
import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.process.HermesTrancheReleaseProcess;
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
    return ClusterpactProcess.KEY;
  }

  @Override
  public String businessKey(int index) {
    return null;
  }

  @Override
  public Map<String, Object> startVariables(int index) {
    String cluster = "Bench " + run + " " + index;
    Map<String, Object> variables = new HashMap<>();
    variables.put(CLUSTER_NAME, cluster);
    variables.put(CLUSTER_ORGANISATION, cluster + " vzw");
    variables.put(CLUSTER_CONTACT_NAME, "An Peeters");
    variables.put(CLUSTER_CONTACT_EMAIL, "an.peeters@example.be");
    variables.put(SUPPORT_DECISION_DATE, LocalDate.now().minusMonths(2).toString());
    variables.put(LONG_TERM_STRATEGY, "Vlaanderen koploper maken in duurzame chemie tegen 2030.");
    return variables;
  }

  @Override
  public Map<String, Object> taskVariables(String taskDefinitionKey, Function<String, Object> taskVariable) {
    Map<String, Object> variables = new HashMap<>();
    switch (taskDefinitionKey) {
      case TASK_SELECT_THEMES_AND_AGENCIES -> {
        variables.put(CLUSTER_SPECIFIC_THEMES, "Digitale tweeling van de procesindustrie\nWaterstof");
        variables.put(SELECTED_AGENCIES, List.of("OVAM"));
        variables.put(SELECTION_MOTIVATION, "Relevante agentschappen voor de LT-strategie");
      }
      case TASK_ALIGN_WITH_FIT -> {
        variables.put(FIT_INTERNATIONALISATION_AGREEMENTS, "Gezamenlijke handelsmissies naar Duitsland en Japan");
        variables.put(FIT_COMMITMENT, false);
        variables.put(FIT_BUDGET_EURO, 0);
      }
      case TASK_ALIGN_WITH_WSE -> {
        variables.put(WSE_TRAINING_AGREEMENTS, "Opleidingstraject digitale vaardigheden met de sectorfondsen");
        variables.put(WSE_BUDGET_EURO, 0L);
      }
      case TASK_NEGOTIATE_WITH_AGENCY -> {
        variables.put(AGENCY_AGREEMENT_SUMMARY, "OVAM ondersteunt twee pilootprojecten");
        variables.put(AGENCY_PROJECT_MEANS_EURO, 100_000L);
        variables.put(AGENCY_NON_FINANCIAL_KINDS, List.of());
        variables.put(AGENCY_NON_FINANCIAL_COMMITMENTS, null);
      }
      case TASK_AGREE_WITH_RESEARCH_GROUPS -> {
        variables.put(RESEARCH_GROUPS, "KU Leuven – Chemical Engineering\nUGent – Sustainable Chemistry");
        variables.put(RESEARCH_AGENDA_AGREEMENTS, "Katalyse en recyclage komen in de onderzoeksagenda 2027-2030");
      }
      case TASK_RECORD_TRANSITION_CONTRIBUTION -> {
        variables.put(INDUSTRY40_CONTRIBUTION, "Digitale tweelingen voor 40 kmo's");
        variables.put(CIRCULAR_ECONOMY_CONTRIBUTION, "Chemische recyclage van 20 kton kunststof per jaar");
      }
      case TASK_RECORD_CLUSTER_COMMITMENTS -> {
        variables.put(CLUSTER_COMPETITIVENESS_PROGRAMME, "Innovatieprogramma 2027-2031");
        variables.put(CLUSTER_PARTNER_COMMITMENTS, Pacts.CLUSTER_PARTNERS);
      }
      case TASK_DRAFT_CLUSTERPACT -> {
        variables.put(FIRST_EARMARK_YEAR, FIRST_YEAR);
        variables.put(EARMARK_YEAR1_EURO, YEARLY_EURO);
        variables.put(EARMARK_YEAR2_EURO, YEARLY_EURO);
        variables.put(EARMARK_YEAR3_EURO, YEARLY_EURO);
        variables.put(PROJECT_MEANS_EURO, taskVariable.apply(PROJECT_MEANS_EURO));
        variables.put(PERMITS_OR_STANDARDS, false);
      }
      case TASK_APPROVE_AS_MINISTER -> {
        variables.put(MINISTER_DECISION, "APPROVE");
        variables.put(MINISTER_MOTIVATION, null);
      }
      case TASK_SIGN_CLUSTERPACT -> {
        variables.put(SIGNED_ON, LocalDate.now().toString());
        variables.put(SIGNATORIES, "Viceminister-president\nVoorzitter van de cluster");
      }
      case HermesTrancheReleaseProcess.TASK_ASSESS_ANNUAL_REPORT -> {
        variables.put(HermesTrancheReleaseProcess.ANNUAL_REPORT_SUMMARY, "12 projecten lopen, 3 afgerond; 45 bedrijven actief");
        variables.put(HermesTrancheReleaseProcess.REPORT_DECISION, "APPROVE");
        variables.put(HermesTrancheReleaseProcess.REPORT_DECISION_MOTIVATION, null);
      }
      default -> throw new IllegalStateException("The benchmark's valid pact never reaches " + taskDefinitionKey);
    }
    return variables;
  }
}
