package be.clusterpact.budget.process;

import be.clusterpact.budget.DraftAmountVariables;
import be.clusterpact.budget.EarmarkPlan;
import be.clusterpact.budget.EarmarkRules;
import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.kernel.InvalidInputException;
import be.clusterpact.kernel.JsonVariables;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Bedragen van de geoormerkte middelen controleren": invalid amounts go back to drafting. */
@Component("validateEarmarkAmounts")
public class ValidateEarmarkAmounts implements JavaDelegate {

  static final String ERROR_CODE = ClusterpactProcess.ERROR_EARMARK_INVALID;

  @Override
  public void execute(DelegateExecution execution) {
    execution.removeVariable(ClusterpactProcess.BUDGET_CHECK_MESSAGE);
    try {
      EarmarkRules.DraftAmounts amounts = DraftAmountVariables.read(execution);
      EarmarkPlan plan = amounts.plan();
      execution.setVariable(ClusterpactProcess.EARMARK_PLAN, JsonVariables.json(plan.toVariable()));
      execution.setVariable("totalEarmarkCents", plan.totalCents());
      execution.setVariable("totalEarmarkEuro", plan.totalCents() / 100);
      execution.setVariable("multiYearCommitment", plan.multiYear());
      execution.setVariable(ClusterpactProcess.PROJECT_MEANS_CENTS, amounts.projectMeansCents());
    } catch (InvalidInputException e) {
      throw new BpmnError(ERROR_CODE, "De bedragen van het clusterpact zijn ongeldig: " + e.getMessage());
    }
  }
}
