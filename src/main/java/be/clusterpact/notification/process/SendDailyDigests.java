package be.clusterpact.notification.process;

import be.clusterpact.notification.DigestMails;
import be.clusterpact.notification.DigestQueue;
import be.clusterpact.notification.MailOutbox;
import be.clusterpact.notification.TaskMails;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest: in one transaction, takes the {@link DigestQueue} (locked and deleted) and writes
 * each user one {@link DigestMails digest} of their queued tasks that are still open; the mails are
 * handed to the {@link MailOutbox} only after that transaction commits. Queued tasks that were completed
 * meanwhile are left out; a user with nothing left to list gets no mail.
 */
public class SendDailyDigests {

  /** Task IDs per query (keeps the SQL {@code in} list short). */
  private static final int QUERY_CHUNK = 500;

  private final ProcessEngine engine;
  private final DigestQueue queue;
  private final TransactionTemplate transactions;
  private final MailOutbox outbox;
  private final String tasklistBaseUrl;

  public SendDailyDigests(ProcessEngine engine, DigestQueue queue, TransactionTemplate transactions, MailOutbox outbox,
      String tasklistBaseUrl) {
    this.engine = engine;
    this.queue = queue;
    this.transactions = transactions;
    this.outbox = outbox;
    this.tasklistBaseUrl = tasklistBaseUrl;
  }

  /** Sends the digests due now; returns how many e-mails were handed to the outbox. */
  public int send() {
    Integer sent = transactions.execute(status -> {
      List<TaskMails.Mail> mails = new ArrayList<>();
      for (Map.Entry<String, List<String>> queued : queue.take().entrySet()) {
        TaskMails.Person person = TaskPeople.of(queued.getKey(), engine.getIdentityService());
        if (person != null) {
          DigestMails.compose(person, stillOpen(queued.getValue()), tasklistBaseUrl).ifPresent(mails::add);
        }
      }
      if (!mails.isEmpty()) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            outbox.send(mails);
          }
        });
      }
      return mails.size();
    });
    return sent == null ? 0 : sent;
  }

  /** The tasks among {@code taskIds} that are still open, in the order of {@code taskIds}. */
  private List<TaskMails.Task> stillOpen(List<String> taskIds) {
    Map<String, Task> open = new HashMap<>();
    for (int from = 0; from < taskIds.size(); from += QUERY_CHUNK) {
      String[] chunk = taskIds.subList(from, Math.min(taskIds.size(), from + QUERY_CHUNK)).toArray(String[]::new);
      open.putAll(engine.getTaskService().createTaskQuery().taskIdIn(chunk).list().stream()
          .collect(Collectors.toMap(Task::getId, Function.identity())));
    }
    return taskIds.stream().filter(open::containsKey).map(id -> EngineTasks.describe(engine, open.get(id))).toList();
  }
}
