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

  @Test
  void peopleOnDigestGetNoMailPerTaskButAreQueuedAndStillReminded() {
    List<Person> people = List.of(
        new Person("per.taak", "Piet", "per.taak@clusterpact.example", "per-task"),
        new Person("overzicht", "Olga", "overzicht@clusterpact.example", "digest"),
        new Person("overzicht", "Olga", "overzicht@clusterpact.example", "digest"),
        new Person("zonder", "Zeno", null, "digest"),
        new Person("uit", "Uma", "uit@clusterpact.example", "off"));

    assertThat(TaskMails.compose(TASK, people, "http://localhost:8080")).extracting(Mail::userId)
        .containsExactly("per.taak");
    assertThat(TaskMails.digestUserIds(people)).containsExactly("overzicht");
    assertThat(TaskMails.reminder(TASK, people, "http://localhost:8080", 30)).extracting(Mail::userId)
        .containsExactly("per.taak", "overzicht");
  }

  @Test
  void everyMailSaysWhereToChangeThePreference() {
    Mail mail = TaskMails.compose(TASK, List.of(new Person("comite.demo", "Koen", "comite.demo@clusterpact.example",
        null)), "https://pacts.example/").get(0);

    assertThat(mail.text()).endsWith("menu 'E-mail' bovenaan: https://pacts.example/camunda/app/tasklist/\n");
  }

  @Test
  void theNineMonthMailSaysHowLongIsLeftAndWhatIsStillOpen() {
    Task followUp = new Task("task-9", "Stand van de onderhandelingen opvolgen na negen maanden", "Clusterpact",
        "CP-FLUX50-2026", "Flux50", LocalDate.of(2026, 12, 31));
    List<Person> team = List.of(new Person("cluster.demo", "Clara", "cluster.demo@clusterpact.example", null),
        new Person("overzicht", "Olga", "overzicht@clusterpact.example", "digest"),
        new Person("uit", "Uma", "uit@clusterpact.example", "off"));

    List<Mail> mails = TaskMails.nineMonths(followUp, team, "https://pacts.example", LocalDate.of(2026, 9, 30),
        List.of("Afstemmen met FIT (FIT), uiterste datum 31 december 2026", "Onderhandelen met OVAM (OVAM)"));

    assertThat(mails).extracting(Mail::userId).containsExactly("cluster.demo", "overzicht");
    Mail mail = mails.get(0);
    assertThat(mail.subject())
        .isEqualTo("Clusterpact Flux50: 9 maanden na de steunbeslissing, nog 3 maanden tot de deadline");
    assertThat(mail.text()).startsWith("Beste Clara,\n\nHet clusterpact van Flux50 is negen maanden na de "
        + "steunbeslissing nog niet goedgekeurd; de deadline van het eerste jaar is 31 december 2026: nog 3 maanden tot "
        + "de deadline.")
        .contains("Het VLAIO-clusterteam volgt de stand van de onderhandelingen op met de taak hieronder.",
            "Taak: Stand van de onderhandelingen opvolgen na negen maanden\n", "Dossier: CP-FLUX50-2026\n",
            "Nog open in dit clusterpact:\n- Afstemmen met FIT (FIT), uiterste datum 31 december 2026\n"
                + "- Onderhandelen met OVAM (OVAM)\n",
            "Open de taak: https://pacts.example/camunda/app/tasklist/default/#/?task=task-9");
    assertThat(TaskMails.nineMonths(followUp, team, "https://pacts.example", LocalDate.of(2026, 9, 30), List.of())
        .get(0).text()).contains("Nog open in dit clusterpact:\n- geen andere taken\n");
  }

  @Test
  void timeLeftInWholeMonthsThenDays() {
    LocalDate deadline = LocalDate.of(2026, 12, 31);
    assertThat(TaskMails.timeLeft(LocalDate.of(2026, 9, 30), deadline)).isEqualTo("nog 3 maanden tot de deadline");
    assertThat(TaskMails.timeLeft(LocalDate.of(2026, 10, 1), deadline)).isEqualTo("nog 2 maanden tot de deadline");
    assertThat(TaskMails.timeLeft(LocalDate.of(2026, 11, 30), deadline)).isEqualTo("nog 1 maand tot de deadline");
    assertThat(TaskMails.timeLeft(LocalDate.of(2026, 12, 19), deadline)).isEqualTo("nog 12 dagen tot de deadline");
    assertThat(TaskMails.timeLeft(LocalDate.of(2026, 12, 30), deadline)).isEqualTo("nog 1 dag tot de deadline");
    assertThat(TaskMails.timeLeft(deadline, deadline)).isEqualTo("de deadline is verstreken");
    assertThat(TaskMails.timeLeft(deadline, null)).isEqualTo("geen deadline bekend");
  }
}
