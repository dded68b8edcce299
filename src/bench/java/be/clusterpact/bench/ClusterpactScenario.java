package be.clusterpact.bench;

import static be.clusterpact.process.ClusterpactProcess.*;
import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.process.ClusterpactAnswers;
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
    return ClusterpactAnswers.start("Bench " + run + " " + index, LocalDate.now().minusMonths(2));
  }

  @Override
  public Map<String, Object> taskVariables(String taskDefinitionKey, Function<String, Object> taskVariable) {
    Map<String, Object> variables = new HashMap<>();
    switch (taskDefinitionKey) {
      case TASK_SELECT_THEMES_AND_AGENCIES -> variables.putAll(ClusterpactAnswers.themesAndAgencies(List.of("OVAM")));
      case TASK_ALIGN_WITH_FIT -> variables.putAll(ClusterpactAnswers.fitAlignment(false, 0));
      case TASK_ALIGN_WITH_WSE -> variables.putAll(ClusterpactAnswers.wseAlignment(0L));
      case TASK_NEGOTIATE_WITH_AGENCY -> variables.putAll(ClusterpactAnswers.agencyAgreement("OVAM", 100_000L, List.of()));
      case TASK_AGREE_WITH_RESEARCH_GROUPS -> variables.putAll(ClusterpactAnswers.researchGroups());
      case TASK_RECORD_TRANSITION_CONTRIBUTION -> variables.putAll(ClusterpactAnswers.transitionContribution());
      case TASK_RECORD_CLUSTER_COMMITMENTS -> variables.putAll(ClusterpactAnswers.clusterCommitments());
      case TASK_DRAFT_CLUSTERPACT -> variables.putAll(ClusterpactAnswers.draft(FIRST_YEAR, YEARLY_EURO, YEARLY_EURO, YEARLY_EURO,
          taskVariable.apply(PROJECT_MEANS_EURO), false, null));
      case TASK_APPROVE_AS_MINISTER -> variables.putAll(ClusterpactAnswers.ministerDecision("APPROVE", null));
      case TASK_SIGN_CLUSTERPACT -> variables.putAll(ClusterpactAnswers.signature(LocalDate.now(), "Bench vzw"));
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
