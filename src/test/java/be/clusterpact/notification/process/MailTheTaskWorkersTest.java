package be.clusterpact.notification.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import be.clusterpact.notification.DigestQueue;
import be.clusterpact.notification.MailOutbox;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class MailTheTaskWorkersTest {

  @Test
  void aTaskThatCannotBeDescribedIsStillCreatedAndTheMissIsCounted() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    DelegateTask task = mock(DelegateTask.class);
    when(task.getId()).thenReturn("task-1");
    when(task.getProcessInstanceId()).thenReturn("pact-1");
    try (MailOutbox outbox = new MailOutbox(new JavaMailSenderImpl(), "clusterpact@clusterpact.example", 1,
        Duration.ofMillis(10), registry)) {
      MailTheTaskWorkers listener = new MailTheTaskWorkers(outbox, mock(DigestQueue.class), "http://localhost:8080");

      // outside a command there is no command context: reading the task's people fails
      assertThatCode(() -> listener.notify(task)).doesNotThrowAnyException();

      assertThat(registry.counter("clusterpact.mail.failed").count()).isEqualTo(1);
      assertThat(registry.get("clusterpact.mail.pending").gauge().value()).isZero();
    }
  }
}
