package be.clusterpact.expertgroup.process;

import be.clusterpact.expertgroup.NationalNotifications;
import be.clusterpact.process.EuExpertGroupApplicationProcess;
import be.clusterpact.kernel.Dates;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** After "Gevraagde nationale melding bepalen": the table's answer, and whether a reminder is due, as plain variables. */
@Component("recordNationalNotificationRule")
public class RecordNationalNotificationRule implements ExecutionListener {

  static final String RESULT_VARIABLE = EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_DECISION;

  @Override
  @SuppressWarnings("unchecked")
  public void notify(DelegateExecution execution) {
    NationalNotifications.Request request =
        NationalNotifications.fromDecision((Map<String, Object>) execution.getVariable(RESULT_VARIABLE));
    execution.removeVariable(RESULT_VARIABLE);
    execution.setVariable(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_REQUESTED, request.requested());
    execution.setVariable(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_AUTHORITY, request.authority());
    execution.setVariable(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_CHANNEL, request.channel());
    execution.setVariable(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_REMINDER_DUE, request.reminderDue(
        NationalNotifications.sentOn(execution.getVariable(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_SENT_ON), Dates.today())));
  }
}
