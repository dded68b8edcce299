package be.clusterpact.notification;

import be.clusterpact.notification.process.MailTheTaskWorkers;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Switches e-mail notifications on when {@code spring.mail.host} is set: every user task of every
 * model mails the people who can work on it ({@link MailTheTaskWorkers}) through the {@link MailOutbox},
 * or queues it for their daily digest ({@link DigestQueue}).
 * Without a mail host this bean does not exist and the engine runs as before.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class NotificationSetup extends AbstractCamundaConfiguration implements DisposableBean {

  private final MailOutbox outbox;
  private final DigestQueue digests;
  private final SentReminders sentReminders;
  private final String tasklistBaseUrl;

  NotificationSetup(JavaMailSender sender, MeterRegistry registry, JdbcTemplate jdbc,
      @Value("${clusterpact.mail.from:clusterpact@clusterpact.example}") String from,
      @Value("${clusterpact.mail.attempts:3}") int attempts,
      @Value("${clusterpact.mail.retry-delay:2s}") Duration retryDelay,
      @Value("${clusterpact.mail.tasklist-base-url:http://localhost:8080}") String tasklistBaseUrl) {
    this.outbox = new MailOutbox(sender, from, attempts, retryDelay, registry);
    this.digests = new DigestQueue(jdbc);
    this.sentReminders = new SentReminders(jdbc);
    this.tasklistBaseUrl = tasklistBaseUrl;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners()
        .add(new MailTheTaskWorkers.OnEveryUserTask(new MailTheTaskWorkers(outbox, digests, tasklistBaseUrl)));
  }

  MailOutbox outbox() {
    return outbox;
  }

  DigestQueue digests() {
    return digests;
  }

  SentReminders sentReminders() {
    return sentReminders;
  }

  @Override
  public void destroy() {
    outbox.close();
  }
}
