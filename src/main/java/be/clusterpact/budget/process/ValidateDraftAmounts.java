package be.clusterpact.budget.process;

import be.clusterpact.budget.DraftAmountVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes "Clusterpact opstellen": amounts that cannot be read (e.g. {@code 1e10000000},
 * {@code 150,000.50}) are refused at the form step, naming the field — the task stays open, nothing is
 * stored and no budget job ever fails on them. {@link ValidateEarmarkAmounts} checks again afterwards.
 */
@Component("validateDraftAmounts")
public class ValidateDraftAmounts implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    DraftAmountVariables.read(task);
  }
}
