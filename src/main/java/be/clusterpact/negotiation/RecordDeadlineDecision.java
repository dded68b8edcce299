package be.clusterpact.negotiation;

import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Completes "Beslissen over verlenging of stopzetting": an extension moves the first-year deadline. */
@Component("recordDeadlineDecision")
class RecordDeadlineDecision implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(PactDossiers.BRUSSELS).toLocalDate();
    LocalDate current = ((Date) task.getVariable("firstYearDeadline")).toInstant().atZone(PactDossiers.BRUSSELS).toLocalDate();
    Optional<LocalDate> extended = DeadlineDecisions.decide(task.getVariable("deadlineDecision"),
        task.getVariable("extendedDeadline"), task.getVariable("deadlineDecisionMotivation"), current, today);
    extended.ifPresent(deadline -> {
      task.setVariable("firstYearDeadline", PactDossiers.startOfDay(deadline));
      task.setVariable("firstYearDeadlineLabel", PactDossiers.dutch(deadline));
    });
  }
}
