package be.clusterpact.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The outbox against a real SMTP server (GreenMail) and against a port where nothing listens. */
class MailOutboxTest {

  static final TaskMails.Mail MAIL = new TaskMails.Mail("fit.demo", "fit.demo@clusterpact.example",
      "Nieuwe taak: Afstemmen met FIT", "Beste Fien,\n");

  @Test
  void aMailReachesTheServerAndIsCounted() throws Exception {
    GreenMail smtp = SmtpServers.started();
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (MailOutbox outbox = new MailOutbox(sender(smtp.getSmtp().getPort()), "clusterpact@clusterpact.example", 3,
        Duration.ofMillis(50), registry)) {
      outbox.send(List.of(MAIL));

      assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
      MimeMessage received = smtp.getReceivedMessages()[0];
      assertThat(received.getSubject()).isEqualTo("Nieuwe taak: Afstemmen met FIT");
      assertThat(received.getAllRecipients()[0].toString()).isEqualTo("fit.demo@clusterpact.example");
      await().atMost(Duration.ofSeconds(10)).until(() -> registry.counter("clusterpact.mail.sent").count() == 1);
      assertThat(registry.counter("clusterpact.mail.failed").count()).isZero();
    } finally {
      smtp.stop();
    }
  }

  @Test
  void aServerThatIsDownIsTriedThreeTimesThenCountedAsFailed() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    CountingSender sender = new CountingSender(SmtpServers.freePort());
    try (MailOutbox outbox = new MailOutbox(sender, "clusterpact@clusterpact.example", 3, Duration.ofMillis(50),
        registry)) {
      outbox.send(List.of(MAIL));

      await().atMost(Duration.ofSeconds(20)).until(() -> registry.counter("clusterpact.mail.failed").count() == 1);
      assertThat(sender.tries).isEqualTo(3);
      assertThat(registry.counter("clusterpact.mail.sent").count()).isZero();
    }
  }

  static JavaMailSenderImpl sender(int port) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    return sender;
  }

  /** A real sender to a port where nothing listens, counting its tries. */
  static final class CountingSender extends JavaMailSenderImpl {

    volatile int tries;

    CountingSender(int port) {
      setHost("127.0.0.1");
      setPort(port);
    }

    @Override
    public void send(org.springframework.mail.SimpleMailMessage... messages) {
      tries++;
      super.send(messages);
    }
  }
}
