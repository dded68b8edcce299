package be.clusterpact.notification;

import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.notification.TaskMails.Mail;
import be.clusterpact.notification.TaskMails.Person;
import be.clusterpact.notification.TaskMails.Task;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskMailsTest {

  static final Task TASK = new Task("task-1", "Thema's en agentschappen selecteren", "Clusterpact",
      "CP-2026-007", "Flux50", LocalDate.of(2026, 12, 31));

  @Test
  void everyPersonWithAnAddressGetsOneDutchMailWithTheLink() {
    List<Mail> mails = TaskMails.compose(TASK, List.of(
        new Person("comite.demo", "Koen", "comite.demo@clusterpact.example", null),
        new Person("tweede", "Tine", "tweede@clusterpact.example", "on")), "https://pacts.example/");

    assertThat(mails).extracting(Mail::to)
        .containsExactly("comite.demo@clusterpact.example", "tweede@clusterpact.example");
    Mail mail = mails.get(0);
    assertThat(mail.subject()).isEqualTo("Nieuwe taak: Thema's en agentschappen selecteren – Flux50");
    assertThat(mail.text()).startsWith("Beste Koen,")
        .contains("Taak: Thema's en agentschappen selecteren\n", "Proces: Clusterpact\n", "Cluster: Flux50\n",
            "Dossier: CP-2026-007\n", "Uiterste datum: 31 december 2026\n",
            "Open de taak: https://pacts.example/camunda/app/tasklist/default/#/?task=task-1\n");
  }

  @Test
  void nobodyWithoutAnAddressOrWithMailOffAndNobodyTwice() {
    List<Mail> mails = TaskMails.compose(TASK, List.of(
        new Person("zonder", "Zeno", null, null),
        new Person("leeg", "Lea", "  ", null),
        new Person("uit", "Uma", "uit@clusterpact.example", "off"),
        new Person("UIT", "Ugo", "ugo@clusterpact.example", " OFF "),
        new Person("fit.demo", "Fien", "fit.demo@clusterpact.example", null),
        new Person("fit.demo", "Fien", "fit.demo@clusterpact.example", null)), "http://localhost:8080");

    assertThat(mails).extracting(Mail::userId).containsExactly("fit.demo");
  }

  @Test
  void aTaskWithoutClusterKeyOrDueDateLeavesThoseLinesOut() {
    Task call = new Task("task-2", "Kandidaturen beoordelen", "EU-expertengroep", null, null, null);

    Mail mail = TaskMails.compose(call, List.of(new Person("eu.demo", null, "eu.demo@clusterpact.example", null)),
        "http://localhost:8080").get(0);

    assertThat(mail.subject()).isEqualTo("Nieuwe taak: Kandidaturen beoordelen");
    assertThat(mail.text()).startsWith("Beste eu.demo,").doesNotContain("Cluster:", "Dossier:", "Uiterste datum:")
        .contains("Proces: EU-expertengroep\n", "http://localhost:8080/camunda/app/tasklist/default/#/?task=task-2");
  }

  @Test
  void aReminderNamesTheDaysLeft() {
    Mail mail = TaskMails.reminder(TASK, List.of(new Person("comite.demo", "Koen", "comite.demo@clusterpact.example",
        null), new Person("uit", "Uma", "uit@clusterpact.example", "off")), "http://localhost:8080", 7).get(0);

    assertThat(mail.subject()).isEqualTo("Herinnering (nog 7 dagen): Thema's en agentschappen selecteren – Flux50");
    assertThat(mail.text()).startsWith("Beste Koen,\n\nDe uiterste datum van deze taak in Camunda Tasklist is binnen 7 dagen.")
        .contains("Uiterste datum: 31 december 2026\n", "/camunda/app/tasklist/default/#/?task=task-1");
    assertThat(TaskMails.reminder(TASK, List.of(new Person("uit", "Uma", "uit@clusterpact.example", "off")),
        "http://localhost:8080", 30)).isEmpty();
  }
}
