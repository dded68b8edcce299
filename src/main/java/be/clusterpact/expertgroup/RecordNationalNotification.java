package be.clusterpact.expertgroup;

import be.clusterpact.platform.Dates;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completes "Melding aan de nationale overheid vastleggen": when and how the authority was informed. */
@Component("recordNationalNotification")
class RecordNationalNotification implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    NationalNotifications.Notification notification = NationalNotifications.record(
        task.getVariable("nationalNotificationSentOn"), task.getVariable("nationalNotificationReference"), Dates.today());
    task.setVariable("nationalNotificationSentOn", notification.sentOn().toString());
    task.setVariable("nationalNotificationReference", notification.reference());
  }
}
