package be.clusterpact.notification;

import be.clusterpact.kernel.Dates;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who hears about a new task and what they read: one short Dutch e-mail per person with an e-mail
 * address whose {@link MailPreference} is per task (the default), even when they are in several of the
 * task's groups; people on {@code digest} read about it in their daily digest ({@link DigestMails}),
 * people on {@code off} never. Reminders and the nine-month mail go to everyone not on {@code off}.
 * Engine-free.
 */
public final class TaskMails {

  /** The Camunda user info key of a user's {@link MailPreference}. */
  public static final String PREFERENCE = MailPreference.USER_INFO_KEY;
  public static final String OFF = "off";
  public static final String DIGEST = "digest";
  public static final String PER_TASK = "per-task";

  /** Where a user changes their {@link MailPreference} themselves: Tasklist, whose header has the menu "E-mail". */
  public static final String PREFERENCE_PAGE = "/camunda/app/tasklist/";

  /** Reminders go out this many days before a task's due date. */
  public static final List<Integer> REMINDER_DAYS = List.of(30, 7);

  static final String TASKLIST_PATH = "/camunda/app/tasklist/default/#/?task=";

  /** A new task: its ID and name, the process it belongs to, the pact or call (business key, cluster), the due date. */
  public record Task(String id, String name, String processName, String businessKey, String clusterName, LocalDate due) {}

  /** A member of the task's groups (or a candidate user, the assignee); {@code preference} is their user info value. */
  public record Person(String userId, String firstName, String email, String preference) {}

  /** One e-mail. */
  public record Mail(String userId, String to, String subject, String text) {}

  private TaskMails() {}

  /** The e-mails about a new task, to the people who get one per task (not those on digest or off). */
  public static List<Mail> compose(Task task, List<Person> people, String tasklistBaseUrl) {
    return mails(task, recipients(people, Set.of(MailPreference.PER_TASK)), tasklistBaseUrl, "Nieuwe taak: ",
        "Er staat een nieuwe taak voor je klaar in Camunda Tasklist.", "");
  }

  /** The people who read about the new task in their next daily digest instead: on digest, with an address. */
  public static List<String> digestUserIds(List<Person> people) {
    return List.copyOf(recipients(people, Set.of(MailPreference.DIGEST)).keySet());
  }

  /** The reminder {@code daysLeft} days before the task's due date, to the same people (also those on digest). */
  public static List<Mail> reminder(Task task, List<Person> people, String tasklistBaseUrl, int daysLeft) {
    return mails(task, recipients(people, EVERY_MAIL), tasklistBaseUrl, "Herinnering (nog " + daysLeft + " dagen): ",
        "De uiterste datum van deze taak in Camunda Tasklist is binnen " + daysLeft + " dagen.", "");
  }

  /**
   * Nine months after the support decision: the follow-up task for the VLAIO cluster team, mailed (to
   * everyone in it not on off, also those on digest: a deadline alert does not wait a day) as what it is —
   * how long is left until the first-year deadline ({@code today} to the task's due date) and what is
   * still open in the pact ({@code stillOpen}: the other open tasks, with the group that has each).
   */
  public static List<Mail> nineMonths(Task task, List<Person> people, String tasklistBaseUrl, LocalDate today,
      List<String> stillOpen) {
    String cluster = present(task.clusterName()) ? task.clusterName() : task.businessKey();
    String left = timeLeft(today, task.due());
    String subject = "Clusterpact " + cluster + ": 9 maanden na de steunbeslissing, " + left;
    StringBuilder opening = new StringBuilder();
    opening.append("Het clusterpact van ").append(cluster).append(" is negen maanden na de steunbeslissing nog niet ")
        .append("goedgekeurd");
    if (task.due() != null) {
      opening.append("; de deadline van het eerste jaar is ").append(Dates.dutch(task.due()));
    }
    opening.append(": ").append(left).append(". Daarna beslist het Hermesbeslissingscomité over verlenging of ")
        .append("stopzetting van de onderhandelingen.\n\nHet VLAIO-clusterteam volgt de stand van de onderhandelingen ")
        .append("op met de taak hieronder.");
    StringBuilder open = new StringBuilder("\nNog open in dit clusterpact:\n");
    if (stillOpen.isEmpty()) {
      open.append("- geen andere taken\n");
    }
    stillOpen.forEach(line -> open.append("- ").append(line).append('\n'));
    List<Mail> mails = new ArrayList<>();
    for (Mail mail : mails(task, recipients(people, EVERY_MAIL), tasklistBaseUrl, "", opening.toString(), open.toString())) {
      mails.add(new Mail(mail.userId(), mail.to(), subject, mail.text()));
    }
    return mails;
  }

  /**
   * From today to the due date: {@code nog 3 maanden tot de deadline}, {@code nog 1 maand …}, {@code nog 12
   * dagen …} (whole months, else days), {@code de deadline is verstreken}, {@code geen deadline bekend}.
   */
  static String timeLeft(LocalDate today, LocalDate due) {
    if (due == null) {
      return "geen deadline bekend";
    }
    if (!due.isAfter(today)) {
      return "de deadline is verstreken";
    }
    long months = Period.between(today, due).toTotalMonths();
    long days = due.toEpochDay() - today.toEpochDay();
    String left = months >= 1 ? months + (months == 1 ? " maand" : " maanden") : days + (days == 1 ? " dag" : " dagen");
    return "nog " + left + " tot de deadline";
  }

  private static final Set<MailPreference> EVERY_MAIL = Set.of(MailPreference.PER_TASK, MailPreference.DIGEST);

  /** Per user ID, once: the people with an address whose preference is one of {@code preferences}. */
  static Map<String, Person> recipients(List<Person> people, Set<MailPreference> preferences) {
    Map<String, Person> recipients = new LinkedHashMap<>();
    for (Person person : people) {
      if (present(person.email()) && preferences.contains(MailPreference.stored(person.preference()))) {
        recipients.putIfAbsent(person.userId(), person);
      }
    }
    return recipients;
  }

  private static List<Mail> mails(Task task, Map<String, Person> recipients, String tasklistBaseUrl,
      String subjectPrefix, String opening, String beforeLink) {
    String subject = subjectPrefix + task.name() + (present(task.clusterName()) ? " – " + task.clusterName() : "");
    List<Mail> mails = new ArrayList<>();
    for (Person person : recipients.values()) {
      mails.add(new Mail(person.userId(), person.email().trim(), subject,
          text(task, person, tasklistBaseUrl, opening, beforeLink)));
    }
    return mails;
  }

  public static String link(String tasklistBaseUrl, String taskId) {
    return base(tasklistBaseUrl) + TASKLIST_PATH + taskId;
  }

  private static String text(Task task, Person person, String tasklistBaseUrl, String opening, String beforeLink) {
    StringBuilder text = new StringBuilder();
    text.append(greeting(person));
    text.append(opening).append("\n\n");
    text.append(describe(task));
    text.append(beforeLink);
    text.append("\nOpen de taak: ").append(link(tasklistBaseUrl, task.id())).append("\n\n");
    text.append("Je krijgt deze e-mail omdat je deze taak kunt uitvoeren.\n").append(footer(tasklistBaseUrl));
    return text.toString();
  }

  static String greeting(Person person) {
    return "Beste " + (present(person.firstName()) ? person.firstName() : person.userId()) + ",\n\n";
  }

  /** How to change the preference: the menu "E-mail" in Tasklist's header. */
  static String footer(String tasklistBaseUrl) {
    return "Je e-mailvoorkeur (een e-mail per taak, één overzicht per dag of geen e-mails) wijzig je in Camunda "
        + "Tasklist, menu 'E-mail' bovenaan: " + base(tasklistBaseUrl) + PREFERENCE_PAGE + "\n";
  }

  /** The task's lines: name, process, cluster, business key, due date. */
  static String describe(Task task) {
    StringBuilder text = new StringBuilder();
    text.append("Taak: ").append(task.name()).append('\n');
    if (present(task.processName())) {
      text.append("Proces: ").append(task.processName()).append('\n');
    }
    if (present(task.clusterName())) {
      text.append("Cluster: ").append(task.clusterName()).append('\n');
    }
    if (present(task.businessKey())) {
      text.append("Dossier: ").append(task.businessKey()).append('\n');
    }
    if (task.due() != null) {
      text.append("Uiterste datum: ").append(Dates.dutch(task.due())).append('\n');
    }
    return text.toString();
  }

  static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static String base(String tasklistBaseUrl) {
    return tasklistBaseUrl.endsWith("/") ? tasklistBaseUrl.substring(0, tasklistBaseUrl.length() - 1) : tasklistBaseUrl;
  }
}
