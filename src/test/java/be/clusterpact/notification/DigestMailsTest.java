package be.clusterpact.notification;

import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.notification.TaskMails.Mail;
import be.clusterpact.notification.TaskMails.Person;
import be.clusterpact.notification.TaskMails.Task;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DigestMailsTest {

  static final Person KOEN = new Person("comite.demo", "Koen", "comite.demo@clusterpact.example", "digest");
  static final Task SELECTION = new Task("task-1", "Thema's en agentschappen selecteren", "Clusterpact",
      "CP-FLUX50-2026", "Flux50", LocalDate.of(2026, 12, 31));
  static final Task EU_CALL = new Task("task-2", "Kandidaturen beoordelen", "EU-expertengroep", null, null, null);

  @Test
  void oneDutchMailListsEveryTaskWithItsPactDueDateAndLink() {
    Mail mail = DigestMails.compose(KOEN, List.of(SELECTION, EU_CALL), "https://pacts.example/").orElseThrow();

    assertThat(mail.to()).isEqualTo("comite.demo@clusterpact.example");
    assertThat(mail.subject()).isEqualTo("Dagoverzicht Camunda Tasklist: 2 nieuwe taken");
    assertThat(mail.text()).startsWith("Beste Koen,\n\nSinds je vorige dagoverzicht zijn er 2 nieuwe taken voor je "
        + "binnengekomen in Camunda Tasklist die nog open staan:\n\n"
        + "1. Taak: Thema's en agentschappen selecteren\n   Proces: Clusterpact\n   Cluster: Flux50\n"
        + "   Dossier: CP-FLUX50-2026\n   Uiterste datum: 31 december 2026\n"
        + "   Open de taak: https://pacts.example/camunda/app/tasklist/default/#/?task=task-1\n\n"
        + "2. Taak: Kandidaturen beoordelen\n   Proces: EU-expertengroep\n"
        + "   Open de taak: https://pacts.example/camunda/app/tasklist/default/#/?task=task-2\n")
        .contains("e-mailvoorkeur 'digest'", "menu 'E-mail' bovenaan: https://pacts.example/camunda/app/tasklist/");
  }

  @Test
  void oneTaskIsSingular() {
    Mail mail = DigestMails.compose(KOEN, List.of(SELECTION), "http://localhost:8080").orElseThrow();

    assertThat(mail.subject()).isEqualTo("Dagoverzicht Camunda Tasklist: 1 nieuwe taak");
    assertThat(mail.text()).contains("is er 1 nieuwe taak voor je binnengekomen in Camunda Tasklist die nog open staat:");
  }

  @Test
  void noMailWithoutTasksAddressOrWithMailOff() {
    assertThat(DigestMails.compose(KOEN, List.of(), "http://localhost:8080")).isEmpty();
    assertThat(DigestMails.compose(new Person("zonder", "Zeno", " ", "digest"), List.of(SELECTION),
        "http://localhost:8080")).isEmpty();
    assertThat(DigestMails.compose(new Person("uit", "Uma", "uit@clusterpact.example", "off"), List.of(SELECTION),
        "http://localhost:8080")).isEmpty();
  }

  @Test
  void queuedWhileOnDigestIsStillMailedAfterSwitchingBackToPerTask() {
    assertThat(DigestMails.compose(new Person("terug", "Tom", "terug@clusterpact.example", "per-task"),
        List.of(SELECTION), "http://localhost:8080")).isPresent();
  }

  @Test
  void aLongDigestListsFiftyAndCountsTheRest() {
    List<Task> tasks = IntStream.rangeClosed(1, 53).mapToObj(i -> new Task("t" + i, "Taak " + i, "Clusterpact",
        null, null, null)).toList();

    Mail mail = DigestMails.compose(KOEN, tasks, "http://localhost:8080").orElseThrow();

    assertThat(mail.subject()).endsWith("53 nieuwe taken");
    assertThat(mail.text()).contains("50. Taak: Taak 50\n", "En nog 3 andere: zie Camunda Tasklist.")
        .doesNotContain("Taak 51");
  }
}
