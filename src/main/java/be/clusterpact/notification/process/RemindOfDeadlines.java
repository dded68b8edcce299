package be.clusterpact.notification.process;

import be.clusterpact.kernel.Dates;
import be.clusterpact.notification.MailOutbox;
import be.clusterpact.notification.SentReminders;
import be.clusterpact.notification.TaskMails;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Reminds the people who can work on an open task {@link TaskMails#REMINDER_DAYS} days before its due
 * date (Brussels calendar days): run once a day, it mails about the tasks due exactly that many days
 * later. Only reads the engine; each reminder is claimed in {@link SentReminders} first, so a second run (a
 * restart, another node) sends none twice; the mails go through the {@link MailOutbox}.
 */
public class RemindOfDeadlines {

  private final ProcessEngine engine;
  private final MailOutbox outbox;
  private final SentReminders sent;
  private final String tasklistBaseUrl;

  public RemindOfDeadlines(ProcessEngine engine, MailOutbox outbox, SentReminders sent, String tasklistBaseUrl) {
    this.engine = engine;
    this.outbox = outbox;
    this.sent = sent;
    this.tasklistBaseUrl = tasklistBaseUrl;
  }

  /** Hands the reminders due {@code today} to the outbox; returns how many e-mails. */
  public int remind(LocalDate today) {
    sent.forgetBefore(today);
    TaskService tasks = engine.getTaskService();
    int mails = 0;
    for (int days : TaskMails.REMINDER_DAYS) {
      LocalDate dueDay = today.plusDays(days);
      for (Task task : tasks.createTaskQuery().dueAfter(new Date(Dates.startOfDay(dueDay).getTime() - 1))
          .dueBefore(Dates.startOfDay(dueDay.plusDays(1))).list()) {
        if (task.getProcessInstanceId() == null || !sent.claim(task.getId(), days, dueDay, Instant.now())) {
          continue; // a task of no process, or reminded before (a restart, another node)
        }
        var reminders = TaskMails.reminder(EngineTasks.describe(engine, task),
            TaskPeople.of(tasks.getIdentityLinksForTask(task.getId()), task.getAssignee(), engine.getIdentityService()),
            tasklistBaseUrl, days);
        outbox.send(reminders);
        mails += reminders.size();
      }
    }
    return mails;
  }
}
