package be.clusterpact.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The approving-ministers table in bpmn/, as process owners edit it: inputs → cabinets. */
class ApprovingMinistersDecisionTest {

  static DmnEngine engine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream model = new FileInputStream("bpmn/approving-ministers.dmn")) {
      decision = engine.parseDecision("Decision_ApprovingMinisters", model);
    }
  }

  @ParameterizedTest(name = "multiYear={0} total={1} wseBudget={2} fit={3} permits={4} → {5}")
  @CsvSource(delimiter = '|', textBlock = """
      false | 400000  | false | false | false | economy
      false | 1000000 | false | false | false | economy
      false | 1000001 | false | false | false | economy budget
      true  | 900000  | false | false | false | economy budget
      false | 300000  | true  | false | false | economy work
      false | 300000  | false | true  | false | economy foreign-trade
      false | 300000  | false | false | true  | economy environment
      true  | 1500000 | true  | true  | true  | economy budget work foreign-trade environment
      """)
  void ministersForEachKindOfCommitment(boolean multiYear, long totalEuro, boolean wseBudget, boolean fit,
      boolean permits, String expectedCabinets) {
    List<Object> cabinets = engine.evaluateDecisionTable(decision, Variables.createVariables()
            .putValue("multiYearCommitment", multiYear)
            .putValue("totalEarmarkEuro", totalEuro)
            .putValue("wseBudgetCommitment", wseBudget)
            .putValue("fitCommitment", fit)
            .putValue("permitsOrStandards", permits))
        .collectEntries("cabinet");
    assertThat(cabinets).containsExactlyElementsOf(Arrays.asList((Object[]) expectedCabinets.split(" ")));
  }
}
