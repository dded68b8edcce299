package be.clusterpact.negotiation.process;

import be.clusterpact.negotiation.DeadlineDecisions;
import be.clusterpact.negotiation.OpenTaskDeadlines;
import be.clusterpact.negotiation.PactDossiers;
import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.kernel.Dates;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes "Beslissen over verlenging of stopzetting": an extension moves the first-year deadline,
 * and with it the due date of the pact's open tasks.
 */
@Component("recordDeadlineDecision")
public class RecordDeadlineDecision implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    LocalDate today = Dates.today();
    Date currentDeadline = (Date) task.getVariable(ClusterpactProcess.FIRST_YEAR_DEADLINE);
    LocalDate current = Dates.inBrussels(currentDeadline.toInstant());
    Optional<LocalDate> extended = DeadlineDecisions.decide(task.getVariable(ClusterpactProcess.DEADLINE_DECISION),
        task.getVariable(ClusterpactProcess.EXTENDED_DEADLINE), task.getVariable(ClusterpactProcess.DEADLINE_DECISION_MOTIVATION), current, today);
    extended.ifPresent(deadline -> {
      Date extendedDeadline = PactDossiers.startOfDay(deadline);
      task.setVariable(ClusterpactProcess.EXTENDED_DEADLINE, deadline.toString()); // as typed day first: stored ISO
      task.setVariable(ClusterpactProcess.FIRST_YEAR_DEADLINE, extendedDeadline);
      task.setVariable(ClusterpactProcess.FIRST_YEAR_DEADLINE_LABEL, Dates.typed(deadline));
      OpenTaskDeadlines.move(task, currentDeadline, extendedDeadline);
    });
  }
}
