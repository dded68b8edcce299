package be.clusterpact.notification;

import be.clusterpact.kernel.Dates;
import be.clusterpact.notification.process.RemindOfDeadlines;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Once a day ({@code clusterpact.mail.reminders-cron}, Brussels time; {@code -} switches it off) the
 * deadline reminders of {@link RemindOfDeadlines}; on only with e-mail notifications.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class DeadlineReminderSchedule {

  private static final Logger LOG = LoggerFactory.getLogger(DeadlineReminderSchedule.class);

  private final RemindOfDeadlines reminders;

  DeadlineReminderSchedule(ProcessEngine engine, NotificationSetup notifications,
      @Value("${clusterpact.mail.tasklist-base-url:http://localhost:8080}") String tasklistBaseUrl) {
    this.reminders = new RemindOfDeadlines(engine, notifications.outbox(), notifications.sentReminders(), tasklistBaseUrl);
  }

  @Scheduled(cron = "${clusterpact.mail.reminders-cron:0 0 7 * * *}", zone = "Europe/Brussels")
  void remind() {
    try {
      LOG.info("Deadline reminders: {} e-mails", reminders.remind(Dates.today()));
    } catch (RuntimeException e) {
      LOG.warn("Deadline reminders failed, next try tomorrow: {}", e.toString());
    }
  }

  RemindOfDeadlines reminders() {
    return reminders;
  }
}
