package be.clusterpact.notification;

import static be.clusterpact.process.ClusterpactProcess.TASK_ALIGN_WITH_FIT;
import static be.clusterpact.process.ClusterpactProcess.TASK_ALIGN_WITH_WSE;
import static be.clusterpact.process.ClusterpactProcess.TASK_SELECT_THEMES_AND_AGENCIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.clusterpact.testing.Pacts;
import be.clusterpact.testing.PostgresDemoApplicationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 18: a mail server that is down (a port where nothing listens) never stops the process: the
 * pact starts and moves on, every e-mail is tried three times and then counted as failed.
 */
@PostgresDemoApplicationTest
// A context of its own (its mail server): closed after this class, not kept in the context cache.
@DirtiesContext
@TestPropertySource(properties = {"clusterpact.mail.retry-delay=50ms", "clusterpact.mail.reminders-cron=-"})
class MailServerDownIT {

  static final int DEAD_PORT = SmtpServers.freePort();
  static final Duration WITHIN = Duration.ofSeconds(30);

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry properties) {
    properties.add("spring.mail.host", () -> "127.0.0.1");
    properties.add("spring.mail.port", () -> DEAD_PORT);
  }

  @Autowired ProcessEngine engine;
  @Autowired MeterRegistry metrics;

  @Test
  void aPactStartsAndMovesOnWhileEveryMailFailsAndIsCounted() {
    AbstractAssertions.init(engine);
    Pacts pacts = new Pacts(engine);
    ExpectedMails expected = new ExpectedMails(engine);
    await().atMost(WITHIN).until(() -> pending() == 0);
    double failedBefore = count("clusterpact.mail.failed");
    double sentBefore = count("clusterpact.mail.sent");

    ProcessInstance pact = pacts.start("VIL Geen mailserver", LocalDate.now().minusMonths(1));
    int committeeMails = ExpectedMails.count(expected.forOpenTasks(pact));
    pacts.selectThemesAndAgencies(pact, List.of("OVAM"));
    pacts.runAsyncJobs(pact);

    assertThat(expected.openTasks(pact)).extracting(Task::getTaskDefinitionKey)
        .contains(TASK_ALIGN_WITH_FIT, TASK_ALIGN_WITH_WSE).doesNotContain(TASK_SELECT_THEMES_AND_AGENCIES);
    int mails = ExpectedMails.count(expected.forOpenTasksAndTheCompletedSelection(pact));
    assertThat(mails).isGreaterThan(committeeMails).isGreaterThan(0);
    await().atMost(WITHIN).until(() -> pending() == 0);
    assertThat(count("clusterpact.mail.failed") - failedBefore).isEqualTo(mails);
    assertThat(count("clusterpact.mail.sent")).isEqualTo(sentBefore);
  }

  double pending() {
    return metrics.get("clusterpact.mail.pending").gauge().value();
  }

  double count(String counter) {
    return metrics.get(counter).counter().count();
  }
}
