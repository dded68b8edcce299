package be.clusterpact.demo;

import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.kernel.JsonVariables;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the demo users fill in, per task definition key: a new user task in a model needs one entry
 * here for the demo pacts to pass it. {@code task} holds the task's variables (e.g. {@code
 * agencyCode} of a multi-instance negotiation, {@code projectMeansEuro} prefilled for the draft).
 */
final class DemoTaskAnswers {

  @FunctionalInterface
  interface Answer {
    Map<String, Object> variables(DemoPacts.DemoPact pact, Map<String, Object> task, LocalDate today);
  }

  private static final Map<String, Answer> ANSWERS = Map.of(
      ClusterpactProcess.TASK_SELECT_THEMES_AND_AGENCIES, (pact, task, today) -> Map.of(
          ClusterpactProcess.CLUSTER_SPECIFIC_THEMES, pact.clusterThemes(),
          ClusterpactProcess.SELECTED_AGENCIES, JsonVariables.json(pact.agencies()),
          ClusterpactProcess.SELECTION_MOTIVATION, "Deze agentschappen dragen het meest bij aan de langetermijnstrategie van " + pact.cluster() + "."),
      ClusterpactProcess.TASK_ALIGN_WITH_FIT, (pact, task, today) -> Map.of(
          ClusterpactProcess.FIT_INTERNATIONALISATION_AGREEMENTS, "Gezamenlijke handelsmissies en een paviljoen op de belangrijkste beurs voor "
              + pact.sector() + ".",
          ClusterpactProcess.FIT_COMMITMENT, false,
          ClusterpactProcess.FIT_BUDGET_EURO, "0"),
      ClusterpactProcess.TASK_ALIGN_WITH_WSE, (pact, task, today) -> Map.of(
          ClusterpactProcess.WSE_TRAINING_AGREEMENTS, "Opleidingstraject met de sectorfondsen voor de nieuwe competenties in " + pact.sector() + ".",
          ClusterpactProcess.WSE_BUDGET_EURO, "0"),
      ClusterpactProcess.TASK_NEGOTIATE_WITH_AGENCY, (pact, task, today) -> agencyAgreement((String) task.get(ClusterpactProcess.AGENCY_CODE)),
      ClusterpactProcess.TASK_AGREE_WITH_RESEARCH_GROUPS, (pact, task, today) -> Map.of(
          ClusterpactProcess.RESEARCH_GROUPS, "KU Leuven\nUGent\nVITO",
          ClusterpactProcess.RESEARCH_AGENDA_AGREEMENTS, "De strategische onderzoeksagenda 2027-2030 neemt de thema's van het pact op."),
      ClusterpactProcess.TASK_RECORD_TRANSITION_CONTRIBUTION, (pact, task, today) -> Map.of(
          ClusterpactProcess.INDUSTRY40_CONTRIBUTION, "Digitale tweelingen en data-uitwisseling bij 30 kmo's in " + pact.sector() + ".",
          ClusterpactProcess.CIRCULAR_ECONOMY_CONTRIBUTION, "Hergebruik van reststromen en materialen in de hele waardeketen."),
      ClusterpactProcess.TASK_RECORD_CLUSTER_COMMITMENTS, (pact, task, today) -> Map.of(
          ClusterpactProcess.CLUSTER_COMPETITIVENESS_PROGRAMME, "Innovatieprogramma " + pact.sector() + " 2027-2031 met 40 kmo's en 4 kennisinstellingen.",
          ClusterpactProcess.CLUSTER_PARTNER_COMMITMENTS, pact.cluster() + " Industrie nv; onderneming; 0403.170.701; pilootinstallatie voor "
              + pact.sector() + "; 150.000; cash\nKU Leuven; kennisinstelling; ; twee doctoraatsonderzoekers; 120.000; in natura"),
      ClusterpactProcess.TASK_DRAFT_CLUSTERPACT, (pact, task, today) -> draft(pact, task),
      ClusterpactProcess.TASK_APPROVE_AS_MINISTER, (pact, task, today) -> Map.of(
          ClusterpactProcess.MINISTER_DECISION, "APPROVE",
          ClusterpactProcess.MINISTER_MOTIVATION, "Past binnen het beleid en de meerjarenraming."),
      ClusterpactProcess.TASK_SIGN_CLUSTERPACT, (pact, task, today) -> Map.of(
          ClusterpactProcess.SIGNED_ON, today.toString(),
          ClusterpactProcess.SIGNATORIES, "Vlaamse minister van Economie en Innovatie\nVoorzitter van " + pact.organisation()));

  private DemoTaskAnswers() {}

  static Optional<Answer> forTask(String taskDefinitionKey) {
    return Optional.ofNullable(ANSWERS.get(taskDefinitionKey));
  }

  private static Map<String, Object> agencyAgreement(String agency) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ClusterpactProcess.AGENCY_AGREEMENT_SUMMARY, agency + " ondersteunt twee pilootprojecten van de cluster.");
    variables.put(ClusterpactProcess.AGENCY_PROJECT_MEANS_EURO, "200000");
    variables.put(ClusterpactProcess.AGENCY_NON_FINANCIAL_KINDS, JsonVariables.json(List.of()));
    variables.put(ClusterpactProcess.AGENCY_NON_FINANCIAL_COMMITMENTS, null);
    return variables;
  }

  private static Map<String, Object> draft(DemoPacts.DemoPact pact, Map<String, Object> task) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ClusterpactProcess.FIRST_EARMARK_YEAR, pact.firstEarmarkYear());
    for (int year = 0; year < pact.earmarkEuroPerYear().size(); year++) {
      variables.put("earmarkYear" + (year + 1) + "Euro", String.valueOf(pact.earmarkEuroPerYear().get(year)));
    }
    variables.put(ClusterpactProcess.PROJECT_MEANS_EURO, task.get(ClusterpactProcess.PROJECT_MEANS_EURO));
    variables.put(ClusterpactProcess.PERMITS_OR_STANDARDS, false);
    return variables;
  }
}
