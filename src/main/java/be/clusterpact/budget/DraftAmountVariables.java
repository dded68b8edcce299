package be.clusterpact.budget;

import be.clusterpact.process.ClusterpactProcess;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the draft pact's amount fields ({@code firstEarmarkYear}, {@code earmarkYear1..3Euro}, {@code projectMeansEuro}). */
public final class DraftAmountVariables {

  private DraftAmountVariables() {}

  public static EarmarkRules.DraftAmounts read(VariableScope scope) {
    return EarmarkRules.draft(scope.getVariable(ClusterpactProcess.FIRST_EARMARK_YEAR), Arrays.asList(
        scope.getVariable(ClusterpactProcess.EARMARK_YEAR1_EURO),
        scope.getVariable(ClusterpactProcess.EARMARK_YEAR2_EURO),
        scope.getVariable(ClusterpactProcess.EARMARK_YEAR3_EURO)), scope.getVariable(ClusterpactProcess.PROJECT_MEANS_EURO));
  }
}
