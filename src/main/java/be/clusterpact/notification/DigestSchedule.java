package be.clusterpact.notification;

import be.clusterpact.notification.process.SendDailyDigests;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day ({@code clusterpact.mail.digest-cron}, Brussels time; {@code -} switches it off) the digests
 * of the users on {@code digest} ({@link SendDailyDigests}); on only with e-mail notifications. Every node
 * may run it: the queue's rows are locked and deleted by the first, so nobody gets the same task twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class DigestSchedule {

  private static final Logger LOG = LoggerFactory.getLogger(DigestSchedule.class);

  private final SendDailyDigests digests;

  DigestSchedule(ProcessEngine engine, NotificationSetup notifications, PlatformTransactionManager transactions,
      @Value("${clusterpact.mail.tasklist-base-url:http://localhost:8080}") String tasklistBaseUrl) {
    this.digests = new SendDailyDigests(engine, notifications.digests(), new TransactionTemplate(transactions),
        notifications.outbox(), tasklistBaseUrl);
  }

  @Scheduled(cron = "${clusterpact.mail.digest-cron:0 0 7 * * *}", zone = "Europe/Brussels")
  void send() {
    try {
      LOG.info("Daily digests: {} e-mails", digests.send());
    } catch (RuntimeException e) {
      LOG.warn("Daily digests failed, the queued tasks wait for the next run: {}", e.toString());
    }
  }

  SendDailyDigests digests() {
    return digests;
  }
}
