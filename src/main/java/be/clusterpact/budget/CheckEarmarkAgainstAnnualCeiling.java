package be.clusterpact.budget;

import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Geoormerkte middelen toetsen aan het jaarlijkse maximum". */
@Component("checkEarmarkAgainstAnnualCeiling")
class CheckEarmarkAgainstAnnualCeiling implements JavaDelegate {

  static final String ERROR_CODE = "ANNUAL_CEILING_CHECK_FAILED";

  private final AnnualMaximumRepository maxima;

  CheckEarmarkAgainstAnnualCeiling(AnnualMaximumRepository maxima) {
    this.maxima = maxima;
  }

  @Override
  public void execute(DelegateExecution execution) {
    EarmarkPlan plan = EarmarkPlan.fromVariable(execution.getVariable("earmarkPlan"));
    List<String> problems = AnnualCeilingCheck.problems(plan, maxima::maximumCents);
    if (!problems.isEmpty()) {
      throw new BpmnError(ERROR_CODE, String.join(" ", problems));
    }
  }
}
