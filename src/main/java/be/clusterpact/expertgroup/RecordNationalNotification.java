package be.clusterpact.expertgroup;

import be.clusterpact.platform.Dates;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completes "Kandidaat herinneren aan de gevraagde nationale melding": when the desk reminded, and when the e-mail went out if known. */
@Component("recordNationalNotification")
class RecordNationalNotification implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    NationalNotifications.Reminder reminder = NationalNotifications.remind(task.getVariable("nationalNotificationRemindedOn"),
        task.getVariable("nationalNotificationSentOn"), task.getVariable("nationalNotificationNote"), Dates.today());
    task.setVariable("nationalNotificationRemindedOn", reminder.remindedOn().toString());
    task.setVariable("nationalNotificationSentOn", reminder.sentOn() == null ? null : reminder.sentOn().toString());
    task.setVariable("nationalNotificationNote", reminder.note());
  }
}
