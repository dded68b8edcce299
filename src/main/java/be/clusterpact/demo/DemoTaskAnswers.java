package be.clusterpact.demo;

import be.clusterpact.platform.JsonVariables;
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
      "Task_SelectThemesAndAgencies", (pact, task, today) -> Map.of(
          "clusterSpecificThemes", pact.clusterThemes(),
          "selectedAgencies", JsonVariables.json(pact.agencies()),
          "selectionMotivation", "Deze agentschappen dragen het meest bij aan de langetermijnstrategie van " + pact.cluster() + "."),
      "Task_AlignWithFit", (pact, task, today) -> Map.of(
          "fitInternationalisationAgreements", "Gezamenlijke handelsmissies en een paviljoen op de belangrijkste beurs voor "
              + pact.sector() + ".",
          "fitCommitment", false,
          "fitBudgetEuro", "0"),
      "Task_AlignWithWse", (pact, task, today) -> Map.of(
          "wseTrainingAgreements", "Opleidingstraject met de sectorfondsen voor de nieuwe competenties in " + pact.sector() + ".",
          "wseBudgetEuro", "0"),
      "Task_NegotiateWithAgency", (pact, task, today) -> agencyAgreement((String) task.get("agencyCode")),
      "Task_AgreeWithResearchGroups", (pact, task, today) -> Map.of(
          "researchGroups", "KU Leuven\nUGent\nVITO",
          "researchAgendaAgreements", "De strategische onderzoeksagenda 2027-2030 neemt de thema's van het pact op."),
      "Task_RecordTransitionContribution", (pact, task, today) -> Map.of(
          "industry40Contribution", "Digitale tweelingen en data-uitwisseling bij 30 kmo's in " + pact.sector() + ".",
          "circularEconomyContribution", "Hergebruik van reststromen en materialen in de hele waardeketen."),
      "Task_RecordClusterCommitments", (pact, task, today) -> Map.of(
          "clusterCompetitivenessProgramme", "Innovatieprogramma " + pact.sector() + " 2027-2031 met 40 kmo's en 4 kennisinstellingen.",
          "clusterPartnerCommitments", pact.cluster() + " Industrie nv; onderneming; 0403.170.701; pilootinstallatie voor "
              + pact.sector() + "; 150.000; cash\nKU Leuven; kennisinstelling; ; twee doctoraatsonderzoekers; 120.000; in natura"),
      "Task_DraftClusterpact", (pact, task, today) -> draft(pact, task),
      "Task_ApproveAsMinister", (pact, task, today) -> Map.of(
          "ministerDecision", "APPROVE",
          "ministerMotivation", "Past binnen het beleid en de meerjarenraming."),
      "Task_SignClusterpact", (pact, task, today) -> Map.of(
          "signedOn", today.toString(),
          "signatories", "Vlaamse minister van Economie en Innovatie\nVoorzitter van " + pact.organisation()));

  private DemoTaskAnswers() {}

  static Optional<Answer> forTask(String taskDefinitionKey) {
    return Optional.ofNullable(ANSWERS.get(taskDefinitionKey));
  }

  private static Map<String, Object> agencyAgreement(String agency) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("agencyAgreementSummary", agency + " ondersteunt twee pilootprojecten van de cluster.");
    variables.put("agencyProjectMeansEuro", "200000");
    variables.put("agencyNonFinancialKinds", JsonVariables.json(List.of()));
    variables.put("agencyNonFinancialCommitments", null);
    return variables;
  }

  private static Map<String, Object> draft(DemoPacts.DemoPact pact, Map<String, Object> task) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("firstEarmarkYear", pact.firstEarmarkYear());
    for (int year = 0; year < pact.earmarkEuroPerYear().size(); year++) {
      variables.put("earmarkYear" + (year + 1) + "Euro", String.valueOf(pact.earmarkEuroPerYear().get(year)));
    }
    variables.put("projectMeansEuro", task.get("projectMeansEuro"));
    variables.put("permitsOrStandards", false);
    return variables;
  }
}
