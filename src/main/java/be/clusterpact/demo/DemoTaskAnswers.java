package be.clusterpact.demo;

import be.clusterpact.process.ClusterpactAnswers;
import be.clusterpact.process.ClusterpactProcess;
import java.time.LocalDate;
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
      ClusterpactProcess.TASK_SELECT_THEMES_AND_AGENCIES, (pact, task, today) ->
          ClusterpactAnswers.themesAndAgencies(pact.clusterThemes(), pact.agencies()),
      ClusterpactProcess.TASK_ALIGN_WITH_FIT, (pact, task, today) -> ClusterpactAnswers.fitAlignment(false, "0"),
      ClusterpactProcess.TASK_ALIGN_WITH_WSE, (pact, task, today) -> ClusterpactAnswers.wseAlignment("0"),
      ClusterpactProcess.TASK_NEGOTIATE_WITH_AGENCY, (pact, task, today) ->
          ClusterpactAnswers.agencyAgreement((String) task.get(ClusterpactProcess.AGENCY_CODE), "200000", List.of()),
      ClusterpactProcess.TASK_AGREE_WITH_RESEARCH_GROUPS, (pact, task, today) -> ClusterpactAnswers.researchGroups(),
      ClusterpactProcess.TASK_RECORD_TRANSITION_CONTRIBUTION, (pact, task, today) -> ClusterpactAnswers.transitionContribution(),
      ClusterpactProcess.TASK_RECORD_CLUSTER_COMMITMENTS, (pact, task, today) -> ClusterpactAnswers.clusterCommitments(
          "Innovatieprogramma " + pact.sector() + " 2027-2031 met 40 kmo's en 4 kennisinstellingen.",
          pact.cluster() + " Industrie nv; onderneming; 0403.170.701; pilootinstallatie voor " + pact.sector()
              + "; 150.000; cash\nKU Leuven; kennisinstelling; ; twee doctoraatsonderzoekers; 120.000; in natura"),
      ClusterpactProcess.TASK_DRAFT_CLUSTERPACT, (pact, task, today) -> draft(pact, task),
      ClusterpactProcess.TASK_APPROVE_AS_MINISTER, (pact, task, today) ->
          ClusterpactAnswers.ministerDecision("APPROVE", "Past binnen het beleid en de meerjarenraming."),
      ClusterpactProcess.TASK_SIGN_CLUSTERPACT, (pact, task, today) -> ClusterpactAnswers.signature(today, pact.organisation()));

  private DemoTaskAnswers() {}

  static Optional<Answer> forTask(String taskDefinitionKey) {
    return Optional.ofNullable(ANSWERS.get(taskDefinitionKey));
  }

  private static Map<String, Object> draft(DemoPacts.DemoPact pact, Map<String, Object> task) {
    List<Long> euro = pact.earmarkEuroPerYear();
    return ClusterpactAnswers.draft(pact.firstEarmarkYear(), year(euro, 0), year(euro, 1), year(euro, 2),
        task.get(ClusterpactProcess.PROJECT_MEANS_EURO), false, null);
  }

  private static String year(List<Long> euroPerYear, int index) {
    return index < euroPerYear.size() ? String.valueOf(euroPerYear.get(index)) : null;
  }
}
