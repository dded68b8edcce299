package be.clusterpact.notification;

import java.util.List;
import java.util.Optional;

/**
 * The daily digest of a user on {@code digest}: one Dutch e-mail listing the tasks that arrived for them
 * since their previous digest and are still open, each with its pact (cluster, business key), due date
 * and Tasklist link; none when there is nothing to list, none to a user without an address or who has
 * switched e-mails off since. Engine-free.
 */
public final class DigestMails {

  /** At most this many tasks are written out; the mail says how many more there are. */
  public static final int MOST_LISTED = 50;

  public static final String SUBJECT_PREFIX = "Dagoverzicht Camunda Tasklist: ";

  private DigestMails() {}

  /** {@code tasks} in the order they arrived. */
  public static Optional<TaskMails.Mail> compose(TaskMails.Person person, List<TaskMails.Task> tasks,
      String tasklistBaseUrl) {
    if (tasks.isEmpty() || !TaskMails.present(person.email())
        || MailPreference.stored(person.preference()) == MailPreference.OFF) {
      return Optional.empty();
    }
    String count = tasks.size() + (tasks.size() == 1 ? " nieuwe taak" : " nieuwe taken");
    StringBuilder text = new StringBuilder(TaskMails.greeting(person));
    text.append("Sinds je vorige dagoverzicht ").append(tasks.size() == 1 ? "is er " : "zijn er ").append(count)
        .append(" voor je binnengekomen in Camunda Tasklist die nog open ")
        .append(tasks.size() == 1 ? "staat" : "staan").append(":\n");
    int number = 0;
    for (TaskMails.Task task : tasks.subList(0, Math.min(tasks.size(), MOST_LISTED))) {
      text.append('\n').append(++number).append(". ").append(TaskMails.describe(task).replace("\n", "\n   ").stripTrailing())
          .append("\n   Open de taak: ").append(TaskMails.link(tasklistBaseUrl, task.id())).append('\n');
    }
    if (tasks.size() > MOST_LISTED) {
      text.append("\nEn nog ").append(tasks.size() - MOST_LISTED).append(" andere: zie Camunda Tasklist.\n");
    }
    text.append("\nJe krijgt dit overzicht één keer per dag omdat je e-mailvoorkeur 'digest' is.\n")
        .append(TaskMails.footer(tasklistBaseUrl));
    return Optional.of(new TaskMails.Mail(person.userId(), person.email().trim(), SUBJECT_PREFIX + count, text.toString()));
  }
}
