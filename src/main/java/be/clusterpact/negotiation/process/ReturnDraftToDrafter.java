package be.clusterpact.negotiation.process;

import be.clusterpact.budget.AnnualCeilingCheck;
import be.clusterpact.budget.BudgetYears;
import be.clusterpact.budget.HermesLedger;
import be.clusterpact.negotiation.ReturnedDrafts;
import be.clusterpact.kernel.InvalidInputException;
import be.clusterpact.process.ClusterpactProcess;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (create) of "Clusterpact opstellen": a draft that comes back (refused by the budget
 * check or by a minister) is assigned to the person who drafted it, with the reason as a warning and,
 * for each budget year of the draft, what the Hermes fund still leaves available (task variables,
 * gone with the task). The first draft goes to the cluster team as a group task.
 */
@Component("returnDraftToDrafter")
public class ReturnDraftToDrafter implements TaskListener {

  /** One variable per year of the draft, shown under that year's amount. */
  static final List<String> AVAILABILITY = List.of(ClusterpactProcess.EARMARK_YEAR1_AVAILABILITY,
      ClusterpactProcess.EARMARK_YEAR2_AVAILABILITY, ClusterpactProcess.EARMARK_YEAR3_AVAILABILITY);

  private final HermesLedger ledger;

  ReturnDraftToDrafter(HermesLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!(task.getVariable(ClusterpactProcess.DRAFTED_BY) instanceof String drafter) || drafter.isBlank()) {
      return;
    }
    task.setAssignee(drafter);
    task.setVariableLocal(ClusterpactProcess.DRAFT_RETURN_NOTICE, ReturnedDrafts.asWarning(ReturnedDrafts.notice(
        (String) task.getVariable(ClusterpactProcess.BUDGET_CHECK_MESSAGE),
        (String) task.getVariable(ClusterpactProcess.MINISTER_REJECTION_MOTIVATION))));
    int firstYear;
    try {
      firstYear = BudgetYears.parse(ClusterpactProcess.FIRST_EARMARK_YEAR, task.getVariable(ClusterpactProcess.FIRST_EARMARK_YEAR));
    } catch (InvalidInputException unreadableYear) {
      return; // the warning names the problem; without a year there is nothing to look up
    }
    for (int index = 0; index < AVAILABILITY.size(); index++) {
      int year = firstYear + index;
      task.setVariableLocal(AVAILABILITY.get(index), AnnualCeilingCheck.availability(year, ledger.balance(year)));
    }
  }
}
