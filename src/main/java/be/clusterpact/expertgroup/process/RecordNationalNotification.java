package be.clusterpact.expertgroup.process;

import be.clusterpact.expertgroup.NationalNotifications;
import be.clusterpact.process.EuExpertGroupApplicationProcess;
import be.clusterpact.kernel.Dates;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completes "Kandidaat herinneren aan de gevraagde nationale melding": when the desk reminded, and when the e-mail went out if known. */
@Component("recordNationalNotification")
public class RecordNationalNotification implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    NationalNotifications.Reminder reminder = NationalNotifications.remind(task.getVariable(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_REMINDED_ON),
        task.getVariable(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_SENT_ON), task.getVariable(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_NOTE), Dates.today());
    task.setVariable(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_REMINDED_ON, reminder.remindedOn().toString());
    task.setVariable(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_SENT_ON, reminder.sentOn() == null ? null : reminder.sentOn().toString());
    task.setVariable(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_NOTE, reminder.note());
  }
}
