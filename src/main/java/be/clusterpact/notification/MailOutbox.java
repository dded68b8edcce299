package be.clusterpact.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends e-mails on its own thread, one after the other in the order they were handed in: each is
 * tried {@code attempts} times, waiting {@code retryDelay}, then twice as long, … between tries (the
 * wait is scheduled, it blocks nobody). A mail that fails every try is logged and counted in
 * {@code clusterpact_mail_failed_total}; a sent one in {@code clusterpact_mail_sent_total};
 * {@code clusterpact_mail_pending} is the number of mails handed in and not yet sent or given up.
 */
public final class MailOutbox implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);

  private final JavaMailSender sender;
  private final String from;
  private final int attempts;
  private final Duration retryDelay;
  private final Counter sent;
  private final Counter failed;
  private final AtomicInteger pending = new AtomicInteger();
  private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "clusterpact-mail");
    thread.setDaemon(true);
    return thread;
  });

  public MailOutbox(JavaMailSender sender, String from, int attempts, Duration retryDelay, MeterRegistry registry) {
    this.sender = sender;
    this.from = from;
    this.attempts = Math.max(1, attempts);
    this.retryDelay = retryDelay;
    this.sent = Counter.builder("clusterpact.mail.sent").description("Task e-mails delivered to the mail server")
        .register(registry);
    this.failed = Counter.builder("clusterpact.mail.failed")
        .description("Task e-mails given up after every try (mail server down or refusing)").register(registry);
    Gauge.builder("clusterpact.mail.pending", pending, AtomicInteger::get)
        .description("Task e-mails handed in, not yet sent or given up").register(registry);
  }

  /** Queues the mails and returns at once. */
  public void send(List<TaskMails.Mail> mails) {
    for (TaskMails.Mail mail : mails) {
      pending.incrementAndGet();
      executor.execute(() -> attempt(mail, 1));
    }
  }

  private void attempt(TaskMails.Mail mail, int attempt) {
    try {
      SimpleMailMessage message = new SimpleMailMessage();
      message.setFrom(from);
      message.setTo(mail.to());
      message.setSubject(mail.subject());
      message.setText(mail.text());
      sender.send(message);
      sent.increment();
      pending.decrementAndGet();
      LOG.debug("Mailed {} about '{}'", mail.userId(), mail.subject());
    } catch (RuntimeException e) {
      if (attempt < attempts) {
        long delay = retryDelay.toMillis() << (attempt - 1);
        LOG.info("Mail to {} failed (try {} of {}), retrying in {} ms: {}", mail.userId(), attempt, attempts, delay,
            e.getMessage());
        executor.schedule(() -> attempt(mail, attempt + 1), delay, TimeUnit.MILLISECONDS);
      } else {
        failed.increment();
        pending.decrementAndGet();
        LOG.warn("Mail to {} about '{}' not sent after {} tries: {}", mail.userId(), mail.subject(), attempts,
            e.getMessage());
      }
    }
  }

  /** A task nobody could be mailed about (its people or text could not be read): logged and counted as failed. */
  public void notComposed(String taskId, RuntimeException cause) {
    failed.increment();
    LOG.warn("No e-mail about task {}: {}", taskId, cause.toString());
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
