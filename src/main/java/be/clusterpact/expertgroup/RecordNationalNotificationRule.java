package be.clusterpact.expertgroup;

import be.clusterpact.platform.Dates;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** After "Gevraagde nationale melding bepalen": the table's answer, and whether a reminder is due, as plain variables. */
@Component("recordNationalNotificationRule")
class RecordNationalNotificationRule implements ExecutionListener {

  static final String RESULT_VARIABLE = "nationalNotificationDecision";

  @Override
  @SuppressWarnings("unchecked")
  public void notify(DelegateExecution execution) {
    NationalNotifications.Request request =
        NationalNotifications.fromDecision((Map<String, Object>) execution.getVariable(RESULT_VARIABLE));
    execution.removeVariable(RESULT_VARIABLE);
    execution.setVariable("nationalNotificationRequested", request.requested());
    execution.setVariable("nationalNotificationAuthority", request.authority());
    execution.setVariable("nationalNotificationChannel", request.channel());
    execution.setVariable("nationalNotificationReminderDue", request.reminderDue(
        NationalNotifications.sentOn(execution.getVariable("nationalNotificationSentOn"), Dates.today())));
  }
}
