package be.clusterpact.expertgroup.process;

import be.clusterpact.expertgroup.Outcomes;
import be.clusterpact.process.EuExpertGroupCallProcess;
import be.clusterpact.kernel.Dates;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completes "Kandidaat op de hoogte brengen van de uitkomst": the date the desk told the applicant. */
@Component("recordOutcomeNotification")
public class RecordOutcomeNotification implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Outcomes.Notice notice = Outcomes.notice(task.getVariable(EuExpertGroupCallProcess.OUTCOME_NOTIFIED_ON), task.getVariable(EuExpertGroupCallProcess.OUTCOME_NOTIFICATION_NOTE), Dates.today());
    task.setVariable(EuExpertGroupCallProcess.OUTCOME_NOTIFIED_ON, notice.notifiedOn().toString());
    task.setVariable(EuExpertGroupCallProcess.OUTCOME_NOTIFICATION_NOTE, notice.note());
  }
}
