package be.clusterpact.budget;

import java.util.Arrays;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the draft pact's amount fields ({@code firstEarmarkYear}, {@code earmarkYear1..3Euro}, {@code projectMeansEuro}). */
final class DraftAmountVariables {

  private DraftAmountVariables() {}

  static EarmarkRules.DraftAmounts read(VariableScope scope) {
    return EarmarkRules.draft(scope.getVariable("firstEarmarkYear"), Arrays.asList(
        scope.getVariable("earmarkYear1Euro"),
        scope.getVariable("earmarkYear2Euro"),
        scope.getVariable("earmarkYear3Euro")), scope.getVariable("projectMeansEuro"));
  }
}
