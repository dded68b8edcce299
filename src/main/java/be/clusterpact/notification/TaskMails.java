package be.clusterpact.notification;

import be.clusterpact.kernel.Dates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who hears about a new task and what they read: one short Dutch e-mail per person with an e-mail
 * address who has not switched e-mails off ({@value #PREFERENCE} = {@value #OFF} in their Camunda
 * user info), even when they are in several of the task's groups. Engine-free.
 */
public final class TaskMails {

  /** The Camunda user info key a user switches e-mails off with. */
  public static final String PREFERENCE = "clusterpact.mail";
  public static final String OFF = "off";

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

  public static List<Mail> compose(Task task, List<Person> people, String tasklistBaseUrl) {
    return mails(task, people, tasklistBaseUrl, "Nieuwe taak: ",
        "Er staat een nieuwe taak voor je klaar in Camunda Tasklist.");
  }

  /** The reminder {@code daysLeft} days before the task's due date, to the same people. */
  public static List<Mail> reminder(Task task, List<Person> people, String tasklistBaseUrl, int daysLeft) {
    return mails(task, people, tasklistBaseUrl, "Herinnering (nog " + daysLeft + " dagen): ",
        "De uiterste datum van deze taak in Camunda Tasklist is binnen " + daysLeft + " dagen.");
  }

  private static List<Mail> mails(Task task, List<Person> people, String tasklistBaseUrl, String subjectPrefix,
      String opening) {
    Map<String, Person> recipients = new LinkedHashMap<>();
    for (Person person : people) {
      if (person.email() != null && !person.email().isBlank() && !OFF.equalsIgnoreCase(trimmed(person.preference()))) {
        recipients.putIfAbsent(person.userId(), person);
      }
    }
    String subject = subjectPrefix + task.name() + (present(task.clusterName()) ? " – " + task.clusterName() : "");
    List<Mail> mails = new ArrayList<>();
    for (Person person : recipients.values()) {
      mails.add(new Mail(person.userId(), person.email().trim(), subject, text(task, person, tasklistBaseUrl, opening)));
    }
    return mails;
  }

  public static String link(String tasklistBaseUrl, String taskId) {
    String base = tasklistBaseUrl.endsWith("/") ? tasklistBaseUrl.substring(0, tasklistBaseUrl.length() - 1) : tasklistBaseUrl;
    return base + TASKLIST_PATH + taskId;
  }

  private static String text(Task task, Person person, String tasklistBaseUrl, String opening) {
    StringBuilder text = new StringBuilder();
    text.append("Beste ").append(present(person.firstName()) ? person.firstName() : person.userId()).append(",\n\n");
    text.append(opening).append("\n\n");
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
    text.append("\nOpen de taak: ").append(link(tasklistBaseUrl, task.id())).append("\n\n");
    text.append("Je krijgt deze e-mail omdat je deze taak kunt uitvoeren. ")
        .append("Wil je geen e-mails meer, vraag dan je beheerder ze uit te zetten.\n");
    return text.toString();
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static String trimmed(String value) {
    return value == null ? null : value.trim();
  }
}
